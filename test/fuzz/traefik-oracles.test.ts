import assert from 'node:assert/strict';
import { test } from 'node:test';
import { compile } from '../../src/index.js';
import { ORACLES } from './oracles.js';
import { makeCa } from '../harness/index.js';

/** The Traefik oracle reads back the request-limit middlewares: a changed one is caught. */
const ingress = (annotations: Record<string, string>): string =>
  `apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata:\n  name: l\n  namespace: default\n  annotations: ${JSON.stringify(Object.fromEntries(Object.entries(annotations).map(([k, v]) => [`nginx.ingress.kubernetes.io/${k}`, v])))}\nspec:\n  ingressClassName: nginx\n  rules:\n  - host: l.test\n    http:\n      paths:\n      - {path: /a, pathType: Prefix, backend: {service: {name: echo, port: {number: 80}}}}\n`;

function tampered(annotations: Record<string, string>, edit: (c: string) => string, extra: { path: string; text: string }[] = []): string[] {
  const r = compile([{ path: 'a.yaml', text: ingress(annotations) }, ...extra], { target: 'traefik', backends: ['default/echo:80=127.0.0.1:8080'] });
  assert.ok(r.ok && r.ir, JSON.stringify(r.diagnostics));
  assert.deepEqual(ORACLES.traefik(r.ir, r.files), [], 'the untouched output passes');
  const files = r.files.map((f) => (f.path === 'traefik.yaml' ? { ...f, content: edit(f.content) } : f));
  assert.ok(files.some((f, i) => f.content !== r.files[i]!.content), 'the edit changed something');
  return ORACLES.traefik(r.ir, files);
}

test('traefik oracle: a changed rate, burst, period, source or a dropped limit is caught', () => {
  const limits = { 'limit-rps': '5', 'limit-rpm': '100', 'limit-connections': '3', 'limit-burst-multiplier': '2' };
  const edits: [string, (c: string) => string][] = [
    ['rate', (c) => c.replace('average: 5', 'average: 50')],
    ['burst', (c) => c.replace('burst: 11', 'burst: 12')],
    ['period', (c) => c.replace('period: 1m', 'period: 1s')],
    ['connections', (c) => c.replace('amount: 3', 'amount: 30')],
    ['source', (c) => c.replace('depth: 0', 'depth: 1')],
    ['dropped', (c) => c.replace(/\n *- ingressc-limit-1-rps\n/g, '\n')],
  ];
  for (const [what, edit] of edits) assert.notDeepEqual(tampered(limits, edit), [], what);
});

test('traefik oracle: a changed error code, error Service or query is caught', () => {
  const errors = { 'custom-http-errors': '404,503' };
  for (const [what, edit] of [
    ['code', (c: string) => c.replace('- "404"', '- "405"')],
    ['service', (c: string) => c.replace('service: noop@internal\n        query', 'service: default_echo_80\n        query')],
    ['query', (c: string) => c.replace("query: /", 'query: /x')],
  ] as [string, (c: string) => string][])
    assert.notDeepEqual(tampered(errors, edit), [], what);
});

test('traefik oracle: backend verification turned off, another CA file or name, a dropped transport is caught', () => {
  const secret = { path: 's.yaml', text: `apiVersion: v1\nkind: Secret\nmetadata: {name: backend-ca, namespace: default}\nstringData:\n  ca.crt: ${JSON.stringify(makeCa('oracle CA').cert)}\n` };
  const tls = { 'backend-protocol': 'HTTPS', 'proxy-ssl-secret': 'default/backend-ca', 'proxy-ssl-verify': 'on', 'proxy-ssl-name': 'backend.test' };
  for (const [what, edit] of [
    ['skip verify', (c: string) => c.replace('insecureSkipVerify: false', 'insecureSkipVerify: true')],
    ['name', (c: string) => c.replace('serverName: backend.test', 'serverName: evil.test')],
    ['CA file', (c: string) => c.replace('certs/default-backend-ca.ca.crt', 'certs/other.ca.crt')],
    ['dropped', (c: string) => c.replace(/\n *serversTransport: ingressc-tls-1/, '')],
  ] as [string, (c: string) => string][])
    assert.notDeepEqual(tampered(tls, edit, [secret]), [], what);
});
