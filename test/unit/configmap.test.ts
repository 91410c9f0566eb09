/**
 * The ingress-nginx controller ConfigMap (--controller-config): reading (NAMESPACE/NAME among the
 * inputs, or a file), value grammars and located diagnostics, precedence (an Ingress's annotation
 * replaces the ConfigMap's value; the ConfigMap's value replaces the built-in default), and what
 * each target does with a key it cannot honour (fail closed for access control).
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { compile, configMatrix, lint, routes, type CompileResult, type RouteTable, type TargetName } from '../../src/index.js';
import { TARGETS } from '../../src/options.js';
import { CONFIGMAP_KEYS } from '../../src/providers/ingress-nginx/configmap/keys.js';
import { HONOURED_KEYS, KEY_SUPPORT } from '../../src/providers/ingress-nginx/configmap/support.js';
import { HONOURED } from '../../src/lower/controller-config.js';
import { supportOf, unsupportedWhy } from '../../src/providers/ingress-nginx/support.js';

const A = 'nginx.ingress.kubernetes.io/';

const ingress = (name: string, path: string, annotations: Record<string, string> = {}, extra = ''): string => `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: ${name}
  namespace: shop
${Object.keys(annotations).length ? `  annotations:\n${Object.entries(annotations).map(([k, v]) => `    ${A}${k}: ${JSON.stringify(v)}\n`).join('')}` : ''}spec:
${extra}  rules:
  - host: a.test
    http:
      paths:
      - {path: ${path}, pathType: Prefix, backend: {service: {name: web, port: {number: 80}}}}
`;

/** The ConfigMap as a file; `data` keys start on line 7. */
const configMap = (data: Record<string, string>, name = 'ingress-nginx-controller', ns = 'ingress-nginx'): string => `apiVersion: v1
kind: ConfigMap
metadata:
  name: ${name}
  namespace: ${ns}
data:
${Object.entries(data).map(([k, v]) => `  ${k}: ${JSON.stringify(v)}\n`).join('')}`;

const BACKEND = ['shop/web:80=127.0.0.1:9'];
const ING = [{ path: 'app.yaml', text: ingress('app', '/') + '---\n' + ingress('admin', '/admin', { 'whitelist-source-range': '10.1.0.0/16', 'proxy-body-size': '8m', 'proxy-read-timeout': '5', 'ssl-redirect': 'true' }) }];

function build(data: Record<string, string>, target: TargetName = 'nginx', sources = ING): CompileResult {
  return compile(sources, { target, backends: BACKEND, controllerConfig: { path: 'cm.yaml', text: configMap(data) } });
}
const routeOf = (ir: RouteTable | undefined, path: string) => ir!.vhosts.flatMap((v) => [...v.exact, ...v.prefix]).find((r) => r.path === path)!;
const codes = (r: CompileResult) => r.diagnostics.map((d) => `${d.code} ${d.loc ? `${d.loc.file}:${d.loc.line}:${d.loc.col}` : ''}`.trim());

describe('registry', () => {
  test('every configmap.md key (and the two access-log keys config.go reads without a doc row) is listed once, sorted, with a kind; honoured keys are exactly the applied ones', () => {
    const keys = CONFIGMAP_KEYS.map((k) => k.key);
    assert.deepEqual(keys, [...keys].sort());
    assert.equal(new Set(keys).size, keys.length);
    assert.equal(keys.length, 196);
    for (const k of ['proxy-body-size', 'whitelist-source-range', 'hsts-max-age', 'log-format-upstream', 'custom-http-errors', 'allow-snippet-annotations', 'ssl-early-data', 'global-auth-always-set-cookie']) assert.ok(keys.includes(k), k);
    // use-regex is an annotation only: not a ConfigMap key.
    assert.ok(!keys.includes('use-regex'));
    assert.deepEqual([...HONOURED_KEYS].sort(), Object.keys(HONOURED).sort());
    // Each honoured key is an annotation's default, or a controller-wide setting with its own cells (not both).
    for (const k of HONOURED_KEYS) assert.ok(!CONFIGMAP_KEYS.find((c) => c.key === k)?.annotation !== !KEY_SUPPORT[k], k);
    for (const k of Object.keys(KEY_SUPPORT)) assert.ok(HONOURED_KEYS.has(k), k);
  });

  test('the matrix says what each target does: supported where the annotation is, else by kind', () => {
    const rows = configMatrix([...TARGETS]);
    const row = (k: string) => rows.find((r) => r.key === k)!;
    for (const t of TARGETS) {
      assert.equal(row('whitelist-source-range').targets[t]!.level === 'unsupported', !supportOf('whitelist-source-range', t), t);
      // Global external auth: where auth-url is (lower/auth.ts), else fail closed.
      assert.equal(row('global-auth-url').targets[t]!.level === 'unsupported', !supportOf('auth-url', t) || t === 'gateway-api', t);
      if (t === 'gateway-api') assert.deepEqual(row('global-auth-url').targets[t], { level: 'unsupported', otherwise: 'error', note: unsupportedWhy('auth-url', t) });
      // Every unsupported cell says why: the key's, the annotation's, or its family's reason.
      assert.deepEqual(row('log-format-upstream').targets[t], { level: 'unsupported', otherwise: 'warning', note: "ingressc compiles routing, not logging: access and error logs stay the proxy's own configuration" });
      assert.equal(row('http-snippet').targets[t]!.otherwise, 'refused');
      assert.match(row('http-snippet').targets[t]!.note ?? '', /never copies raw nginx text/);
    }
  });
});

describe('precedence', () => {
  test('ConfigMap values are the defaults; an Ingress annotation replaces them on its own routes', () => {
    const r = build({ 'whitelist-source-range': '10.0.0.0/8, 192.168.0.1', 'proxy-body-size': '2m', 'proxy-read-timeout': '30', 'proxy-connect-timeout': '7', 'client-body-buffer-size': '16k' });
    assert.ok(r.ok, JSON.stringify(r.diagnostics));
    const app = routeOf(r.ir, '/');
    assert.deepEqual(app.policies, { sourceAllow: ['10.0.0.0/8', '192.168.0.1/32'], maxBodyBytes: 2 * 1024 * 1024, bodyBufferSize: '16k', timeouts: { connect: 7, read: 30 } });
    const admin = routeOf(r.ir, '/admin');
    assert.deepEqual(admin.policies, { sourceAllow: ['10.1.0.0/16'], maxBodyBytes: 8 * 1024 * 1024, bodyBufferSize: '16k', timeouts: { connect: 7, read: 5 } });
  });

  test('allowlist-source-range (the alias) also replaces the global whitelist; denylist is separate', () => {
    const src = [{ path: 'a.yaml', text: ingress('a', '/', { 'allowlist-source-range': '10.9.0.0/16' }) }];
    const r = build({ 'whitelist-source-range': '10.0.0.0/8', 'denylist-source-range': '10.9.9.9' }, 'nginx', src);
    assert.ok(r.ok, JSON.stringify(r.diagnostics));
    assert.deepEqual(routeOf(r.ir, '/').policies, { sourceAllow: ['10.9.0.0/16'], sourceDeny: ['10.9.9.9/32'] });
  });

  test('without a ConfigMap (or an empty one) the built-in defaults stay: no limit, no list, the target\'s timeouts', () => {
    const plain = compile([{ path: 'a.yaml', text: ingress('a', '/') }], { backends: BACKEND });
    assert.equal(routeOf(plain.ir, '/').policies, undefined);
    const r = build({}, 'haproxy', [{ path: 'a.yaml', text: ingress('a', '/') }]);
    assert.ok(r.ok);
    assert.equal(routeOf(r.ir, '/').policies, undefined);
    // ingress-nginx's 1m default is not modelled: an info says so, at the ConfigMap's name (nginx
    // keeps its own default of 1m: no info there).
    assert.deepEqual(r.diagnostics.filter((d) => d.code === 'IC3154').map((d) => `${d.loc?.file}:${d.loc?.line}`), ['cm.yaml:4']);
    assert.ok(!build({}, 'nginx').diagnostics.some((d) => d.code === 'IC3154'));
    assert.ok(!build({ 'proxy-body-size': '1m' }, 'haproxy').diagnostics.some((d) => d.code === 'IC3154'));
  });

  test('ssl-redirect "false" turns the redirect off for Ingresses without the annotation; the annotation wins', () => {
    const tls = '  tls:\n  - hosts: [a.test]\n    secretName: cert\n';
    const on = ingress('redir', '/on', { 'ssl-redirect': 'true' }, tls).replace('a.test\n    http', 'b.test\n    http').replace('hosts: [a.test]', 'hosts: [b.test]');
    const src = [{ path: 'a.yaml', text: `${ingress('noredir', '/', {}, tls)}---\n${on}` }];
    const base = compile(src, { backends: BACKEND });
    assert.deepEqual(base.ir!.vhosts.map((v) => [v.name, v.tls?.sslRedirect]), [['a.test', true], ['b.test', true]]);
    const r = build({ 'ssl-redirect': 'false' }, 'nginx', src);
    assert.deepEqual(r.ir!.vhosts.map((v) => [v.name, v.tls?.sslRedirect]), [['a.test', false], ['b.test', true]]);
  });

  test('the same through NAMESPACE/NAME: the ConfigMap among the inputs is used, not reported as ignored', () => {
    const sources = [...ING, { path: 'cm.yaml', text: configMap({ 'proxy-body-size': '3m' }) }, { path: 'other.yaml', text: configMap({ 'proxy-body-size': '9m' }, 'other') }];
    const r = compile(sources, { backends: BACKEND, controllerConfig: 'ingress-nginx/ingress-nginx-controller' });
    assert.ok(r.ok, JSON.stringify(r.diagnostics));
    assert.equal(routeOf(r.ir, '/').policies?.maxBodyBytes, 3 * 1024 * 1024);
    // The other ConfigMap is ignored as before (IC1004); the selected one is not.
    assert.deepEqual(r.diagnostics.filter((d) => d.code === 'IC1004').map((d) => d.loc?.file), ['other.yaml']);
    // routes shows the same table.
    assert.ok(routes(sources, { backends: BACKEND, controllerConfig: 'ingress-nginx/ingress-nginx-controller' }).ok);
  });
});

describe('value grammars and located diagnostics', () => {
  test('the annotation grammars, located at the ConfigMap key (file:line:col)', () => {
    const r = build({ 'proxy-body-size': '15r', 'proxy-read-timeout': '5s', 'whitelist-source-range': '10.0.0.0/33', 'ssl-redirect': 'yes', 'client-body-buffer-size': '1g', 'http-redirect-code': '303', 'ssl-protocols': 'TLSv1.4', 'custom-http-errors': '404,abc' });
    assert.equal(r.ok, false);
    assert.deepEqual(codes(r).filter((c) => c.startsWith('IC2300')), ['IC2300 cm.yaml:7:3', 'IC2300 cm.yaml:8:3', 'IC2300 cm.yaml:9:3', 'IC2300 cm.yaml:10:3', 'IC2300 cm.yaml:11:3', 'IC2300 cm.yaml:12:3', 'IC2300 cm.yaml:13:3', 'IC2300 cm.yaml:14:3']);
    const msg = r.diagnostics.find((d) => d.loc?.line === 8)!.message;
    assert.match(msg, /key proxy-read-timeout: expected whole seconds/);
  });

  test('unknown keys and annotation-only keys are located warnings; non-string values errors', () => {
    const r = build({ 'proxy-bodysize': '1m', 'use-regex': 'true' });
    assert.deepEqual(codes(r), ['IC2301 cm.yaml:7:3', 'IC2301 cm.yaml:8:3']);
    assert.match(r.diagnostics.find((d) => d.loc?.line === 8)!.message, /it is an annotation: set nginx.ingress.kubernetes.io\/use-regex on the Ingress/);
    assert.match(build({ 'allowlist-source-range': '10.0.0.0/8' }).diagnostics.find((d) => d.code === 'IC2301')!.message, /the ConfigMap key is still whitelist-source-range/);
    const unquoted = compile(ING, { backends: BACKEND, controllerConfig: { path: 'cm.yaml', text: configMap({}).replace(/^data:\n/m, 'data:\n  ssl-redirect: false\n') } });
    assert.deepEqual(codes(unquoted).filter((c) => c.startsWith('IC2304')), ['IC2304 cm.yaml:7:17']);
  });

  test('snippet keys are refused unless --allow-snippets, then a warning (never emitted)', () => {
    assert.ok(codes(build({ 'http-snippet': 'add_header X-Snippet-Marker 1;' })).includes('IC2302 cm.yaml:7:3'));
    const ok = compile(ING, { backends: BACKEND, allowSnippets: true, controllerConfig: { path: 'cm.yaml', text: configMap({ 'http-snippet': 'add_header X-Snippet-Marker 1;' }) } });
    assert.ok(ok.ok);
    assert.ok(codes(ok).includes('IC2303 cm.yaml:7:3'));
    assert.ok(!ok.files.some((f) => f.content.includes('add_header X-Snippet-Marker 1;')));
    // allow-snippet-annotations: "true" does not make ingressc accept snippet annotations.
    const src = [{ path: 's.yaml', text: ingress('s', '/', { 'configuration-snippet': 'return 200;' }) }];
    const r = build({ 'allow-snippet-annotations': 'true' }, 'nginx', src);
    assert.deepEqual(codes(r).filter((c) => /IC2080|IC2306/.test(c)), ['IC2306 cm.yaml:7:3', 'IC2080 s.yaml:7:5']);
  });

  test('keys set to ingress-nginx\'s default change nothing and are not reported', () => {
    const r = build({ hsts: 'true', 'use-forwarded-headers': 'false', 'server-tokens': 'false', 'http-redirect-code': '308', 'annotations-risk-level': 'High', 'whitelist-source-range': '' });
    assert.ok(r.ok);
    assert.deepEqual(codes(r).filter((c) => !c.startsWith('IC3154')), []);
  });
});

describe('targets', () => {
  test('disable-ipv6: "true" compiles on every target (ingressc listens on IPv6 only when told to); "maybe" is IC2300', () => {
    for (const t of TARGETS) {
      const r = build({ 'disable-ipv6': 'true' }, t, [{ path: 'a.yaml', text: ingress('a', '/') }]);
      assert.ok(r.ok, `${t}: ${JSON.stringify(r.diagnostics)}`);
      assert.deepEqual(codes(r).filter((c) => c.includes('cm.yaml') && !c.startsWith('IC3154')), [], t);
    }
    assert.deepEqual(codes(build({ 'disable-ipv6': 'maybe' })).filter((c) => c.startsWith('IC2300')), ['IC2300 cm.yaml:7:3']);
  });

  test('whitelist-source-range fails closed where the target cannot enforce it (IC3150 at the key)', () => {
    for (const t of TARGETS) {
      const r = build({ 'whitelist-source-range': '10.0.0.0/8' }, t, [{ path: 'a.yaml', text: ingress('a', '/') }]);
      if (supportOf('whitelist-source-range', t)) assert.ok(r.ok, `${t}: ${JSON.stringify(r.diagnostics)}`);
      else {
        assert.equal(r.ok, false, t);
        assert.deepEqual(codes(r).filter((c) => c.startsWith('IC3150')), ['IC3150 cm.yaml:7:3'], t);
        assert.equal(r.files.length, 0);
      }
    }
  });

  test('an Ingress that sets its own allow list needs no global one: no IC3150 when every Ingress overrides', () => {
    const src = [{ path: 'a.yaml', text: ingress('a', '/', { 'whitelist-source-range': '10.0.0.0/8' }) }];
    const r = build({ 'whitelist-source-range': '10.0.0.0/8' }, 'gateway-api', src);
    assert.ok(!codes(r).some((c) => c.startsWith('IC3150')));
  });

  test('routing keys not honoured are errors, tuning keys warnings, both located', () => {
    const r = build({ 'ssl-reject-handshake': 'true', 'bind-address': '10.0.0.1', 'log-format-upstream': '$remote_addr', 'limit-rate': '100' }, 'haproxy');
    assert.deepEqual(codes(r).filter((c) => /IC315[0-2]/.test(c)), ['IC3151 cm.yaml:7:3', 'IC3151 cm.yaml:8:3', 'IC3152 cm.yaml:9:3', 'IC3150 cm.yaml:10:3']);
  });

  test('a timeout the target does not honour is one warning; Envoy refuses a body limit beyond 4 GiB', () => {
    assert.ok(codes(build({ 'proxy-send-timeout': '9' }, 'envoy')).includes('IC3152 cm.yaml:7:3'));
    assert.ok(codes(build({ 'proxy-body-size': '5g' }, 'envoy', [{ path: 'a.yaml', text: ingress('a', '/') }])).includes('IC3153 cm.yaml:7:3'));
  });

  test('lint reports each target\'s ConfigMap findings', () => {
    const r = lint([...ING, { path: 'cm.yaml', text: configMap({ 'whitelist-source-range': '10.0.0.0/8' }) }], { targets: ['nginx', 'gateway-api'], controllerConfig: 'ingress-nginx/ingress-nginx-controller' });
    assert.deepEqual(r.diagnostics.filter((d) => d.code === 'IC3150').map((d) => d.target), ['gateway-api']);
  });
});

describe('selection', () => {
  test('a missing ConfigMap is IC5030; two with the same NAMESPACE/NAME are IC2307 at the second', () => {
    const missing = compile(ING, { backends: BACKEND, controllerConfig: 'ingress-nginx/nope' });
    assert.deepEqual(codes(missing), ['IC5030 --controller-config:1:1']);
    const twice = compile([...ING, { path: 'c1.yaml', text: configMap({}) }, { path: 'c2.yaml', text: configMap({}) }], { backends: BACKEND, controllerConfig: 'ingress-nginx/ingress-nginx-controller' });
    assert.deepEqual(codes(twice).filter((c) => c.startsWith('IC2307')), ['IC2307 c2.yaml:4:9']);
    assert.match(twice.diagnostics.find((d) => d.code === 'IC2307')!.message, /c1\.yaml:4:9/);
    assert.deepEqual(codes(compile(ING, { controllerConfig: 'not a name' })), ['IC5030 --controller-config:1:1']);
  });

  test('a file must hold exactly one v1 ConfigMap', () => {
    const two = compile(ING, { backends: BACKEND, controllerConfig: { path: 'cm.yaml', text: `${configMap({})}---\n${configMap({}, 'x')}` } });
    assert.deepEqual(codes(two), ['IC2305 cm.yaml:1:1']);
    const wrong = compile(ING, { backends: BACKEND, controllerConfig: { path: 'cm.yaml', text: 'apiVersion: v1\nkind: Secret\nmetadata: {name: x}\n' } });
    assert.deepEqual(codes(wrong), ['IC2305 cm.yaml:2:7']);
  });
});

describe('keys read only under another key', () => {
  const cm = (data: Record<string, string>): string => `apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c, namespace: ingress-nginx}\ndata:\n${Object.entries(data).map(([k, v]) => `  ${k}: ${JSON.stringify(v)}\n`).join('')}`;
  const errs = (data: Record<string, string>): string[] =>
    // Traefik has no realip mode (nginx, HAProxy, Envoy, Caddy honour these keys: test/e2e/forwarded-headers-configmap.test.ts).
    compile([{ path: 'a.yaml', text: ingress('a', '/') }], { target: 'traefik', backends: BACKEND, controllerConfig: { path: 'cm.yaml', text: cm(data) } })
      .diagnostics.filter((d) => d.severity === 'error')
      .map((d) => `${d.code} ${d.loc?.line}`);
  test('compute-full-forwarded-for and proxy-real-ip-cidr change nothing without use-forwarded-headers (nginx.tmpl)', () => {
    assert.deepEqual(errs({ 'compute-full-forwarded-for': 'true', 'proxy-real-ip-cidr': '10.0.0.0/8' }), []);
    assert.deepEqual(errs({ 'compute-full-forwarded-for': 'true', 'use-forwarded-headers': 'true' }), ['IC3151 5', 'IC3151 6']);
    assert.deepEqual(errs({ 'enable-real-ip': 'true', 'proxy-real-ip-cidr': '10.0.0.0/8' }), ['IC3151 5', 'IC3151 6']);
  });
});
