import assert from 'node:assert/strict';
import { test } from 'node:test';
import { LineCounter } from 'yaml';
import { compile } from '../../src/index.js';
import { locate } from '../../src/parse/locate.js';
import { readDocuments } from '../../src/parse/read-documents.js';

/**
 * Positions below `status` and below each managedFields item are dropped (issue 17: memory of a
 * `kubectl get -o yaml` List); what is located there stays where it was.
 */
const item = (name: string, managed: string, status: string): string => `- apiVersion: networking.k8s.io/v1
  kind: Ingress
  metadata:
    managedFields:
    - apiVersion: networking.k8s.io/v1
      fieldsType: FieldsV1
      fieldsV1:
        f:spec:
          f:rules: {}
      manager: kubectl
${managed}    name: ${name}
    namespace: default
  spec:
    defaultBackend:
      service:
        name: web
        port:
          number: 80
${status}`;
const LIST = `apiVersion: v1
items:
${item('a', '', '  status:\n    loadBalancer:\n      ingress:\n      - ip: 10.0.0.1\n')}${item('b', '    - not-an-object\n', '  status: not-an-object\n')}kind: List
`;

test('schema errors in status and managedFields items are located as before the pruning', () => {
  const r = compile([{ path: 'list.yaml', text: LIST }], { target: 'nginx' });
  const at = r.diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.loc?.line}:${d.loc?.col}`).sort();
  // Item b: its second managedFields item (line 35) and its status value (line 44), as before the pruning.
  assert.deepEqual(at, ['35:7', '44:11']);
});

test('the line reader keeps the pruned nodes as collections at their own place', () => {
  const lc = new LineCounter();
  const [doc] = [...readDocuments(LIST, lc, 100)];
  assert.ok(doc && 'fast' in doc && doc.item, 'read by the line reader');
  // The List's items are cut (their range only) and read again one at a time.
  const cut = doc.fast.positions.map!.get('items')!.value!.seq![0]!;
  assert.equal(cut.cut, true);
  const positions = doc.item(cut);
  const loc = { file: 'list.yaml', lineCounter: lc, base: [], positions: () => positions };
  const status = positions.map!.get('status')!.value!;
  assert.equal(status.map?.size, 0);
  // A collection is reported at its key; a path below it at the pruned node.
  assert.equal(locate(loc, ['status']).line, 21);
  assert.equal(locate(loc, ['status', 'loadBalancer']).line, 21);
  assert.equal(locate(loc, ['metadata', 'managedFields', 0]).line, 7);
  assert.equal(locate(loc, ['spec', 'defaultBackend', 'service', 'name']).line, 18);
});
