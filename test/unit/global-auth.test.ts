/**
 * The controller ConfigMap's global external authentication (global-auth-url and its companions,
 * no-auth-locations, the annotation enable-global-auth), lowered into the IR's external auth
 * (lower/auth.ts). Semantics: ingress-nginx's nginx.tmpl (shouldApplyGlobalAuth,
 * isLocationInLocationList) and its e2e settings/global_external_auth.go ("should return status
 * code 401 when request any protected service", "... whitelisted (via no-auth-locations) ...",
 * "... whitelisted (via ingress annotation) ...").
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { compile, type CompileResult, type Route, type TargetName } from '../../src/index.js';

const A = 'nginx.ingress.kubernetes.io/';

const ingress = (name: string, paths: string[], annotations: Record<string, string> = {}, extra = ''): string => `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: ${name}
  namespace: shop
  annotations: ${JSON.stringify(Object.fromEntries(Object.entries(annotations).map(([k, v]) => [A + k, v])))}
spec:
${extra}  rules:
  - host: a.test
    http:
      paths:
${paths.map((p) => `      - {path: ${p}, pathType: Prefix, backend: {service: {name: web, port: {number: 80}}}}\n`).join('')}`;

/** The ConfigMap; its data keys start on line 6. */
const configMap = (data: Record<string, string>): string => `apiVersion: v1
kind: ConfigMap
metadata:
  name: ingress-nginx-controller
  namespace: ingress-nginx
data:
${Object.entries(data).map(([k, v]) => `  ${k}: ${JSON.stringify(v)}\n`).join('')}`;

const GLOBAL = { 'global-auth-url': 'http://auth.test:8080/check?x=1', 'global-auth-response-headers': 'X-User' };

function build(data: Record<string, string>, ingresses: string[], target: TargetName = 'nginx', extra: { defaultBackend?: string } = {}): CompileResult {
  return compile(
    ingresses.map((text, i) => ({ path: `ing${i}.yaml`, text })),
    { target, backends: ['shop/web:80=127.0.0.1:9', 'shop/other:80=127.0.0.1:9'], controllerConfig: { path: 'cm.yaml', text: configMap(data) }, ...extra },
  );
}
const route = (r: CompileResult, path: string): Route => {
  const found = r.ir!.vhosts.flatMap((v) => [...v.exact, ...v.prefix]).find((x) => x.sourcePath === path);
  assert.ok(found, `no route for ${path}`);
  return found;
};
const errors = (r: CompileResult) => r.diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.code} ${d.loc?.file}:${d.loc?.line}`);

describe('global-auth-url', () => {
  test('every route asks the global auth service, except an opted-out Ingress and no-auth-locations (default: the ACME path)', () => {
    const r = build(GLOBAL, [ingress('app', ['/', '/.well-known/acme-challenge']), ingress('open', ['/open'], { 'enable-global-auth': 'false' })]);
    assert.ok(r.ok, JSON.stringify(r.diagnostics));
    const auth = route(r, '/').policies?.externalAuth;
    assert.deepEqual(auth?.url, { scheme: 'http', host: 'auth.test', port: 8080, path: '/check', query: 'x=1' });
    assert.deepEqual(auth?.responseHeaders, ['X-User']);
    assert.equal(route(r, '/.well-known/acme-challenge').policies?.externalAuth, undefined);
    assert.equal(route(r, '/open').policies?.externalAuth, undefined);
  });

  test('enable-global-auth "true" (or a Go spelling of it) keeps the global auth', () => {
    const r = build(GLOBAL, [ingress('app', ['/a'], { 'enable-global-auth': 'T' })]);
    assert.ok(r.ok, JSON.stringify(r.diagnostics));
    assert.ok(route(r, '/a').policies?.externalAuth);
  });

  test("an Ingress's own auth-url wins, with its own companions only", () => {
    const r = build({ ...GLOBAL, 'global-auth-method': 'POST' }, [ingress('own', ['/own'], { 'auth-url': 'http://own.test/auth' })]);
    assert.ok(r.ok, JSON.stringify(r.diagnostics));
    const auth = route(r, '/own').policies?.externalAuth;
    assert.equal(auth?.url.host, 'own.test');
    assert.equal(auth?.method, undefined);
    assert.deepEqual(auth?.responseHeaders, []);
  });

  test('no-auth-locations compares the path as written, as a string prefix; an exempt path keeps its own basic auth', () => {
    const users = `apiVersion: v1
kind: Secret
metadata: {name: users, namespace: shop}
stringData: {auth: "foo:{PLAIN}bar"}
`;
    const r = build({ ...GLOBAL, 'no-auth-locations': ' /bar , ' }, [ingress('app', ['/', '/bar', '/barista', '/x/bar']), ingress('basic', ['/bar-basic'], { 'auth-type': 'basic', 'auth-secret': 'users' }), users]);
    assert.ok(r.ok, JSON.stringify(r.diagnostics));
    assert.ok(route(r, '/').policies?.externalAuth);
    assert.ok(route(r, '/x/bar').policies?.externalAuth);
    // The default /.well-known/acme-challenge is replaced, not added to.
    for (const p of ['/bar', '/barista']) assert.equal(route(r, p).policies?.externalAuth, undefined, p);
    const basic = route(r, '/bar-basic').policies;
    assert.equal(basic?.externalAuth, undefined);
    assert.equal(basic?.basicAuth?.secret, 'shop/users');
  });

  test('the companions are lowered as their annotations are', () => {
    const r = build(
      { ...GLOBAL, 'global-auth-method': 'POST', 'global-auth-signin': 'https://$host/login', 'global-auth-signin-redirect-param': 'next', 'global-auth-request-redirect': '/after', 'global-auth-always-set-cookie': 'true' },
      [ingress('app', ['/'])],
    );
    assert.ok(r.ok, JSON.stringify(r.diagnostics));
    assert.deepEqual(route(r, '/').policies?.externalAuth, {
      url: { scheme: 'http', host: 'auth.test', port: 8080, path: '/check', query: 'x=1' },
      method: 'POST',
      responseHeaders: ['X-User'],
      alwaysSetCookie: true,
      requestRedirect: '/after',
      signin: { scheme: 'https', path: '/login', redirectParam: 'next' },
    });
  });

  test('a value ingress-nginx would log and drop (leaving every route open) is a located error', () => {
    const r = build({ 'global-auth-url': 'auth.test/check', 'global-auth-method': 'get' }, [ingress('app', ['/'])]);
    assert.deepEqual(errors(r), ['IC2300 cm.yaml:7', 'IC2300 cm.yaml:8']);
  });

  test('targets without external auth fail closed at the key; a value beyond the target is refused', () => {
    assert.deepEqual(errors(build(GLOBAL, [ingress('app', ['/'])], 'gateway-api')), ['IC3150 cm.yaml:7', 'IC3150 cm.yaml:8']);
    // Traefik's forwardAuth has no sign-in redirect (no auth-signin row).
    assert.deepEqual(errors(build({ ...GLOBAL, 'global-auth-signin': 'https://login.test/' }, [ingress('app', ['/'])], 'traefik')), ['IC3150 cm.yaml:9']);
    assert.deepEqual(errors(build({ ...GLOBAL, 'global-auth-method': 'PATCH' }, [ingress('app', ['/'])], 'haproxy')), ['IC3153 cm.yaml:9']);
    for (const t of ['nginx', 'haproxy', 'envoy', 'caddy', 'traefik'] as const) {
      const r = build(GLOBAL, [ingress('app', ['/'])], t);
      assert.deepEqual(errors(r), [], t);
      assert.ok(route(r, '/').policies?.externalAuth, t);
    }
  });

  test('a default backend carries no policies: fail closed (IC3150 for --default-backend, IC3070 for an Ingress default backend)', () => {
    assert.deepEqual(errors(build(GLOBAL, [ingress('app', ['/'])], 'nginx', { defaultBackend: 'shop/other:80' })), ['IC3150 cm.yaml:7']);
    const withDefault = ingress('app', ['/a'], {}, '  defaultBackend: {service: {name: other, port: {number: 80}}}\n');
    assert.deepEqual(errors(build(GLOBAL, [withDefault])).map((e) => e.split(' ')[0]), ['IC3070']);
    // Opted out: the Ingress restricts nothing.
    const optedOut = ingress('app', ['/a'], { 'enable-global-auth': 'false' }, '  defaultBackend: {service: {name: other, port: {number: 80}}}\n');
    assert.deepEqual(errors(build(GLOBAL, [optedOut])), []);
  });

  test('the auth cache keys are tuning (a warning), as auth-cache-key is; companions without global-auth-url change nothing, but fail closed where global auth is not honoured', () => {
    const r = build({ ...GLOBAL, 'global-auth-cache-key': '$remote_user$http_authorization', 'global-auth-cache-duration': '200 202 30m' }, [ingress('app', ['/'])]);
    assert.ok(r.ok, JSON.stringify(r.diagnostics));
    assert.deepEqual(r.diagnostics.filter((d) => d.code === 'IC3152').map((d) => d.loc?.line).sort((a, b) => a! - b!), [9, 10]);
    const bare = build({ 'global-auth-method': 'POST', 'no-auth-locations': '/x' }, [ingress('app', ['/'])]);
    assert.deepEqual(errors(bare), []);
    assert.equal(route(bare, '/').policies?.externalAuth, undefined);
    assert.deepEqual(errors(build({ 'global-auth-method': 'POST', 'no-auth-locations': '/x' }, [ingress('app', ['/'])], 'gateway-api')), ['IC3150 cm.yaml:7', 'IC3150 cm.yaml:8']);
  });
});
