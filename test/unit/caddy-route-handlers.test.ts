// The Caddy output of routes with source ranges, body limits, rewrites and X-Forwarded-Prefix, on
// every route kind, read back by the fuzzer's independent oracle (test/fuzz/oracles.ts checkCaddy).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { compile } from '../../src/index.js';
import { checkCaddy } from '../fuzz/oracles.js';

const ingress = (name: string, annotations: Record<string, string>, path: string, pathType = 'Prefix'): string => `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata: {name: ${name}, annotations: ${JSON.stringify(annotations)}}
spec:
  ingressClassName: nginx
  rules:
  - host: a.test
    http: {paths: [{path: ${JSON.stringify(path)}, pathType: ${pathType}, backend: {service: {name: s, port: {number: 80}}}}]}
`;
const A = 'nginx.ingress.kubernetes.io/';

const cases: [string, string[]][] = [
  ['allow list and body limit on a Prefix path', [ingress('p', { [`${A}whitelist-source-range`]: '10.0.0.0/8', [`${A}proxy-body-size`]: '2k' }, '/x')]],
  ['deny list on a string prefix', [ingress('s', { [`${A}denylist-source-range`]: '10.1.0.0/16' }, '/adm', 'ImplementationSpecific')]],
  [
    'rewrite with captures, X-Forwarded-Prefix and an allow list in regex mode, beside an open Ingress',
    [
      ingress('r', { [`${A}rewrite-target`]: '/new/$2', [`${A}x-forwarded-prefix`]: '/api', [`${A}allowlist-source-range`]: '10.0.0.0/8' }, '/api(/|$)(.*)', 'ImplementationSpecific'),
      ingress('o', {}, '/open'),
    ],
  ],
];

for (const [name, texts] of cases)
  test(`caddy: ${name} (read back by the fuzz oracle)`, () => {
    const r = compile(texts.map((text, i) => ({ path: `${i}.yaml`, text })), { target: 'caddy', backends: ['default/s:80=127.0.0.1:9'] });
    assert.ok(r.ok, r.diagnostics.map((d) => d.message).join('\n'));
    assert.deepEqual(checkCaddy(r.ir!, r.files), []);
    // The oracle must see the steps (a route without them would be reported, not pass).
    const json = r.files.find((f) => f.path === 'caddy.json')!.content;
    assert.match(json, /client_ip/);
  });
