/**
 * auth-proxy-set-headers: the value grammar (lower/auth-headers.ts), the lowering's located errors,
 * and each target's quoting of the values (the second wall).
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { compile, type CompileResult, type Route } from '../../src/index.js';
import { parseAuthHeaderValue } from '../../src/lower/auth-headers.js';
import { nginxAuthValue } from '../../src/emit/nginx/quote.js';
import { caddyAuthValue } from '../../src/emit/caddy/quote.js';

const ingress = (annotations: Record<string, string>): string => `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: app
  namespace: shop
  annotations: ${JSON.stringify(Object.fromEntries(Object.entries(annotations).map(([k, v]) => [`nginx.ingress.kubernetes.io/${k}`, v])))}
spec:
  rules:
  - host: a.test
    http:
      paths:
      - {path: /, pathType: Prefix, backend: {service: {name: web, port: {number: 80}}}}
`;
/** Its data keys start on line 5. */
const configMap = (data: Record<string, string>, name = 'ah'): string => `apiVersion: v1
kind: ConfigMap
metadata: {name: ${name}, namespace: shop}
data:
${Object.entries(data).map(([k, v]) => `  ${JSON.stringify(k)}: ${JSON.stringify(v)}\n`).join('')}`;

const AUTH = { 'auth-url': 'http://auth.test/check', 'auth-proxy-set-headers': 'shop/ah' };
const build = (annotations: Record<string, string>, data?: Record<string, string>, target: 'nginx' | 'caddy' = 'nginx'): CompileResult =>
  compile([{ path: 'ing.yaml', text: ingress(annotations) }, ...(data ? [{ path: 'cm.yaml', text: configMap(data) }] : [])], { target, backends: ['shop/web:80=127.0.0.1:9'] });
const route = (r: CompileResult): Route => r.ir!.vhosts[0]!.prefix[0]!;
const codes = (r: CompileResult) => r.diagnostics.filter((d) => d.severity !== 'info').map((d) => `${d.code} ${d.loc?.file}:${d.loc?.line}`);

describe('auth-proxy-set-headers value grammar', () => {
  test('literal text and the five variables, with or without braces', () => {
    assert.deepEqual(parseAuthHeaderValue('42'), { parts: [{ text: '42' }] });
    assert.deepEqual(parseAuthHeaderValue('ip=$remote_addr;h=${host}/$scheme$request_uri'), {
      parts: [{ text: 'ip=' }, { variable: 'remote_addr' }, { text: ';h=' }, { variable: 'host' }, { text: '/' }, { variable: 'scheme' }, { variable: 'request_uri' }],
    });
    assert.deepEqual(parseAuthHeaderValue('$http_x_forwarded_user-x'), { parts: [{ header: 'x-forwarded-user' }, { text: '-x' }] });
  });

  test('anything nginx would read otherwise, or no target could reproduce, is refused', () => {
    for (const v of ['', '$hostx', '$cookie_a', '$HTTP_X', '${host', '$', 'a"b', "a'b", 'a\\b', 'a{b}', 'a\nb', 'é', '`id`', 'x'.repeat(1025), '{http.request.uri}'])
      assert.ok('expected' in parseAuthHeaderValue(v), JSON.stringify(v));
  });
});

describe('auth-proxy-set-headers lowering', () => {
  test('the ConfigMap entries become the auth request headers, sorted by name', () => {
    const r = build(AUTH, { 'X-B': 'b', 'My-Custom-Header': '42' });
    assert.ok(r.ok, JSON.stringify(r.diagnostics));
    assert.deepEqual(route(r).policies?.externalAuth?.requestHeaders, [
      { name: 'My-Custom-Header', value: [{ text: '42' }] },
      { name: 'X-B', value: [{ text: 'b' }] },
    ]);
  });

  test('a missing ConfigMap is an error at the annotation; a bad entry at its key', () => {
    assert.deepEqual(codes(build(AUTH)), ['IC3220 ing.yaml:6']);
    assert.deepEqual(codes(build(AUTH, { 'X-A': 'ok', 'X-Real-IP': '1.2.3.4', 'X-C': '$cookie_s' })), ['IC3221 cm.yaml:6', 'IC3221 cm.yaml:7']);
    assert.deepEqual(codes(build(AUTH, { 'x-a': '1', 'X-A': '2' })).map((c) => c.split(' ')[0]), ['IC3221']);
  });

  test('"namespace/name" only (ingress-nginx looks the ConfigMap up by both); without auth-url it has no effect', () => {
    assert.deepEqual(codes(build({ ...AUTH, 'auth-proxy-set-headers': 'ah' }, { 'X-A': '1' })).map((c) => c.split(' ')[0]), ['IC2260']);
    const r = build({ 'auth-proxy-set-headers': 'shop/ah' }, { 'X-A': '1' });
    assert.deepEqual(codes(r), ['IC3133 ing.yaml:6']);
  });
});

describe('auth request header quoting', () => {
  test('nginx: one quoted string, variables braced', () => {
    assert.equal(nginxAuthValue([{ text: 'a=' }, { variable: 'host' }, { text: 'x' }, { header: 'x-in' }]), '"a=${host}x${http_x_in}"');
    assert.throws(() => nginxAuthValue([{ text: 'a$b' }]));
    assert.throws(() => nginxAuthValue([{ header: 'X_In' }]));
    assert.throws(() => nginxAuthValue([{ variable: 'cookie_a' as 'host' }]));
  });

  test('caddy: literal text and placeholders; a brace in the text is refused', () => {
    assert.equal(caddyAuthValue([{ variable: 'remote_addr' }, { text: '/' }, { header: 'x-in' }]), '{http.request.remote.host}/{http.request.header.x-in}');
    assert.throws(() => caddyAuthValue([{ text: '{env.HOME}' }]));
    assert.throws(() => caddyAuthValue([{ variable: 'request_method' as 'host' }]));
  });
});
