import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { match, parseRequest, renderMatchText, routes, renderRoutesTable, renderRoutesJson, type SourceFile } from '../../src/index.js';

const paths = (ps: [string, string, string][]) =>
  ps.map(([p, t, svc]) => `      - path: ${p}\n        pathType: ${t}\n        backend:\n          service:\n            name: ${svc}\n            port:\n              number: 80\n`).join('');
const SRC: SourceFile[] = [
  {
    path: 'm.yaml',
    text: `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: shop
  namespace: web
spec:
  defaultBackend:
    service:
      name: shop-fallback
      port:
        number: 80
  tls:
  - hosts: [secure.test]
    secretName: secure-tls
  rules:
  - host: shop.test
    http:
      paths:
${paths([['/api', 'Prefix', 'api'], ['/api/v1', 'Prefix', 'api-v1'], ['/api/v1', 'Exact', 'api-v1-exact'], ['/', 'Prefix', 'home']])}  - host: "*.shop.test"
    http:
      paths:
${paths([['/', 'Prefix', 'tenant']])}  - host: secure.test
    http:
      paths:
${paths([['/', 'Prefix', 'secure']])}---
apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: plain
  namespace: web
spec:
  rules:
  - host: other.test
    http:
      paths:
${paths([['/only', 'Exact', 'only']])}  - http:
      paths:
${paths([['/any', 'Prefix', 'anyhost']])}`,
  },
];

const ask = (url: string, headers: string[] = []) => {
  const m = match(SRC, { url, headers });
  assert.ok(m.ok, JSON.stringify(m.diagnostics));
  return m;
};

describe('ingressc match (library)', () => {
  test('Exact beats Prefix at equal length; the longer prefix wins; both explained', () => {
    const m = ask('http://shop.test/api/v1');
    assert.deepEqual(m.answer, { kind: 'backend', backend: 'web/api-v1-exact:80', upstream: 'web_api-v1-exact_80' });
    assert.equal(m.hostClass, 'exact');
    assert.deepEqual(m.candidates.map((c) => [c.match, c.path, c.lostBecause]), [['Prefix', '/api/v1', 'exact-beats-prefix'], ['Prefix', '/api', 'longer-path-wins'], ['Prefix', '/', 'longer-path-wins']]);
    const text = renderMatchText(m);
    assert.match(text, /answer: {2}web\/api-v1-exact:80/);
    assert.match(text, /lost {4}Prefix \/api\/v1 → web\/api-v1:80 also matches; Exact beats Prefix at equal length \(m\.yaml:\d+\)/);
    assert.equal(ask('http://shop.test/api/v1/users?x=1').answer?.kind === 'backend' && ask('http://shop.test/api/v1/users?x=1').route?.path, '/api/v1');
    assert.equal(ask('http://shop.test/apiv1').route?.path, '/');
  });
  test('host classes: case and port ignored, one-label wildcard, host-less rules, no fall-through', () => {
    assert.equal(ask('http://SHOP.test:8080/api').route?.path, '/api');
    const w = ask('http://a.shop.test/x');
    assert.equal(w.hostClass, 'wildcard');
    assert.equal(w.vhost, '*.shop.test');
    const deep = ask('http://a.b.shop.test/any');
    assert.equal(deep.hostClass, 'any');
    assert.deepEqual(deep.wildcardMisses, ['*.shop.test']);
    assert.match(renderMatchText(deep), /\*\.shop\.test does not match "a\.b\.shop\.test": a wildcard covers exactly one label/);
    const noFall = ask('http://other.test/any');
    assert.equal(noFall.via, 'not-found');
    assert.deepEqual(noFall.answer, { kind: 'not-found', status: 404 });
    assert.match(renderMatchText(noFall), /no fall-through/);
  });
  test('fallbacks: the Ingress defaultBackend serves its hosts; TLS hosts redirect plain HTTP', () => {
    const fb = ask('http://unknown.test/nothing', []);
    assert.equal(fb.hostClass, 'any');
    assert.equal(fb.via, 'not-found');
    const r = ask('http://secure.test/a?b=1');
    assert.deepEqual(r.answer, { kind: 'redirect', status: 308, location: 'https://secure.test/a?b=1' });
    assert.equal(ask('https://secure.test/a').answer?.kind, 'backend');
  });
  test('Host header overrides the URL; a path needs a Host header; bad input is IC5102/IC5103', () => {
    assert.equal(ask('/api', ['Host: shop.test']).route?.path, '/api');
    assert.equal(ask('http://x.test/api', ['host: shop.test']).vhost, 'shop.test');
    const noHost = match(SRC, { url: '/api' });
    assert.equal(noHost.ok, false);
    assert.equal(noHost.diagnostics[0]!.code, 'IC5102');
    assert.equal(match(SRC, { url: 'ftp://x/' }).diagnostics[0]!.code, 'IC5102');
    assert.equal(match(SRC, { url: 'http://x/', headers: ['no colon'] }).diagnostics[0]!.code, 'IC5103');
    assert.deepEqual(parseRequest({ url: 'https://user@h.test:8443' }), { scheme: 'https', hostHeader: 'h.test:8443', path: '/' });
  });
});

describe('ingressc routes (library)', () => {
  test('rows in precedence order with backend, TLS and source', () => {
    const r = routes(SRC);
    assert.ok(r.ok);
    const shop = r.rows.filter((x) => x.host === 'shop.test').map((x) => `${x.match} ${x.path} ${x.backend}`);
    assert.deepEqual(shop, ['Exact /api/v1 web/api-v1-exact:80', 'Prefix /api/v1 web/api-v1:80', 'Prefix /api web/api:80', 'Prefix / web/home:80', 'Fallback  web/shop-fallback:80']);
    const secure = r.rows.find((x) => x.host === 'secure.test')!;
    assert.equal(secure.tls, 'redirect');
    assert.equal(secure.certificate, 'web-secure-tls');
    assert.match(renderRoutesTable(r.rows), /^HOST +PATH +MATCH +BACKEND +TLS +SOURCE\n/);
    assert.match(renderRoutesTable(r.rows), /shop\.test +\/api\/v1 +Exact +web\/api-v1-exact:80 +- +m\.yaml:\d+/);
    const j = JSON.parse(renderRoutesJson(r.rows)) as { routes: { file: string; line: number }[] };
    assert.ok(j.routes.every((x) => x.file === 'm.yaml' && x.line > 0));
  });
});
