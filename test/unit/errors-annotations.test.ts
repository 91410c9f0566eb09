/** default-backend, custom-http-errors, disable-proxy-intercept-errors: grammar, lowering, the reference evaluator. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { compile, type TargetName } from '../../src/index.js';
import { errorPage, matchRequest, rewriteResponseHeader } from '../../src/ir/match.js';
import { parseCustomHttpErrors, parseDefaultBackend } from '../../src/providers/ingress-nginx/families/errors.js';
import { supportOf } from '../../src/providers/ingress-nginx/support.js';

const A = 'nginx.ingress.kubernetes.io/';
const ing = (annotations: Record<string, string>, service = 'web'): string => `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: app
  namespace: default
  annotations:
${Object.entries(annotations).map(([k, v]) => `    ${A}${k}: ${JSON.stringify(v)}\n`).join('')}spec:
  rules:
  - host: a.test
    http:
      paths:
      - {path: /, pathType: Prefix, backend: {service: {name: ${service}, port: {number: 80}}}}
`;
const service = (name: string, ports: number[], ready?: boolean): string => `---
apiVersion: v1
kind: Service
metadata: {name: ${name}, namespace: default}
spec:
  ports: [${ports.map((p) => `{port: ${p}}`).join(', ')}]
${ready === undefined ? '' : `---
apiVersion: discovery.k8s.io/v1
kind: EndpointSlice
metadata: {name: ${name}-1, namespace: default, labels: {kubernetes.io/service-name: ${name}}}
addressType: IPv4
ports: [{port: ${ports[0]}}]
endpoints:
- addresses: [10.0.0.9]
  conditions: {ready: ${ready}}
`}`;
const run = (text: string, target: TargetName = 'nginx', defaultBackend?: string) => compile([{ path: 'in.yaml', text }], { target, ...(defaultBackend ? { defaultBackend } : {}) });

describe('custom-http-errors grammar (ingress-nginx: regex with spaces removed, then Atoi of each part of the trimmed value)', () => {
  test('codes 400-599, comma-separated, sorted and deduplicated; the whole value may be padded', () => {
    assert.deepEqual(parseCustomHttpErrors('404,415'), [404, 415]);
    assert.deepEqual(parseCustomHttpErrors(' 503,404,503 '), [404, 503]);
    assert.deepEqual(parseCustomHttpErrors('599,400'), [400, 599]);
  });
  test('what ingress-nginx ignores is refused: spaces inside, empty parts, other codes, signs, anything else', () => {
    for (const bad of ['', ' ', '404, 503', '404 ,503', '404,', ',404', '404,,503', '399', '600', '200', '4040', '+404', '404;return 200', '40x', ',00', '404\n503', '４０４'])
      assert.ok(!Array.isArray(parseCustomHttpErrors(bad)), JSON.stringify(bad));
  });
  test('default-backend: a DNS-1035 label, validated as written', () => {
    assert.equal(parseDefaultBackend('error-pages'), 'error-pages');
    for (const bad of ['', ' echo', 'echo ', 'ns/echo', 'Echo', '1echo', 'echo-', 'e_cho', 'a'.repeat(64), 'echo;', 'echo.default'])
      assert.equal(typeof parseDefaultBackend(bad), 'object', JSON.stringify(bad));
  });
  test('a bad value is a located IC2081 on every target', () => {
    for (const target of ['nginx', 'haproxy', 'envoy', 'traefik', 'caddy', 'gateway-api'] as const) {
      const r = run(ing({ 'custom-http-errors': '404, 503' }), target);
      const d = r.diagnostics.find((x) => x.code === 'IC2081');
      assert.equal(r.ok, false);
      assert.deepEqual([d?.loc?.line, d?.loc?.col], [7, 5]);
      assert.match(d!.message, /without spaces/);
    }
    assert.ok(run(ing({ 'disable-proxy-intercept-errors': 'yes' })).diagnostics.some((d) => d.code === 'IC2081'));
  });
});

describe('lowering', () => {
  test('codes without default-backend go to --default-backend; the route keeps its upstream', () => {
    const r = run(ing({ 'custom-http-errors': '500,404' }), 'nginx', 'infra/pages:8080');
    assert.ok(r.ok, JSON.stringify(r.diagnostics));
    const route = r.ir!.vhosts[0]!.prefix[0]!;
    assert.equal(route.upstream, 'default_web_80');
    assert.deepEqual(route.errors, { codes: [404, 500], upstreamResponses: true, upstream: 'infra_pages_8080', context: { namespace: 'default', ingress: 'app', service: 'web', servicePort: '80' } });
    assert.ok(r.ir!.upstreams.some((u) => u.id === 'infra_pages_8080'));
  });
  test('without any default backend the errors answer 404 (no upstream); disable-proxy-intercept-errors keeps only the proxy\'s own', () => {
    const route = run(ing({ 'custom-http-errors': '404', 'disable-proxy-intercept-errors': 'true' })).ir!.vhosts[0]!.prefix[0]!;
    assert.deepEqual(route.errors, { codes: [404], upstreamResponses: false, context: { namespace: 'default', ingress: 'app', service: 'web', servicePort: '80' } });
  });
  test('default-backend uses the first port of its Service; a Service without endpoints is stood in for', () => {
    const r = run(ing({ 'default-backend': 'pages' }, 'gone') + service('pages', [8080, 9090]) + service('gone', [80], false));
    assert.ok(r.ok, JSON.stringify(r.diagnostics));
    const route = r.ir!.vhosts[0]!.prefix[0]!;
    assert.equal(route.upstream, 'default_pages_8080');
    assert.equal(route.errors?.standIn, true);
    assert.deepEqual(
      route.filters?.flatMap((f) => (f.type === 'RequestHeaderModifier' ? f.set.map((h) => `${h.name}=${h.value}`) : [])),
      ['X-Code=503', 'X-Namespace=default', 'X-Ingress-Name=app', 'X-Service-Name=gone', 'X-Service-Port=80'],
    );
  });
  test('default-backend alone changes nothing for a Service with endpoints (or resolved through DNS)', () => {
    const r = run(ing({ 'default-backend': 'pages' }) + service('pages', [8080]));
    assert.equal(r.ir!.vhosts[0]!.prefix[0]!.errors, undefined);
    assert.equal(r.ir!.vhosts[0]!.prefix[0]!.upstream, 'default_web_80');
  });
  test('a default-backend Service without ready endpoints is not used (IC3181), one not in the inputs is IC3180', () => {
    const r = run(ing({ 'default-backend': 'pages', 'custom-http-errors': '404' }, 'gone') + service('pages', [8080], false) + service('gone', [80], false), 'nginx', 'infra/fallback:80');
    assert.ok(r.diagnostics.some((d) => d.code === 'IC3181'));
    const route = r.ir!.vhosts[0]!.prefix[0]!;
    assert.equal(route.upstream, 'default_gone_80');
    assert.equal(route.errors?.upstream, 'infra_fallback_80');
    const missing = run(ing({ 'default-backend': 'pages' }));
    assert.equal(missing.ok, false);
    const d = missing.diagnostics.find((x) => x.code === 'IC3180');
    assert.deepEqual([d?.loc?.line, d?.loc?.col], [7, 5]);
  });
  test('targets without rows fail closed (IC2102)', () => {
    for (const target of ['haproxy', 'envoy', 'traefik', 'caddy', 'gateway-api'] as const) {
      if (supportOf('custom-http-errors', target)) continue;
      const r = run(ing({ 'custom-http-errors': '404' }), target);
      assert.ok(r.diagnostics.some((d) => d.code === 'IC2102'), target);
    }
  });
});

describe('reference evaluator', () => {
  test('errorPage: listed codes only, the query kept on "/", the context headers', () => {
    const r = run(ing({ 'custom-http-errors': '404,503', 'disable-proxy-intercept-errors': 'false' }), 'nginx', 'infra/pages:8080');
    const m = matchRequest(r.ir!, 'a.test', '/x?y=1');
    assert.equal(m.upstream, 'default_web_80');
    assert.equal(errorPage(m.route!, 500, 'upstream', { target: '/x?y=1' }), undefined);
    const p = errorPage(m.route!, 404, 'upstream', { target: '/x?y=1', accept: 'text/html' })!;
    assert.equal(p.upstream, 'infra_pages_8080');
    assert.equal(p.pathWithQuery, '/?y=1');
    assert.deepEqual(Object.fromEntries(p.setHeaders.map((h) => [h.name, h.value])), {
      'X-Code': '404', 'X-Format': 'text/html', 'X-Original-URI': '/x?y=1', 'X-Namespace': 'default', 'X-Ingress-Name': 'app', 'X-Service-Name': 'web', 'X-Service-Port': '80',
    });
  });
  test('with intercept disabled only the proxy\'s own answers are replaced', () => {
    const r = run(ing({ 'custom-http-errors': '503', 'disable-proxy-intercept-errors': 'true' }));
    const route = r.ir!.vhosts[0]!.prefix[0]!;
    assert.equal(errorPage(route, 503, 'upstream', { target: '/' }), undefined);
    assert.deepEqual(errorPage(route, 503, 'proxy', { target: '/' })?.upstream, undefined);
    assert.ok(errorPage(route, 503, 'proxy', { target: '/' }));
  });
});

describe('proxy-redirect-from/-to, proxy-cookie-domain/-path', () => {
  test('grammar: one token without spaces or a leading "~"; cookie keys "off" or a pair', () => {
    for (const good of [{ 'proxy-redirect-from': 'hello.com', 'proxy-redirect-to': 'http://goodbye.com/x?a=b&c' }, { 'proxy-redirect-from': 'default' }, { 'proxy-cookie-domain': 'localhost  example.org' }, { 'proxy-cookie-path': '/one/ /' }, { 'proxy-cookie-path': 'off' }] as Record<string, string>[])
      assert.ok(!run(ing(good)).diagnostics.some((d) => d.code === 'IC2081'), JSON.stringify(good));
    for (const bad of [{ 'proxy-redirect-from': '~^http://(.*)$' }, { 'proxy-redirect-from': 'a b' }, { 'proxy-redirect-to': '$scheme://$host/' }, { 'proxy-cookie-domain': 'localhost' }, { 'proxy-cookie-domain': '~local example.org' }, { 'proxy-cookie-path': '/one/' }, { 'proxy-cookie-path': '/one/; return 200' }, { 'proxy-cookie-path': '/a /b /c' }] as Record<string, string>[])
      assert.ok(run(ing(bad)).diagnostics.some((d) => d.code === 'IC2081'), JSON.stringify(bad));
  });
  test('lowering follows nginx.tmpl: from "off" (or no to) is nothing, "default" is http://upstream_balancer/ → /', () => {
    const rw = (a: Record<string, string>) => run(ing(a)).ir!.vhosts[0]!.prefix[0]!.responseRewrites;
    assert.equal(rw({ 'proxy-redirect-from': 'off', 'proxy-redirect-to': 'goodbye.com' }), undefined);
    assert.equal(rw({ 'proxy-redirect-from': 'hello.com' }), undefined);
    assert.deepEqual(rw({ 'proxy-redirect-from': 'default' }), { location: { from: 'http://upstream_balancer/', to: '/' } });
    assert.deepEqual(rw({ 'proxy-cookie-domain': 'localhost example.org', 'proxy-cookie-path': '/one/ /' }), { cookieDomain: { from: 'localhost', to: 'example.org' }, cookiePath: { from: '/one/', to: '/' } });
    for (const target of ['traefik', 'gateway-api'] as const) assert.ok(run(ing({ 'proxy-cookie-path': '/one/ /' }), target).diagnostics.some((d) => d.code === 'IC2102'), target);
  });
  test('rewriteResponseHeader: prefix of Location and Refresh url=, cookie domain (case-insensitive, dots) and path', () => {
    const rw = { location: { from: 'hello.com', to: 'goodbye.com' }, cookieDomain: { from: '.localhost', to: 'example.org' }, cookiePath: { from: '/one/', to: '/' } };
    const req = { scheme: 'http' as const, hostHeader: 'Proxy.Foo.com:8080' };
    assert.equal(rewriteResponseHeader(rw, 'Location', 'hello.com/a', req), 'goodbye.com/a');
    assert.equal(rewriteResponseHeader(rw, 'location', 'HELLO.com/a', req), 'HELLO.com/a');
    assert.equal(rewriteResponseHeader(rw, 'Refresh', '5; URL=hello.com/r', req), '5; URL=goodbye.com/r');
    assert.equal(rewriteResponseHeader({ location: { from: 'http://upstream_balancer/', to: '/' } }, 'Location', 'http://upstream_balancer/x', req), 'http://proxy.foo.com/x');
    assert.equal(rewriteResponseHeader(rw, 'Set-Cookie', 'a=1; Domain=LOCALHOST; Path=/one/two', req), 'a=1; Domain=example.org; Path=/two');
    assert.equal(rewriteResponseHeader(rw, 'Set-Cookie', 'b=2;domain=.localhost;path=/onex', req), 'b=2;domain=.example.org;path=/onex');
    assert.equal(rewriteResponseHeader(rw, 'Set-Cookie', 'c=3; Domain=localhost.net', req), 'c=3; Domain=localhost.net');
  });
});

describe('Gateway API stand-in', () => {
  test('the HTTPRoute rule names the default-backend Service with a RequestHeaderModifier the v1.6.1 CRDs accept', async () => {
    const { validateStream } = await import('../gateway-api/crd-validator.js');
    const r = run(ing({ 'default-backend': 'pages' }, 'gone') + service('pages', [8080]) + service('gone', [80], false), 'gateway-api');
    assert.ok(r.ok, JSON.stringify(r.diagnostics));
    const v = validateStream(r.stdout!);
    assert.deepEqual(v.problems, []);
    assert.ok(v.rules > 0);
    const routes = v.objects.filter((o) => (o as { kind?: string }).kind === 'HTTPRoute') as { spec: { rules: { filters?: unknown[]; backendRefs?: { name: string; port: number }[] }[] } }[];
    const rule = routes.flatMap((x) => x.spec.rules).find((x) => x.filters !== undefined);
    assert.deepEqual(rule?.backendRefs?.map((b) => `${b.name}:${b.port}`), ['pages:8080']);
    assert.deepEqual(rule?.filters, [
      { type: 'RequestHeaderModifier', requestHeaderModifier: { set: [{ name: 'X-Code', value: '503' }, { name: 'X-Namespace', value: 'default' }, { name: 'X-Ingress-Name', value: 'app' }, { name: 'X-Service-Name', value: 'gone' }, { name: 'X-Service-Port', value: '80' }] } },
    ]);
  });
});
