/**
 * CORS (the traffic family): the annotation grammars (families/traffic.ts), lowering's defaults
 * (lower/traffic.ts) and the reference evaluation (src/ir/cors.ts, matchRequest).
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { compile, type TargetName } from '../../src/index.js';
import { corsOriginSearch, corsOutcome } from '../../src/ir/cors.js';
import { matchRequest } from '../../src/ir/match.js';
import type { CorsPolicy } from '../../src/ir/types.js';
import { parseCorsOrigins, trafficReader } from '../../src/providers/ingress-nginx/families/traffic.js';

const ingress = (annotations: Record<string, string>): string => `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: app
  annotations:
${Object.entries(annotations).map(([k, v]) => `    nginx.ingress.kubernetes.io/${k}: ${JSON.stringify(v)}\n`).join('')}spec:
  rules:
  - host: a.test
    http:
      paths:
      - path: /api
        pathType: Prefix
        backend:
          service:
            name: app
            port:
              number: 80
`;
const build = (annotations: Record<string, string>, target: TargetName = 'nginx') =>
  compile([{ path: 'ing.yaml', text: ingress(annotations) }], { target, backends: ['default/app:80=127.0.0.1:9'] });
const corsOf = (annotations: Record<string, string>): CorsPolicy | undefined => build({ 'enable-cors': 'true', ...annotations }).ir?.vhosts[0]?.prefix[0]?.policies?.cors;

describe('cors-allow-origin grammar (ingress-nginx cors/main.go)', () => {
  test('entries are split on ",", trimmed, empties dropped', () => {
    assert.deepEqual(parseCorsOrigins('https://a.com:8080,   ,https://b.com,'), { origins: ['https://a.com:8080', 'https://b.com'], skipped: [] });
  });
  test('"*" anywhere allows every origin; the rest is reported', () => {
    const r = parseCorsOrigins('*, foo.bar.com');
    assert.ok(!('expected' in r));
    assert.equal(r.origins, '*');
    assert.deepEqual(r.skipped.map(([e]) => e), ['foo.bar.com']);
  });
  test('a blank value is the default "*"', () => assert.deepEqual(parseCorsOrigins('      '), { origins: '*', skipped: [] }));
  test('an entry without scheme is skipped (ingress-nginx keeps only scheme://...)', () => {
    const r = parseCorsOrigins('origin.cors.com:8080, https://origin2.cors.com');
    assert.ok(!('expected' in r));
    assert.deepEqual(r.origins, ['https://origin2.cors.com']);
    assert.deepEqual(r.skipped.map(([e]) => e), ['origin.cors.com:8080']);
  });
  test('"null", other schemes and one "*." label are kept', () => {
    assert.deepEqual(parseCorsOrigins('null, tauri://localhost:3000, http://*.a.com'), { origins: ['null', 'tauri://localhost:3000', 'http://*.a.com'], skipped: [] });
  });
  for (const bad of ['https://$upstream', 'https://a.com/path', 'HTTPS://a.com', 'https://*.*.a.com', 'https://a.*.com', 'https://a.com"; return 200', 'https://a com', "https://a.com'"])
    test(`refused: ${JSON.stringify(bad)}`, () => assert.ok('expected' in parseCorsOrigins(bad)));
});

describe('the other cors-* grammars', () => {
  const read = (name: string, value: string) => trafficReader.read(name, value, {}, {});
  for (const ok of ['POST, GET', 'GET,POST', 'GET POST', 'get', 'GET,']) test(`methods ok: ${JSON.stringify(ok)}`, () => assert.equal(read('cors-allow-methods', ok), undefined));
  for (const bad of ['GET,,POST', 'GET ,POST', 'GET,  POST', 'GET;', '$request_method', 'G3T']) test(`methods refused: ${JSON.stringify(bad)}`, () => assert.ok(read('cors-allow-methods', bad)));
  test('methods: a long near-miss is refused quickly (no backtracking blow-up)', () => {
    const t0 = performance.now();
    assert.ok(read('cors-allow-methods', `${'a'.repeat(5000)}!`));
    assert.ok(read('cors-expose-headers', `${'a,'.repeat(5000)};`));
    assert.ok(performance.now() - t0 < 2000);
  });
  for (const ok of ['DNT, User-Agent', 'X-A_b,,', 'x']) test(`headers ok: ${JSON.stringify(ok)}`, () => assert.equal(read('cors-allow-headers', ok), undefined));
  for (const bad of ['X-A;', 'X:A', '$http_host', 'X*']) test(`headers refused: ${JSON.stringify(bad)}`, () => assert.ok(read('cors-allow-headers', bad)));
  for (const ok of ['*, X-CustomResponseHeader', 'X-A, X-B', '*']) test(`expose ok: ${JSON.stringify(ok)}`, () => assert.equal(read('cors-expose-headers', ok), undefined));
  for (const bad of ['X-A,,X-B', 'X-A;', '%[src]']) test(`expose refused: ${JSON.stringify(bad)}`, () => assert.ok(read('cors-expose-headers', bad)));
  for (const ok of ['200', '+5', '-1', '0']) test(`max-age ok: ${ok}`, () => assert.equal(read('cors-max-age', ok), undefined));
  for (const bad of ['1.5', '1h', ' 5', '9999999999999999', '']) test(`max-age refused: ${JSON.stringify(bad)}`, () => assert.ok(read('cors-max-age', bad)));
});

describe('lowering: ingress-nginx defaults and located errors', () => {
  test('defaults', () => {
    assert.deepEqual(corsOf({}), {
      allowOrigins: '*',
      allowMethods: 'GET, PUT, POST, DELETE, PATCH, OPTIONS',
      allowHeaders: 'DNT,Keep-Alive,User-Agent,X-Requested-With,If-Modified-Since,Cache-Control,Content-Type,Range,Authorization',
      exposeHeaders: '',
      allowCredentials: true,
      maxAge: 1728000,
    });
  });
  test('enable-cors false: no policy', () => assert.equal(build({ 'enable-cors': 'false', 'cors-max-age': '5' }).ir?.vhosts[0]?.prefix[0]?.policies?.cors, undefined));
  test('every key', () => {
    assert.deepEqual(corsOf({ 'cors-allow-origin': 'https://*.a.com', 'cors-allow-methods': 'GET', 'cors-allow-headers': 'X-A', 'cors-expose-headers': 'X-B', 'cors-allow-credentials': 'false', 'cors-max-age': '+7' }), {
      allowOrigins: ['https://*.a.com'], allowMethods: 'GET', allowHeaders: 'X-A', exposeHeaders: 'X-B', allowCredentials: false, maxAge: 7,
    });
  });
  test('a bad value is a located IC2081 naming what was expected', () => {
    const r = build({ 'enable-cors': 'true', 'cors-allow-origin': 'https://$host' });
    assert.equal(r.ok, false);
    const d = r.diagnostics.find((x) => x.code === 'IC2081');
    assert.ok(d && /expected a comma-separated list of origins/.test(d.message), JSON.stringify(r.diagnostics));
    assert.equal(d.loc?.line, 7);
  });
  test('skipped entries are a warning, the rest is compiled', () => {
    const r = build({ 'enable-cors': 'true', 'cors-allow-origin': 'a.com, https://b.com' });
    assert.equal(r.ok, true);
    assert.ok(r.diagnostics.some((x) => x.code === 'IC2280' && x.message.includes('"a.com"')));
  });
  test('a value a target cannot hold fails closed at the annotation (Gateway API: a "*." origin, IC3071)', () => {
    const r = build({ 'enable-cors': 'true', 'cors-allow-origin': 'https://*.a.com' }, 'gateway-api');
    assert.equal(r.ok, false);
    assert.ok(r.diagnostics.some((x) => x.code === 'IC3071'));
  });
  test('CORS on an ingress-nginx string-prefix path is kept', () => {
    const text = ingress({ 'enable-cors': 'true' }).replace('pathType: Prefix', 'pathType: ImplementationSpecific') + `---
apiVersion: networking.k8s.io/v1
kind: IngressClass
metadata:
  name: nginx
  annotations:
    ingressclass.kubernetes.io/is-default-class: "true"
spec:
  controller: k8s.io/ingress-nginx
`;
    const r = compile([{ path: 'ing.yaml', text }], { target: 'nginx', backends: ['default/app:80=127.0.0.1:9'] });
    assert.equal(r.ir?.vhosts[0]?.prefix[0]?.match, 'StringPrefix');
    assert.ok(r.ir?.vhosts[0]?.prefix[0]?.policies?.cors);
  });
  test('CORS on a regex host applies where the target is proven to (cors-regex.feature), else IC3140', () => {
    const r = build({ 'enable-cors': 'true', 'use-regex': 'true' });
    assert.ok(r.ok, JSON.stringify(r.diagnostics.map((d) => d.code)));
    assert.ok(r.ir?.vhosts[0]?.ordered?.[0]?.policies?.cors);
    const gateway = build({ 'enable-cors': 'true', 'use-regex': 'true' }, 'gateway-api');
    assert.ok(gateway.ok, 'Gateway API puts its CORS filter on RegularExpression rules');
    assert.ok(gateway.ir?.vhosts[0]?.ordered?.[0]?.policies?.cors);
  });
});

describe('evaluation (src/ir/cors.ts)', () => {
  const p = (allowOrigins: CorsPolicy['allowOrigins']): CorsPolicy => ({ allowOrigins, allowMethods: 'GET', allowHeaders: 'X', exposeHeaders: '', allowCredentials: true, maxAge: 5 });
  test('the origin regex: escaped dots, one label for "*.", end-anchored', () => {
    assert.equal(corsOriginSearch(['https://*.a.com:8', 'null']), '(?:https://[A-Za-z0-9-]+\\.a\\.com:8|null)$');
    assert.equal(corsOriginSearch([]), undefined);
  });
  test('list: echo on match (case-insensitive, end-anchored as ingress-nginx)', () => {
    const list = p(['https://*.a.com']);
    assert.equal(corsOutcome(list, 'GET', 'https://x.a.com')?.headers[0]?.value, 'https://x.a.com');
    assert.ok(corsOutcome(list, 'GET', 'HTTPS://X.A.COM'));
    assert.equal(corsOutcome(list, 'GET', 'https://x.y.a.com'), undefined);
    assert.equal(corsOutcome(list, 'GET', 'https://xa.com'), undefined);
    assert.equal(corsOutcome(list, 'GET', undefined), undefined);
    // ingress-nginx's regex is not anchored at the start.
    assert.ok(corsOutcome(list, 'GET', 'xhttps://x.a.com'));
  });
  test('"*": every request, with "*"; OPTIONS is a preflight', () => {
    const o = corsOutcome(p('*'), 'OPTIONS', undefined);
    assert.equal(o?.preflight, true);
    assert.deepEqual(o?.headers.map((h) => h.name), ['Access-Control-Allow-Origin', 'Access-Control-Allow-Credentials', 'Access-Control-Allow-Methods', 'Access-Control-Allow-Headers', 'Access-Control-Max-Age']);
    assert.equal(o?.headers[0]?.value, '*');
  });
  test('matchRequest reports the CORS outcome of the chosen route', () => {
    const ir = build({ 'enable-cors': 'true', 'cors-allow-origin': 'https://b.com' }).ir!;
    assert.equal(matchRequest(ir, 'a.test', '/api', { method: 'OPTIONS', origin: 'https://b.com' }).cors?.preflight, true);
    assert.equal(matchRequest(ir, 'a.test', '/api', { method: 'OPTIONS', origin: 'https://c.com' }).cors, undefined);
    assert.equal(matchRequest(ir, 'a.test', '/api').cors, undefined);
  });
});

describe('ingressc match explains CORS and affinity', () => {
  test('a preflight is answered by the proxy; the cookie is reported', async () => {
    const { match } = await import('../../src/routes/explain.js');
    const src = [{ path: 'ing.yaml', text: ingress({ 'enable-cors': 'true', 'cors-allow-origin': 'https://b.com', affinity: 'cookie' }) }];
    const pre = match(src, { url: 'http://a.test/api', method: 'OPTIONS', headers: ['Origin: https://b.com'] }, { backends: ['default/app:80=127.0.0.1:9'] });
    assert.equal(pre.cors?.preflight, true);
    assert.equal(pre.cors?.headers[0]?.value, 'https://b.com');
    assert.equal(pre.affinity, undefined);
    const get = match(src, { url: 'http://a.test/api', headers: ['Origin: https://c.com', 'Cookie: INGRESSCOOKIE=x'] }, { backends: ['default/app:80=127.0.0.1:9'] });
    assert.equal(get.cors, undefined);
    assert.deepEqual(get.affinity, { cookie: 'INGRESSCOOKIE', sets: false });
  });
});
