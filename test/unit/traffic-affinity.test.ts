/**
 * Session affinity (the traffic family): the affinity and session-cookie-* grammars
 * (families/traffic.ts), lowering (lower/traffic.ts: defaults, the cookie Path per route) and the
 * emitted cookie settings per target.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { compile, type TargetName } from '../../src/index.js';
import { matchRequest } from '../../src/ir/match.js';
import type { AffinityPolicy } from '../../src/ir/types.js';
import { trafficReader } from '../../src/providers/ingress-nginx/families/traffic.js';

const ingress = (annotations: Record<string, string>, paths = ['/api', '/other']): string => `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: app
  annotations:
${Object.entries(annotations).map(([k, v]) => `    nginx.ingress.kubernetes.io/${k}: ${JSON.stringify(v)}\n`).join('')}spec:
  rules:
  - host: a.test
    http:
      paths:
${paths.map((p) => `      - path: ${p}\n        pathType: Prefix\n        backend:\n          service:\n            name: app\n            port:\n              number: 80\n`).join('')}`;
const build = (annotations: Record<string, string>, target: TargetName = 'haproxy') =>
  compile([{ path: 'ing.yaml', text: ingress(annotations) }], { target, backends: ['default/app:80=127.0.0.1:9,127.0.0.1:10'] });
const affinityOf = (annotations: Record<string, string>, path = '/api'): AffinityPolicy | undefined =>
  build({ affinity: 'cookie', ...annotations }).ir?.vhosts[0]?.prefix.find((r) => r.path === path)?.policies?.affinity;

describe('grammars (sessionaffinity/main.go, stricter where ingress-nginx falls back silently)', () => {
  const read = (name: string, value: string) => trafficReader.read(name, value, {}, {});
  const ok = (name: string, v: string) => test(`${name} ok: ${JSON.stringify(v)}`, () => assert.equal(read(name, v), undefined));
  const bad = (name: string, v: string) => test(`${name} refused: ${JSON.stringify(v)}`, () => assert.ok(read(name, v)?.detail.startsWith('expected')));
  ['cookie', ' cookie '].forEach((v) => ok('affinity', v));
  ['Cookie', 'ip', ''].forEach((v) => bad('affinity', v));
  ['balanced', 'persistent'].forEach((v) => ok('affinity-mode', v));
  ['Balanced', 'sticky'].forEach((v) => bad('affinity-mode', v));
  ['SERVERID', 'hello-cookie', 'a.b_c~d', ''].forEach((v) => ok('session-cookie-name', v));
  ['a/b', 'a:b', 'a b', 'a;b', 'a=b', '$cookie', 'a"b'].forEach((v) => bad('session-cookie-name', v));
  ['/', '/foo/bar', '/a-b_c.d~e'].forEach((v) => ok('session-cookie-path', v));
  ['foo', '/a;b', '/a b', '/a?b', '/$x', '/a"'].forEach((v) => bad('session-cookie-path', v));
  ['foo.bar', '.foo.bar', 'a-b.c'].forEach((v) => ok('session-cookie-domain', v));
  ['foo..bar', '-a.b', 'a_b', 'a;b', 'a b'].forEach((v) => bad('session-cookie-domain', v));
  ['None', 'lax', 'STRICT'].forEach((v) => ok('session-cookie-samesite', v));
  ['', 'Nope', 'None;'].forEach((v) => bad('session-cookie-samesite', v));
  ['0', '172800', '1'].forEach((v) => { ok('session-cookie-max-age', v); ok('session-cookie-expires', v); });
  ['-5', '0abc', '1.5', '01', '99999999999'].forEach((v) => { bad('session-cookie-max-age', v); bad('session-cookie-expires', v); });
});

describe('lowering', () => {
  test('defaults: INGRESSCOOKIE, balanced, Secure on HTTPS only, the route path as written', () => {
    assert.deepEqual(affinityOf({}), { cookie: 'INGRESSCOOKIE', path: '/api', secure: 'https', mode: 'balanced', changeOnFailure: false });
    assert.equal(affinityOf({}, '/other')?.path, '/other');
  });
  test('session-cookie-path wins for every route; every attribute', () => {
    assert.deepEqual(affinityOf({ 'session-cookie-name': 'S', 'session-cookie-path': '/p', 'session-cookie-domain': 'foo.bar', 'session-cookie-max-age': '5', 'session-cookie-secure': 'true', 'session-cookie-samesite': 'Lax', 'affinity-mode': 'persistent' }, '/other'), {
      cookie: 'S', path: '/p', domain: 'foo.bar', maxAge: 5, secure: 'always', sameSite: 'Lax', mode: 'persistent', changeOnFailure: false,
    });
  });
  test('cookie keys without affinity: cookie do nothing', () => {
    assert.ok(build({ 'session-cookie-name': 'S' }).ir?.vhosts[0]?.prefix.every((r) => r.policies?.affinity === undefined));
  });
  test('session-cookie-expires: HAProxy writes the date; the others give the lifetime as Max-Age unless session-cookie-max-age sets it', () => {
    for (const t of ['nginx', 'envoy', 'caddy', 'traefik'] as const) {
      const only = build({ affinity: 'cookie', 'session-cookie-expires': '5' }, t);
      assert.ok(only.ok, t);
      assert.equal(only.ir!.vhosts[0]!.prefix[0]!.policies!.affinity!.maxAge, 5, t);
      assert.equal(only.ir!.vhosts[0]!.prefix[0]!.policies!.affinity!.expires, undefined, t);
      assert.equal(build({ affinity: 'cookie', 'session-cookie-expires': '5', 'session-cookie-max-age': '9' }, t).ir!.vhosts[0]!.prefix[0]!.policies!.affinity!.maxAge, 9, t);
    }
    const h = build({ affinity: 'cookie', 'session-cookie-expires': '5' }, 'haproxy').ir!.vhosts[0]!.prefix[0]!.policies!.affinity!;
    assert.deepEqual([h.expires, h.maxAge], [5, undefined]);
    assert.ok(build({ affinity: 'cookie', 'session-cookie-expires': '0' }, 'envoy').diagnostics.some((d) => d.code === 'IC3071'));
  });
  test('keys a target does not reproduce fail closed (affinity-canary-behavior on Envoy); conditional SameSite=None "true" is refused (IC3071)', () => {
    assert.ok(build({ affinity: 'cookie', 'affinity-canary-behavior': 'legacy' }, 'envoy').diagnostics.some((d) => d.code === 'IC2102'));
    assert.ok(build({ affinity: 'cookie', 'session-cookie-conditional-samesite-none': 'true' }).diagnostics.some((d) => d.code === 'IC3071'));
    assert.equal(build({ affinity: 'cookie', 'session-cookie-conditional-samesite-none': 'false' }).ok, true);
    assert.ok(build({ affinity: 'cookie', 'session-cookie-max-age': '0' }, 'envoy').diagnostics.some((d) => d.code === 'IC3071'));
  });
  test('matchRequest: the cookie is set when the request lacks it', () => {
    const ir = build({ affinity: 'cookie' }).ir!;
    assert.deepEqual(matchRequest(ir, 'a.test', '/api').affinity, { cookie: 'INGRESSCOOKIE', sets: true });
    assert.deepEqual(matchRequest(ir, 'a.test', '/api', { cookies: ['INGRESSCOOKIE'] }).affinity, { cookie: 'INGRESSCOOKIE', sets: false });
  });
});

describe('emitted', () => {
  const out = (target: TargetName, a: Record<string, string> = {}) => build({ affinity: 'cookie', 'session-cookie-name': 'S', ...a }, target).files.map((f) => f.content).join('\n');
  test('haproxy: cookie insert with the attributes, one opaque token per server', () => {
    const cfg = out('haproxy', { 'session-cookie-domain': 'foo.bar', 'session-cookie-max-age': '9' });
    assert.match(cfg, /cookie S insert indirect httponly attr 'Path=\/api' attr 'Domain=foo\.bar' attr 'Max-Age=9'/);
    assert.match(cfg, /cookie S insert indirect httponly attr 'Path=\/other'/);
    const tokens = [...cfg.matchAll(/server s\d 127\.0\.0\.1:\d+ cookie ([0-9a-f]{16})/g)].map((m) => m[1]);
    assert.equal(new Set(tokens).size, 2);
    assert.doesNotMatch(cfg, /127\.0\.0\.1:9[^0-9].*cookie 127/);
  });
  test('envoy: a cookie hash policy on a ring-hash cluster', () => {
    const cfg = out('envoy', { 'session-cookie-max-age': '9' });
    assert.match(cfg, /hash_policy/);
    assert.match(cfg, /RING_HASH/);
    assert.match(cfg, /"ttl": "9s"/);
  });
  test('nginx: several endpoints must be addresses (IC4140); one DNS name gets a constant token', () => {
    const names = compile([{ path: 'ing.yaml', text: ingress({ affinity: 'cookie' }) }], { target: 'nginx', backends: ['default/app:80=a.example:80,b.example:80'] });
    assert.ok(names.diagnostics.some((d) => d.code === 'IC4140'));
    const dns = compile([{ path: 'ing.yaml', text: ingress({ affinity: 'cookie' }) }], { target: 'nginx' });
    assert.equal(dns.ok, true, JSON.stringify(dns.diagnostics));
    assert.match(dns.files[0]!.content, /add_header Set-Cookie \$ingressc_aff_setcookie_fixed always;/);
    assert.match(out('nginx'), /map \$http_cookie \$ingressc_aff_t1/);
  });
});

describe('enable-access-log', () => {
  test('"false" reaches the IR where the target honours it; elsewhere a tuning warning', () => {
    assert.equal(build({ 'enable-access-log': 'false' }, 'nginx').ir?.vhosts[0]?.prefix[0]?.policies?.accessLog, false);
    assert.equal(build({ 'enable-access-log': 'true' }, 'nginx').ir?.vhosts[0]?.prefix[0]?.policies, undefined);
    assert.equal(build({ 'enable-access-log': 'false' }, 'envoy').ir?.vhosts[0]?.prefix[0]?.policies?.accessLog, false);
    const traefik = build({ 'enable-access-log': 'false' }, 'traefik');
    assert.equal(traefik.ok, true);
    assert.ok(traefik.diagnostics.some((d) => d.code === 'IC2103'));
    assert.equal(traefik.ir?.vhosts[0]?.prefix[0]?.policies, undefined);
  });
  test('emitted: nginx access_log off; HAProxy set-log-level silent', () => {
    const text = (t: TargetName) => build({ 'enable-access-log': 'false' }, t).files.map((f) => f.content).join('\n');
    assert.match(text('nginx'), /access_log off;/);
    assert.match(text('haproxy'), /http-request set-log-level silent/);
  });
});

describe('emitted (Caddy, HAProxy Expires)', () => {
  const out = (target: TargetName, a: Record<string, string> = {}) => build({ affinity: 'cookie', 'session-cookie-name': 'S', ...a }, target).files.map((f) => f.content).join('\n');
  test('caddy: a route per endpoint token, a lazy map for the Set-Cookie token', () => {
    const cfg = out('caddy').replace(/": /g, '":').replace(/, "/g, ',"').replace(/\{ "/g, '{"');
    assert.match(cfg, /"Cookie":\{"pattern":"\(\?:\^\|;\)\\\\s\*S=[0-9a-f]{16}\(\?:;\|\$\)"\}/);
    assert.match(cfg, /"source":"\{http\.reverse_proxy\.upstream\.hostport\}"/);
    assert.match(cfg, /"Set-Cookie":\["S=\{ingressc_aff_token\}; Path=\/api\{ingressc_aff_secure\}; HttpOnly"\]/);
  });
  test('haproxy: Expires from the response time', () => {
    assert.match(out('haproxy', { 'session-cookie-expires': '60' }), /Expires=%\[date\(60\),http_date\]/);
  });
});

test('affinity to a Service reached by its DNS name warns that sessions cannot be pinned (IC3141)', () => {
  const r = compile([{ path: 'ing.yaml', text: ingress({ affinity: 'cookie' }) }], { target: 'haproxy' });
  assert.equal(r.ok, true);
  assert.equal(r.diagnostics.filter((d) => d.code === 'IC3141').length, 1);
  assert.ok(!build({ affinity: 'cookie' }).diagnostics.some((d) => d.code === 'IC3141'));
});
