/**
 * The backends family (backend-protocol, proxy-ssl-*, service-upstream): the reader's anchored
 * grammars (families/backends.ts) and what lowering decides (lower/backends.ts): the protocol and
 * TLS of each route's upstream, nginx's host-wide proxy_ssl inheritance, the Secret checks, and
 * service-upstream's first-Ingress rule.
 */
import assert from 'node:assert/strict';
import { ORACLES } from '../fuzz/oracles.js';
import { describe, test } from 'node:test';
import { compile, type CompileResult } from '../../src/index.js';
import { readBackendKey, type BackendSettings } from '../../src/providers/ingress-nginx/families/backends.js';
import { makeBackendCa, signLeaf } from '../harness/ca.js';

const A = 'nginx.ingress.kubernetes.io/';

describe('backends reader grammar', () => {
  const read = (name: string, value: string): { ok: BackendSettings } | { problem: string; code?: string } => {
    const into: BackendSettings = {};
    const p = readBackendKey(name, value, into);
    return p ? { problem: p.detail, ...(p.code ? { code: p.code } : {}) } : { ok: into };
  };

  test('backend-protocol: the five protocols, any case, trimmed (ingress-nginx ValidateOptions(…, false, true))', () => {
    for (const [v, want, upper] of [
      ['HTTP', 'HTTP', true],
      ['https', 'HTTPS', false],
      ['GRPC', 'GRPC', true],
      ['grpcs', 'GRPCS', false],
      ['Auto_Http', 'AUTO_HTTP', false],
      [' HTTPS ', 'HTTPS', true],
    ] as const) {
      const r = read('backend-protocol', v);
      assert.ok('ok' in r, v);
      assert.equal(r.ok.protocol, want);
      assert.equal(r.ok.protocolUpperCase, upper);
    }
  });

  test('backend-protocol: FCGI is its own error, anything else says what is expected', () => {
    const f = read('backend-protocol', 'fcgi');
    assert.ok('problem' in f && f.code === 'IC2220');
    for (const v of ['', 'HTTP2', 'h2c', 'HTTPS;', 'AUTO-HTTP', 'FCGI2']) {
      const r = read('backend-protocol', v);
      assert.ok('problem' in r && r.code === undefined, JSON.stringify(v));
      assert.match(r.problem, /expected one of HTTP, HTTPS, GRPC, GRPCS, AUTO_HTTP/);
    }
  });

  test('proxy-ssl-secret: namespace/name only (k8s.ParseNameNS)', () => {
    const r = read('proxy-ssl-secret', 'default/backend-ca');
    assert.ok('ok' in r);
    assert.deepEqual(r.ok.sslSecret, { namespace: 'default', name: 'backend-ca' });
    for (const v of ['backend-ca', 'a/b/c', '/x', 'x/', 'Default/x', 'ns/x_y', 'ns/x y']) assert.ok('problem' in read('proxy-ssl-secret', v), v);
  });

  test('proxy-ssl-verify and proxy-ssl-server-name: exactly "on" or "off"', () => {
    for (const k of ['proxy-ssl-verify', 'proxy-ssl-server-name']) {
      assert.ok('ok' in read(k, 'on') && 'ok' in read(k, 'off'));
      for (const v of ['ON', 'true', '1', ' on', 'yes', '']) assert.ok('problem' in read(k, v), `${k}=${v}`);
    }
    const on = read('proxy-ssl-verify', 'on');
    assert.ok('ok' in on && on.ok.sslVerify === true);
  });

  test('proxy-ssl-verify-depth: 0..100 (0 = the default, 1)', () => {
    for (const [v, n] of [['0', 0], ['1', 1], ['+2', 2], ['100', 100]] as const) {
      const r = read('proxy-ssl-verify-depth', v);
      assert.ok('ok' in r && r.ok.sslVerifyDepth === n, v);
    }
    for (const v of ['-1', '101', '1.5', 'one', '']) assert.ok('problem' in read('proxy-ssl-verify-depth', v), v);
  });

  test('proxy-ssl-ciphers: OpenSSL cipher-list characters only', () => {
    assert.ok('ok' in read('proxy-ssl-ciphers', 'HIGH:!AES'));
    assert.ok('ok' in read('proxy-ssl-ciphers', 'ECDHE-RSA-AES128-GCM-SHA256:+AES'));
    for (const v of ['', 'HIGH AES', 'HIGH;', 'HIGH"', '$x']) assert.ok('problem' in read('proxy-ssl-ciphers', v), v);
  });

  test('proxy-ssl-protocols: TLSv1.2 and/or TLSv1.3, sorted and deduplicated (sortProtocols)', () => {
    const r = read('proxy-ssl-protocols', 'TLSv1.3 TLSv1.2  TLSv1.3');
    assert.ok('ok' in r);
    assert.deepEqual(r.ok.sslProtocols, ['TLSv1.2', 'TLSv1.3']);
    for (const v of ['', ' ', 'TLSv1.1', 'TLSv1.2,TLSv1.3', 'TLSv1.2TLSv1.3', 'tlsv1.2']) assert.ok('problem' in read('proxy-ssl-protocols', v), JSON.stringify(v));
  });

  test('proxy-ssl-name: a DNS name (no nginx variables)', () => {
    assert.ok('ok' in read('proxy-ssl-name', 'backend.example.com'));
    assert.ok('ok' in read('proxy-ssl-name', 'svc.ns.svc.cluster.local.'));
    for (const v of ['$host', 'a b', '', 'a..b', '-a.b', 'x'.repeat(64)]) assert.ok('problem' in read('proxy-ssl-name', v), v);
  });
});

const ca = makeBackendCa('unit-backend-ca');
const client = signLeaf(ca, ['unit-client']);
const b64 = (s: string): string => Buffer.from(s).toString('base64');

const ing = (name: string, host: string, annotations: Record<string, string>, service = 'echo'): string => `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: ${name}
  namespace: default
  creationTimestamp: "2024-01-0${name.length % 9 + 1}T00:00:00Z"
  annotations: ${JSON.stringify(Object.fromEntries(Object.entries(annotations).map(([k, v]) => [A + k, v])))}
spec:
  rules:
  - host: ${host}
    http:
      paths:
      - {path: /${name}, pathType: Prefix, backend: {service: {name: ${service}, port: {number: 80}}}}
`;
const secret = (keys: { ca?: boolean; client?: boolean; badCa?: boolean }, name = 'backend-ca'): string =>
  `apiVersion: v1\nkind: Secret\nmetadata: {name: ${name}, namespace: default}\ntype: Opaque\ndata:\n${keys.ca ? `  ca.crt: ${b64(ca.cert)}\n` : ''}${keys.badCa ? `  ca.crt: ${b64('not a certificate')}\n` : ''}${keys.client ? `  tls.crt: ${b64(client.cert)}\n  tls.key: ${b64(client.key)}\n` : ''}`;
const run = (...docs: string[]): CompileResult => compile([{ path: 'in.yaml', text: docs.join('---\n') }], { target: 'nginx', backends: ['default/echo:80=127.0.0.1:9', 'default/other:80=127.0.0.1:10'] });
const codes = (r: CompileResult): string[] => r.diagnostics.map((d) => d.code);
const upstreamOf = (r: CompileResult, path: string) => {
  const route = r.ir!.vhosts.flatMap((v) => [...v.exact, ...v.prefix]).find((x) => x.path === path)!;
  return r.ir!.upstreams.find((u) => u.id === route.upstream)!;
};

describe('backends lowering', () => {
  test('HTTPS without proxy-ssl-secret: TLS with no SNI and no verification; the upstream is a variant', () => {
    const r = run(ing('a', 'a.test', { 'backend-protocol': 'HTTPS' }));
    assert.ok(r.ok, codes(r).join());
    const u = upstreamOf(r, '/a');
    assert.equal(u.protocol, 'https');
    assert.equal(u.tls, undefined);
    assert.equal(u.id, 'default_echo_80_https');
  });

  test('proxy-ssl-secret with ca.crt: ingress-nginx defaults (verify off, TLSv1.2), verify on checks "upstream_balancer" with a warning', () => {
    const r = run(ing('a', 'a.test', { 'backend-protocol': 'HTTPS', 'proxy-ssl-secret': 'default/backend-ca' }), ing('bb', 'b.test', { 'backend-protocol': 'HTTPS', 'proxy-ssl-secret': 'default/backend-ca', 'proxy-ssl-verify': 'on', 'proxy-ssl-server-name': 'on' }), secret({ ca: true }));
    assert.ok(r.ok, codes(r).join());
    assert.deepEqual(upstreamOf(r, '/a').tls, { versions: ['TLSv1.2'] });
    assert.deepEqual(upstreamOf(r, '/bb').tls, { sni: 'upstream_balancer', verify: { ca: 'default-backend-ca', name: 'upstream_balancer', depth: 1 }, versions: ['TLSv1.2'] });
    assert.ok(codes(r).includes('IC3113'));
    assert.equal(r.files.find((f) => f.path === 'certs/default-backend-ca.ca.crt')?.content, ca.cert);
  });

  test('proxy-ssl-verify on without a CA is an error, never silently unverified', () => {
    const noSecret = run(ing('a', 'a.test', { 'backend-protocol': 'HTTPS', 'proxy-ssl-verify': 'on' }));
    assert.equal(noSecret.ok, false);
    assert.ok(noSecret.diagnostics.some((d) => d.code === 'IC3111' && d.loc?.line === 7));
    const clientOnly = run(ing('a', 'a.test', { 'backend-protocol': 'HTTPS', 'proxy-ssl-secret': 'default/backend-ca', 'proxy-ssl-verify': 'on' }), secret({ client: true }));
    assert.equal(clientOnly.ok, false);
    assert.ok(codes(clientOnly).includes('IC3111'));
  });

  test('a missing, unusable or cross-namespace Secret is a located error', () => {
    const missing = run(ing('a', 'a.test', { 'backend-protocol': 'HTTPS', 'proxy-ssl-secret': 'default/nope' }));
    assert.ok(missing.diagnostics.some((d) => d.code === 'IC3110' && d.severity === 'error' && d.loc?.line === 7));
    const bad = run(ing('a', 'a.test', { 'backend-protocol': 'HTTPS', 'proxy-ssl-secret': 'default/backend-ca' }), secret({ badCa: true }));
    assert.ok(codes(bad).includes('IC3119'));
    const cross = run(ing('a', 'a.test', { 'backend-protocol': 'HTTPS', 'proxy-ssl-secret': 'other/backend-ca' }));
    assert.ok(codes(cross).includes('IC3118'));
  });

  test('proxy-ssl-* without proxy-ssl-secret, or with an HTTP backend, are warned about as having no effect', () => {
    const r = run(ing('a', 'a.test', { 'backend-protocol': 'HTTPS', 'proxy-ssl-name': 'x.test', 'proxy-ssl-server-name': 'on' }));
    assert.ok(r.ok);
    assert.equal(codes(r).filter((c) => c === 'IC3112').length, 2);
    assert.equal(upstreamOf(r, '/a').tls, undefined);
    const http = run(ing('a', 'a.test', { 'proxy-ssl-secret': 'default/backend-ca' }), secret({ ca: true }));
    assert.ok(http.ok && codes(http).includes('IC3112'));
    assert.equal(upstreamOf(http, '/a').protocol, undefined);
  });

  test('host-wide inheritance: another Ingress on the host without proxy-ssl gets the first CA Ingress\'s verification (nginx server-level proxy_ssl_*)', () => {
    const r = run(
      ing('a', 'a.test', { 'backend-protocol': 'HTTPS', 'proxy-ssl-secret': 'default/backend-ca', 'proxy-ssl-verify': 'on', 'proxy-ssl-name': 'backend.test', 'proxy-ssl-server-name': 'on' }),
      ing('bb', 'a.test', { 'backend-protocol': 'HTTPS' }),
      ing('cc', 'c.test', { 'backend-protocol': 'HTTPS' }),
      secret({ ca: true, client: true }),
    );
    assert.ok(r.ok, codes(r).join());
    const own = upstreamOf(r, '/a').tls;
    assert.deepEqual(upstreamOf(r, '/bb').tls, own);
    assert.deepEqual(own?.clientCertificate, 'default-backend-ca');
    assert.equal(upstreamOf(r, '/cc').tls, undefined);
  });

  test('ConfigMap proxy-ssl-location-only "true": no host-wide inheritance, each route has its own Ingress\'s proxy-ssl-* only', () => {
    const docs = [
      ing('a', 'a.test', { 'backend-protocol': 'HTTPS', 'proxy-ssl-secret': 'default/backend-ca', 'proxy-ssl-verify': 'on', 'proxy-ssl-name': 'backend.test', 'proxy-ssl-server-name': 'on' }),
      ing('bb', 'a.test', { 'backend-protocol': 'HTTPS' }),
      secret({ ca: true, client: true }),
    ].join('---\n');
    const cm = (v: string) => ({ path: 'cm.yaml', text: `apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c, namespace: ingress-nginx}\ndata: {proxy-ssl-location-only: "${v}"}\n` });
    for (const target of ['nginx', 'haproxy', 'envoy', 'caddy', 'traefik'] as const) {
      const go = (v: string) => compile([{ path: 'in.yaml', text: docs }], { target, backends: ['default/echo:80=127.0.0.1:9'], controllerConfig: cm(v) });
      const on = go('true');
      assert.ok(on.ok, codes(on).join());
      assert.ok(!codes(on).some((c) => c === 'IC3151' || c === 'IC3152'), `${target}: ${codes(on).join()}`);
      assert.equal(upstreamOf(on, '/a').tls?.verify?.name, 'backend.test');
      assert.equal(upstreamOf(on, '/bb').tls, undefined, target);
      const off = go('false');
      assert.deepEqual(upstreamOf(off, '/bb').tls, upstreamOf(off, '/a').tls, target);
    }
  });

  test('lower-case grpc: gRPC, but the timeouts have no effect (nginx.tmpl compares "GRPC")', () => {
    const r = run(ing('a', 'a.test', { 'backend-protocol': 'grpc', 'proxy-read-timeout': '5' }), ing('bb', 'b.test', { 'backend-protocol': 'GRPC', 'proxy-read-timeout': '5' }));
    assert.ok(r.ok);
    assert.ok(codes(r).includes('IC3116'));
    const routes = r.ir!.vhosts.flatMap((v) => v.prefix);
    assert.equal(routes.find((x) => x.path === '/a')!.policies, undefined);
    assert.deepEqual(routes.find((x) => x.path === '/bb')!.policies?.timeouts, { read: 5 });
  });

  test('lower-case grpc: only the timeouts are dropped, the route keeps its other extras (response rewrites)', () => {
    const r = run(ing('a', 'a.test', { 'backend-protocol': 'grpc', 'proxy-read-timeout': '5', 'proxy-cookie-path': '/one/ /' }));
    assert.ok(r.ok, codes(r).join());
    const route = r.ir!.vhosts.flatMap((v) => v.prefix).find((x) => x.path === '/a')!;
    assert.equal(route.policies, undefined);
    assert.deepEqual(route.responseRewrites, { cookiePath: { from: '/one/', to: '/' } });
  });

  test('service-upstream: ClusterIP and Service port; the first Ingress naming the Service port decides; headless falls back', () => {
    const svc = (clusterIP: string): string => `apiVersion: v1\nkind: Service\nmetadata: {name: web, namespace: default}\nspec:\n  clusterIP: ${clusterIP}\n  ports: [{name: http, port: 80}]\n---\napiVersion: discovery.k8s.io/v1\nkind: EndpointSlice\nmetadata: {name: web-1, namespace: default, labels: {kubernetes.io/service-name: web}}\naddressType: IPv4\nports: [{name: http, port: 8080}]\nendpoints:\n- addresses: [10.1.0.5]\n`;
    const r = compile([{ path: 'in.yaml', text: [ing('a', 'a.test', { 'service-upstream': 'true' }, 'web'), ing('bb', 'b.test', { 'service-upstream': 'false' }, 'web'), svc('10.96.0.20')].join('---\n') }], { target: 'nginx' });
    assert.ok(r.ok, codes(r).join());
    assert.deepEqual(upstreamOf(r, '/a').endpoints, [{ kind: 'ip', host: '10.96.0.20', port: 80 }]);
    assert.equal(upstreamOf(r, '/bb').id, upstreamOf(r, '/a').id);
    assert.ok(codes(r).includes('IC3114'));
    const headless = compile([{ path: 'in.yaml', text: [ing('a', 'a.test', { 'service-upstream': 'true' }, 'web'), svc('None')].join('---\n') }], { target: 'nginx' });
    assert.ok(codes(headless).includes('IC3115'));
    assert.deepEqual(upstreamOf(headless, '/a').endpoints, [{ kind: 'ip', host: '10.1.0.5', port: 8080 }]);
  });

  test('service-upstream in the controller ConfigMap is the default; the annotation "false" overrides it', () => {
    const svc = `apiVersion: v1\nkind: Service\nmetadata: {name: echo, namespace: default}\nspec:\n  clusterIP: 10.96.0.30\n  ports: [{port: 80}]\n---\napiVersion: discovery.k8s.io/v1\nkind: EndpointSlice\nmetadata: {name: echo-1, namespace: default, labels: {kubernetes.io/service-name: echo}}\naddressType: IPv4\nports: [{port: 8080}]\nendpoints:\n- addresses: [10.1.0.9]\n`;
    const controllerConfig = { path: 'cm.yaml', text: 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c, namespace: ingress-nginx}\ndata: {service-upstream: "true"}\n' };
    const r = compile([{ path: 'in.yaml', text: [ing('a', 'a.test', {}), svc].join('---\n') }], { target: 'nginx', controllerConfig });
    assert.ok(r.ok, codes(r).join());
    assert.deepEqual(upstreamOf(r, '/a').endpoints, [{ kind: 'ip', host: '10.96.0.30', port: 80 }]);
    const off = compile([{ path: 'in.yaml', text: [ing('a', 'a.test', { 'service-upstream': 'false' }), svc].join('---\n') }], { target: 'nginx', controllerConfig });
    assert.deepEqual(upstreamOf(off, '/a').endpoints, [{ kind: 'ip', host: '10.1.0.9', port: 8080 }]);
  });

  test('proxy-ssl-* on Caddy: verified against the CA file with server_name; the oracle reads it back', () => {
    const text = ing('a', 'a.test', { 'backend-protocol': 'HTTPS', 'proxy-ssl-secret': 'default/backend-ca', 'proxy-ssl-verify': 'on', 'proxy-ssl-name': 'backend.test' });
    const r = compile([{ path: 'in.yaml', text }], { target: 'caddy', backends: ['default/echo:80=127.0.0.1:9'], certFiles: [{ path: 'certs/default-backend-ca.ca.crt', text: ca.cert }] });
    assert.ok(r.ok, codes(r).join());
    assert.match(r.files.find((f) => f.path === 'caddy.json')!.content, /"tls": \{"root_ca_pem_files": \["certs\/default-backend-ca\.ca\.crt"\], "server_name": "backend\.test"\}/);
    assert.ok(r.files.some((f) => f.path === 'certs/default-backend-ca.ca.crt'));
    assert.deepEqual(ORACLES.caddy(r.ir!, r.files), []);
    const tampered = r.files.map((f) => ({ ...f, content: f.content.replace('"server_name": "backend.test"', '"server_name": "evil.test"') }));
    assert.notDeepEqual(ORACLES.caddy(r.ir!, tampered), []);
  });

  test('--certs DIR: <id>.ca.crt stands for a proxy-ssl-secret Secret not in the inputs', () => {
    const text = ing('a', 'a.test', { 'backend-protocol': 'HTTPS', 'proxy-ssl-secret': 'default/backend-ca', 'proxy-ssl-verify': 'on', 'proxy-ssl-name': 'backend.test' });
    const r = compile([{ path: 'in.yaml', text }], { target: 'nginx', backends: ['default/echo:80=127.0.0.1:9'], certFiles: [{ path: 'certs/default-backend-ca.ca.crt', text: ca.cert }] });
    assert.ok(r.ok, codes(r).join());
    assert.equal(upstreamOf(r, '/a').tls?.verify?.ca, 'default-backend-ca');
    assert.equal(r.files.find((f) => f.path === 'certs/default-backend-ca.ca.crt')?.content, ca.cert);
    const bad = compile([{ path: 'in.yaml', text }], { target: 'nginx', backends: ['default/echo:80=127.0.0.1:9'], certFiles: [{ path: 'certs/default-backend-ca.ca.crt', text: 'nope' }] });
    assert.ok(codes(bad).includes('IC1023') && codes(bad).includes('IC3110'));
  });

  test('a canary on a route with a backend protocol is reached with that protocol (the canary Service\'s variant); the canary Ingress\'s own is ignored', () => {
    const canary = `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: a-canary
  namespace: default
  annotations: {nginx.ingress.kubernetes.io/canary: "true", nginx.ingress.kubernetes.io/canary-weight: "50"}
spec:
  rules:
  - host: a.test
    http:
      paths:
      - {path: /a, pathType: Prefix, backend: {service: {name: other, port: {number: 80}}}}
`;
    const r = run(ing('a', 'a.test', { 'backend-protocol': 'HTTPS' }), canary);
    assert.ok(r.ok, codes(r).join());
    const route = r.ir!.vhosts.flatMap((v) => [...v.exact, ...v.prefix]).find((x) => x.canary)!;
    assert.equal(r.ir!.upstreams.find((u) => u.id === route.canary!.upstream)?.protocol, 'https');
    // The canary Ingress's own backend-protocol is ignored, as ingress-nginx does.
    const own = run(ing('a', 'a.test', { 'backend-protocol': 'HTTPS' }), canary.replace('canary-weight: "50"', 'canary-weight: "50", nginx.ingress.kubernetes.io/backend-protocol: GRPC'));
    const ownRoute = own.ir!.vhosts.flatMap((v) => [...v.exact, ...v.prefix]).find((x) => x.canary)!;
    assert.equal(own.ir!.upstreams.find((u) => u.id === ownRoute.canary!.upstream)?.protocol, 'https');
    const plain = run(ing('a', 'a.test', {}), canary);
    assert.ok(plain.ok, codes(plain).join());
  });

  test('AUTO_HTTP on HAProxy: a TLS twin of the backend, chosen on TLS connections', () => {
    const r = compile([{ path: 'in.yaml', text: ing('a', 'a.test', { 'backend-protocol': 'AUTO_HTTP' }) }], { target: 'haproxy', backends: ['default/echo:80=127.0.0.1:9'] });
    assert.ok(r.ok, codes(r).join());
    const cfg = r.files.find((f) => f.path === 'haproxy.cfg')!.content;
    // After ingress-nginx's retry defaults (haproxy/upstream-tuning.ts).
    assert.match(cfg, /backend be_default_echo_80_auto-http\n(?:\s+(?:retries|option|retry-on|http-request disable-l7-retry) .*\n)*\s+server s1 127\.0\.0\.1:9\n/);
    assert.match(cfg, /backend be_default_echo_80_auto-http\.tls\n(?:\s+(?:retries|option|retry-on|http-request disable-l7-retry) .*\n)*\s+server s1 127\.0\.0\.1:9 ssl verify none\n/);
    assert.match(cfg, /concat\(\.tls\) if \{ ssl_fc \} \{ var\(txn\.be\) -m sub _auto-http \}/);
  });

  test('AUTO_HTTP is refused where the target cannot choose TLS per request', () => {
    for (const target of ['gateway-api'] as const) {
      const r = compile([{ path: 'in.yaml', text: ing('a', 'a.test', { 'backend-protocol': 'AUTO_HTTP' }) }], { target, backends: ['default/echo:80=127.0.0.1:9'] });
      assert.equal(r.ok, false);
      assert.ok(codes(r).includes('IC3071'), target);
    }
  });
});
