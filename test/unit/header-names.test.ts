/**
 * Request header names (RouteTable.dropRequestHeaders, lower/header-names.ts): ingress-nginx's
 * defaults drop every header whose name has "_" or another character than a letter, digit or "-";
 * what each target does with enable-underscores-in-headers and ignore-invalid-headers; and what
 * `ingressc match` says (the live proof: test/e2e/header-names.test.ts).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { compile, match, renderMatchText, type CompileResult, type TargetName } from '../../src/index.js';
import { isDroppedHeader } from '../../src/ir/header-names.js';

const ING = `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata: {name: app, namespace: shop}
spec:
  rules:
  - host: a.test
    http:
      paths:
      - {path: /, pathType: Prefix, backend: {service: {name: web, port: {number: 80}}}}
---
apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: canary
  namespace: shop
  annotations: {nginx.ingress.kubernetes.io/canary: "true", nginx.ingress.kubernetes.io/canary-by-header: X_Canary}
spec:
  rules:
  - host: a.test
    http:
      paths:
      - {path: /, pathType: Prefix, backend: {service: {name: beta, port: {number: 80}}}}
`;
const cm = (data: Record<string, string>): string =>
  `apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c, namespace: ingress-nginx}\ndata:\n${Object.entries(data).map(([k, v]) => `  ${k}: ${JSON.stringify(v)}\n`).join('')}`;
const SOURCES = [{ path: 'app.yaml', text: ING }];
const BACKENDS = ['shop/web:80=127.0.0.1:9', 'shop/beta:80=127.0.0.1:10'];

function build(target: TargetName, data?: Record<string, string>): CompileResult {
  return compile(SOURCES, { target, backends: BACKENDS, ...(data ? { controllerConfig: { path: 'cm.yaml', text: cm(data) } } : {}) });
}
const codes = (r: CompileResult): string[] => r.diagnostics.filter((d) => d.code.startsWith('IC315') && d.code !== 'IC3154').map((d) => `${d.code}${d.field ? ` ${d.field}` : ''}`);

test('the names nginx keeps: letters, digits and "-", and "_" with underscores_in_headers', () => {
  const dflt = { dropRequestHeaders: { underscore: true } };
  const underscores = { dropRequestHeaders: { underscore: false } };
  for (const n of ['X-Real-IP', 'x-1', 'A']) assert.equal(isDroppedHeader(dflt, n), false, n);
  for (const n of ['X_Real_IP', '_', 'X.Y', 'X~Y', 'X*Y', 'Xé']) assert.equal(isDroppedHeader(dflt, n), true, n);
  assert.equal(isDroppedHeader(underscores, 'X_Real_IP'), false);
  assert.equal(isDroppedHeader(underscores, 'X.Y'), true);
  assert.equal(isDroppedHeader({}, 'X.Y_Z'), false);
});

test('without a ConfigMap every live target drops them; Traefik and the Gateway API cannot, and say so (info)', () => {
  for (const t of ['nginx', 'haproxy', 'envoy', 'caddy'] as const) {
    const r = build(t);
    assert.ok(r.ok, t);
    assert.deepEqual(r.ir?.dropRequestHeaders, { underscore: true }, t);
    assert.ok(!r.diagnostics.some((d) => d.code === 'IC3157'), t);
  }
  for (const t of ['traefik', 'gateway-api'] as const) {
    const r = build(t);
    assert.ok(r.ok, t);
    assert.equal(r.ir?.dropRequestHeaders, undefined, t);
    const w = r.diagnostics.filter((d) => d.code === 'IC3157');
    assert.equal(w.length, 1, t);
    assert.equal(w[0]!.severity, 'info');
    assert.match(w[0]!.message, /X_Real_IP as X-Real-IP/);
  }
});

test('enable-underscores-in-headers "true": passed where the proxy can, refused on Caddy and the Gateway API', () => {
  for (const t of ['nginx', 'haproxy', 'envoy'] as const) {
    const r = build(t, { 'enable-underscores-in-headers': 'true' });
    assert.ok(r.ok, t);
    assert.deepEqual(r.ir?.dropRequestHeaders, { underscore: false }, t);
  }
  assert.deepEqual(codes(build('caddy', { 'enable-underscores-in-headers': 'true' })), ['IC3151 data.enable-underscores-in-headers']);
  assert.match(build('caddy', { 'enable-underscores-in-headers': 'true' }).diagnostics.find((d) => d.code === 'IC3151')!.message, /Caddy 2\.11 itself drops/);
  assert.deepEqual(codes(build('gateway-api', { 'enable-underscores-in-headers': 'true' })).filter((c) => c.startsWith('IC3151')), ['IC3151 data.enable-underscores-in-headers']);
  // Traefik passes them anyway; invalid names other than "_" are still not dropped there (IC3157).
  const tr = build('traefik', { 'enable-underscores-in-headers': 'true' });
  assert.ok(tr.ok);
  assert.deepEqual(codes(tr), ['IC3157']);
  // The default, written out: nothing to report on any target that drops.
  for (const t of ['nginx', 'caddy'] as const) assert.deepEqual(codes(build(t, { 'enable-underscores-in-headers': 'false', 'ignore-invalid-headers': 'true' })), [], t);
});

test('ignore-invalid-headers "false": nginx keeps every name; the others would answer 400 to some, refused', () => {
  const n = build('nginx', { 'ignore-invalid-headers': 'false' });
  assert.ok(n.ok);
  assert.equal(n.ir?.dropRequestHeaders, undefined);
  assert.match(n.files.find((f) => f.path === 'nginx.conf')!.content, /ignore_invalid_headers off;\n\s*underscores_in_headers on;/);
  for (const t of ['haproxy', 'envoy', 'caddy'] as const) {
    const r = build(t, { 'ignore-invalid-headers': 'false' });
    assert.deepEqual(codes(r), ['IC3153 data.ignore-invalid-headers'], t);
    assert.match(r.diagnostics.find((d) => d.code === 'IC3153')!.message, /answers 400 to a header name/, t);
  }
  for (const t of ['traefik', 'gateway-api'] as const) assert.ok(codes(build(t, { 'ignore-invalid-headers': 'false' })).includes('IC3151 data.ignore-invalid-headers'), t);
});

test('the outputs: nothing for nginx by default, the first rule or filter elsewhere', () => {
  const file = (t: TargetName, data?: Record<string, string>) => build(t, data).files.map((f) => f.content).join('\n');
  assert.doesNotMatch(file('nginx'), /underscores_in_headers|ignore_invalid_headers/);
  assert.match(file('nginx', { 'enable-underscores-in-headers': 'true' }), /underscores_in_headers on;/);
  const hap = file('haproxy');
  assert.ok(hap.indexOf('http-request del-header [^A-Za-z0-9-] -m reg') < hap.indexOf('http-request deny'), 'first http-request rule');
  assert.match(file('haproxy', { 'enable-underscores-in-headers': 'true' }), /http-request del-header \[\^A-Za-z0-9_-\] -m reg/);
  const envoy = JSON.stringify(JSON.parse(build('envoy').files.find((f) => f.path.endsWith('.json'))!.content));
  assert.match(envoy, /"headers_with_underscores_action":"DROP_HEADER"/);
  // The first HTTP filter (the normalisation) removes the other refused names before anything else.
  assert.match(envoy, /"http_filters":\[\{"name":"ingressc\.normalize"/);
  assert.ok(envoy.includes('function envoy_on_request(h)\\n  drop_refused_names(h)\\n'));
  assert.doesNotMatch(JSON.stringify(build('envoy', { 'enable-underscores-in-headers': 'true' }).files), /headers_with_underscores_action/);
  const caddy = JSON.parse(build('caddy').files.find((f) => f.path.endsWith('.json'))!.content) as { apps: { http: { servers: Record<string, { routes: { handle: { handler: string; request?: { delete?: string[] } }[] }[] }> } } };
  for (const s of Object.values(caddy.apps.http.servers)) assert.deepEqual(s.routes[0]!.handle[0]!.request?.delete?.slice(0, 3), ['*_*', '*!*', '*#*']);
});

test('match: the dropped headers are named, and decide nothing', () => {
  const ask = (headers: string[]) => match(SOURCES, { url: 'http://a.test/', headers }, { backends: BACKENDS });
  const under = ask(['X_Canary: always', 'X-Normal: 1']);
  assert.deepEqual(under.request?.droppedHeaders, ['X_Canary']);
  assert.equal(under.canary?.decidedBy, 'weight');
  assert.match(renderMatchText(under), /^dropped: X_Canary /m);
  const dash = ask(['X-Canary: always']);
  assert.equal(dash.request?.droppedHeaders, undefined);
  assert.deepEqual([dash.canary?.decidedBy, dash.canary?.toCanary], ['header', true]);
});
