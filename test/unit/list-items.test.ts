import assert from 'node:assert/strict';
import { test } from 'node:test';
import { LineCounter } from 'yaml';
import { compile } from '../../src/index.js';
import { readDocuments } from '../../src/parse/read-documents.js';

/**
 * A `kubectl get -o yaml` List read by the line reader keeps only each item's range and reads an
 * item's positions again when its diagnostics ask (issue 17). Every finding must be where the YAML
 * library's own reading puts it: the same List, read by each of the three readers, gives the same
 * diagnostics.
 */
const STATUS = '  status:\n    loadBalancer:\n      ingress:\n      - ip: 10.0.0.1\n';
const ingress = (name: string, spec: string, extra = '', status = STATUS): string => `- apiVersion: networking.k8s.io/v1
  kind: Ingress
  metadata:
    annotations:
      kubectl.kubernetes.io/last-applied-configuration: |
        {"apiVersion":"networking.k8s.io/v1","kind":"Ingress","metadata":{"name":"${name}"}}
      nginx.ingress.kubernetes.io/ssl-redirect: "maybe"
    managedFields:
    - apiVersion: networking.k8s.io/v1
      fieldsType: FieldsV1
      fieldsV1:
        f:spec:
          f:rules: {}
      manager: kubectl
${extra}    name: ${name}
    namespace: default
  spec:
${spec}${status}`;
const rule = (host: string, pathType: string, more = ''): string => `    rules:
    - host: ${host}
      http:
        paths:
        - path: /
          pathType: ${pathType}
          backend:
            service:
              name: web
              port:
                number: 80
${more}`;

const LIST = `apiVersion: v1
items:
${ingress('a', rule('a.example.com', 'Prefix', '          colour: red\n'))}${ingress('b', rule('b.example.com', 'Prefix'), '    - not-an-object\n', '  status: up\n')}- just-a-string
- apiVersion: v1
  metadata:
    name: no-kind
- apiVersion: v1
  kind: List
  items:
${ingress('nested', rule('n.example.com', 'Exact', '          colour: blue\n')).replace(/^(?=.)/gm, '  ')}${ingress('c', rule('C_bad', 'Sometimes'))}kind: List
metadata:
  resourceVersion: ""
`;

/** The same text for fast-compose (a tab sends it there) and for the library's Composer (an anchor). */
const READINGS = {
  line: LIST,
  'fast-compose': LIST.replace('kind: List\nmetadata:', 'kind: List # a\tb\nmetadata:'),
  composer: LIST.replace('resourceVersion: ""', 'resourceVersion: &v ""'),
};

test('each reader of a List gives the same findings at the same places', () => {
  const lc = new LineCounter();
  const [doc] = [...readDocuments(READINGS.line, lc, 100)];
  assert.ok(doc && 'fast' in doc && doc.item, 'the line reader read the List');
  const items = doc.fast.positions.map!.get('items')!.value!.seq!;
  assert.deepEqual(items.map((p) => p?.cut === true), [true, true, false, true, true, true], 'block-map items cut, the scalar kept');
  const [cst] = [...readDocuments(READINGS['fast-compose'], new LineCounter(), 100)];
  assert.ok(cst && 'fast' in cst && !cst.item, 'fast-compose read the other');
  const [composed] = [...readDocuments(READINGS.composer, new LineCounter(), 100)];
  assert.ok(composed && 'doc' in composed, 'the Composer read the third');

  const found = Object.fromEntries(
    Object.entries(READINGS).map(([reader, text]) => [reader, compile([{ path: 'list.yaml', text }], { target: 'nginx' }).diagnostics.map((d) => `${d.loc?.line}:${d.loc?.col}-${d.loc?.endLine}:${d.loc?.endCol} ${d.code} ${d.field ?? ''} ${d.message}`)]),
  );
  assert.deepEqual(found['fast-compose'], found.line);
  assert.deepEqual(found.composer, found.line);
  const codes = found.line!.map((d) => d.split(' ')[1]).sort();
  // colour (twice, one in the nested List), a status and a managedFields item that are not objects,
  // the string item, the missing kind, the bad host and pathType, ssl-redirect on every Ingress.
  assert.deepEqual(codes, ['IC1002', 'IC1003', 'IC2001', 'IC2001', 'IC2003', 'IC2003', 'IC2004', 'IC2021', 'IC2081', 'IC2081', 'IC2081', 'IC2081']);
});
