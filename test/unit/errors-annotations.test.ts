/** default-backend, custom-http-errors, disable-proxy-intercept-errors: grammar, lowering, the reference evaluator. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { compile, type TargetName } from '../../src/index.js';
import { errorPage, matchRequest } from '../../src/ir/match.js';
import { parseCustomHttpErrors, parseDefaultBackend } from '../../src/providers/ingress-nginx/families/errors.js';

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
