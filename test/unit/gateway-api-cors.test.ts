import assert from 'node:assert/strict';
import { test } from 'node:test';
import { compile } from '../../src/index.js';
import { corsAnswer } from '../gateway-api/cors.js';
import { validateStream } from '../gateway-api/crd-validator.js';
import { modelOf, readObjects } from '../gateway-api/output.js';

const A = 'nginx.ingress.kubernetes.io/';
const ing = (annotations: Record<string, string>, path = '/', extra = '') =>
  `apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata:\n  name: c\n  namespace: default\n  annotations:\n${Object.entries(annotations).map(([k, v]) => `    ${A}${k}: ${JSON.stringify(v)}`).join('\n')}\nspec:\n  ingressClassName: nginx\n  rules:\n    - host: c.example\n      http:\n        paths:\n          - path: ${path}\n            pathType: ${extra || 'Prefix'}\n            backend: { service: { name: echo, port: { number: 80 } } }\n`;
const opts = { target: 'gateway-api' as const, backends: ['default/echo:80=127.0.0.1:9'] };
const build = (annotations: Record<string, string>, path?: string, type?: string) => compile([{ path: 'c.yaml', text: ing(annotations, path, type) }], opts);
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const corsOf = (r: ReturnType<typeof build>): any => (readObjects(r.files) as any[]).filter((o) => o.kind === 'HTTPRoute').flatMap((o) => o.spec.rules).flatMap((x: any) => x.filters ?? []).find((f: any) => f.type === 'CORS')?.cors;

test('enable-cors with an origin list: a CORS filter (valid against the CRDs), a preflight answered by the gateway, headers on the proxied answer, IC4510 at the path', () => {
  const r = build({ 'enable-cors': 'true', 'cors-allow-origin': 'https://A.example, https://b.example:8443', 'cors-allow-methods': 'GET, POST,PUT', 'cors-allow-headers': 'X-A, x-a, X-B', 'cors-expose-headers': 'X-E', 'cors-max-age': '600' });
  assert.ok(r.ok, JSON.stringify(r.diagnostics));
  for (const f of r.files) assert.deepEqual(validateStream(f.content).problems, [], f.path);
  assert.deepEqual(corsOf(r), { allowOrigins: ['https://a.example', 'https://b.example:8443'], allowMethods: ['GET', 'POST', 'PUT'], allowHeaders: ['X-A', 'X-B'], exposeHeaders: ['X-E'], allowCredentials: true, maxAge: 600 });
  const w = r.diagnostics.find((d) => d.code === 'IC4510');
  assert.equal(w?.severity, 'warning');
  assert.equal(w?.loc?.file, 'c.yaml');
  const m = modelOf(r);
  const pre = m.route({ host: 'c.example', path: '/x', method: 'OPTIONS', headers: { Origin: 'https://a.example', 'Access-Control-Request-Method': 'PUT' } }, 80);
  assert.equal(pre.kind, 'preflight');
  assert.deepEqual(pre.kind === 'preflight' && pre.responseHeaders, {
    'access-control-allow-origin': 'https://a.example',
    'access-control-allow-credentials': 'true',
    'access-control-allow-methods': 'GET, POST, PUT',
    'access-control-allow-headers': 'X-A, X-B',
    'access-control-max-age': '600',
  });
  const get = m.route({ host: 'c.example', path: '/x', headers: { Origin: 'https://b.example:8443' } }, 80);
  assert.deepEqual(get.kind === 'proxied' && get.responseHeaders, { 'access-control-allow-origin': 'https://b.example:8443', 'access-control-allow-credentials': 'true', 'access-control-expose-headers': 'X-E' });
  // Another origin: proxied untouched; a plain OPTIONS (no Access-Control-Request-Method) is proxied.
  assert.equal(m.route({ host: 'c.example', path: '/x', headers: { Origin: 'https://c.example' } }, 80).kind, 'proxied');
  assert.equal(m.route({ host: 'c.example', path: '/x', method: 'OPTIONS', headers: { Origin: 'https://a.example' } }, 80).kind, 'proxied');
});

test('the default origin "*" with the default credentials: allowCredentials left out (browsers refuse credentials with "*" alike)', () => {
  const r = build({ 'enable-cors': 'true' });
  assert.ok(r.ok, JSON.stringify(r.diagnostics));
  for (const f of r.files) assert.deepEqual(validateStream(f.content).problems, [], f.path);
  const c = corsOf(r);
  assert.deepEqual(c.allowOrigins, ['*']);
  assert.equal(c.allowCredentials, undefined);
  assert.equal(c.maxAge, 1728000);
  const get = modelOf(r).route({ host: 'c.example', path: '/', headers: { Origin: 'https://any.example' } }, 80);
  assert.deepEqual(get.kind === 'proxied' && get.responseHeaders, { 'access-control-allow-origin': '*' });
});

test('values the CORS filter cannot hold without allowing more are refused at the annotation (IC3071)', () => {
  for (const [k, v] of [
    ['cors-allow-origin', 'https://*.example.com'],
    ['cors-allow-origin', 'null'],
    ['cors-allow-origin', 'tauri://localhost'],
    ['cors-allow-methods', 'GET, get'],
    ['cors-allow-methods', 'GET, PROPFIND'],
    ['cors-max-age', '0'],
  ] as const) {
    const r = build({ 'enable-cors': 'true', [k]: v });
    assert.equal(r.ok, false, `${k}: ${v}`);
    const d = r.diagnostics.find((x) => x.code === 'IC3071');
    assert.ok(d?.loc?.line !== undefined && d.message.includes(k), `${k}: ${v}: ${JSON.stringify(r.diagnostics)}`);
  }
});

test('CORS on a regex-mode host: the filter on its RegularExpression rules', () => {
  const r = build({ 'enable-cors': 'true', 'use-regex': 'true', 'cors-allow-origin': 'https://a.example' }, '/v[0-9]+/', 'ImplementationSpecific');
  assert.ok(r.ok, JSON.stringify(r.diagnostics));
  for (const f of r.files) assert.deepEqual(validateStream(f.content).problems, [], f.path);
  const get = modelOf(r).route({ host: 'c.example', path: '/v2/x', headers: { Origin: 'https://a.example' } }, 80);
  assert.equal(get.kind === 'proxied' && get.responseHeaders?.['access-control-allow-origin'], 'https://a.example');
});

test('the evaluator reads allowOrigins as the spec says: "*" host wildcards over several labels, default ports', () => {
  const h = (o: Record<string, string>) => new Map(Object.entries(o).map(([k, v]) => [k.toLowerCase(), v]));
  const f = { allowOrigins: ['https://*.example.com', 'http://a.test'] };
  assert.ok(corsAnswer(f, 'GET', h({ Origin: 'https://x.y.example.com' })));
  assert.ok(corsAnswer(f, 'GET', h({ Origin: 'https://example.com' })) === undefined);
  assert.ok(corsAnswer(f, 'GET', h({ Origin: 'http://a.test:80' })));
  assert.ok(corsAnswer(f, 'GET', h({ Origin: 'http://a.test:8080' })) === undefined);
  assert.deepEqual(corsAnswer(f, 'OPTIONS', h({ Origin: 'https://other.test', 'Access-Control-Request-Method': 'GET' })), { preflight: true, headers: {} });
  assert.equal(corsAnswer(f, 'GET', h({})), undefined);
});

test('CORS with a rewrite on one rule validates; on a gRPC host it is refused (a GRPCRoute has no CORS filter)', () => {
  const r = build({ 'enable-cors': 'true', 'rewrite-target': '/', 'cors-allow-origin': 'https://a.example' }, '/api');
  assert.ok(r.ok, JSON.stringify(r.diagnostics));
  for (const f of r.files) assert.deepEqual(validateStream(f.content).problems, [], f.path);
  assert.ok(corsOf(r));
  const g = build({ 'enable-cors': 'true', 'backend-protocol': 'GRPC' });
  assert.equal(g.ok, false);
  assert.ok(g.diagnostics.some((d) => d.code === 'IC4110' && d.message.includes('CORS') && d.loc?.file === 'c.yaml'), JSON.stringify(g.diagnostics));
});
