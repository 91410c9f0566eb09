// ingress-nginx's end-to-end tests of upstream-vhost and the proxy timeouts, ported as HTTP
// behaviour and run live on every proxy target (the e2e tests assert nginx.conf text; each case
// says what that text means for a request). Sources, in ingress-nginx v1.15.1 test/e2e/annotations/:
//   upstreamvhost.go  It("set host to upstreamvhost.bar.com")
//   proxy.go          It("should set valid proxy timeouts"), It("should not set invalid proxy timeouts")
// and kubernetes-sigs/ingress2gateway @ 89ab0cdd provider_ingressnginx_test.go TestIngressNGINXTimeouts.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { compile, type SourceFile, type TargetName } from '../../../src/index.js';
import { PROXY_KINDS } from '../../harness/index.js';
import type { TableCase } from '../../e2e/route-table.js';
import { checkReply, compileCase, describeRequest, runRouteTable } from '../../e2e/run-table.js';
import { modelOptionsFromStatic, TraefikModel } from '../../traefik/evaluate.js';
import { readOutput } from '../../traefik/output.js';
import { traefikValidator } from '../../traefik/strict-schema.js';
import { validateStream } from '../../gateway-api/crd-validator.js';
import { modelOf } from '../../gateway-api/output.js';

const NGINX = 'nginx.ingress.kubernetes.io/';

/** framework.NewSingleIngress(host, "/", host, ns, echo, 80, annotations), plus optional extra paths. */
function ingress(name: string, host: string, annotations: Record<string, string>, paths: [string, string][] = [['/', 'echo']]): SourceFile {
  const ann = Object.entries(annotations).map(([k, v]) => `    ${NGINX}${k}: ${JSON.stringify(v)}\n`).join('');
  const p = paths.map(([path, svc]) => `      - {path: ${path}, pathType: Prefix, backend: {service: {name: ${svc}, port: {number: 80}}}}\n`).join('');
  return {
    path: `${name}.yaml`,
    text: `apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata:\n  name: ${name}\n${ann ? `  annotations:\n${ann}` : ''}spec:\n  rules:\n  - host: ${host}\n    http:\n      paths:\n${p}`,
  };
}

const CASES: TableCase[] = [
  {
    // upstreamvhost.go It("set host to upstreamvhost.bar.com"): nginx.conf has
    // `proxy_set_header Host "upstreamvhost.bar.com";` in the host's location, i.e. the backend
    // receives that Host. ingress-nginx sets it per location: another Ingress's path on the same
    // host keeps the client's Host.
    name: 'upstreamvhost.go: set host to upstreamvhost.bar.com (per location)',
    sources: () => [
      ingress('upstreamvhost', 'upstreamvhost.foo.com', { 'upstream-vhost': 'upstreamvhost.bar.com' }),
      ingress('plain', 'upstreamvhost.foo.com', {}, [['/plain', 'echo']]),
    ],
    services: { 'default/echo:80': 'echo' },
    requests: [
      { host: 'upstreamvhost.foo.com', path: '/', expect: { status: 200, service: 'echo', backendHost: 'upstreamvhost.bar.com' } },
      { host: 'upstreamvhost.foo.com', path: '/deeper/x?q=1', expect: { status: 200, service: 'echo', backendHost: 'upstreamvhost.bar.com' } },
      { host: 'upstreamvhost.foo.com', path: '/plain', expect: { status: 200, service: 'echo', backendHost: 'upstreamvhost.foo.com' } },
      { host: 'upstreamvhost.foo.com', path: '/plain/y', expect: { status: 200, service: 'echo', backendHost: 'upstreamvhost.foo.com' } },
    ],
  },
  {
    // proxy.go It("should set valid proxy timeouts"): connect 50, send 20, read 20 appear as
    // `proxy_connect_timeout 50s; proxy_send_timeout 20s; proxy_read_timeout 20s;`. Behaviour: a
    // backend that answers after 1.5 s is still served (no timeout shorter than the values).
    name: 'proxy.go: should set valid proxy timeouts (a 1.5 s backend is served)',
    sources: () => [ingress('proxy-timeouts', 'proxy.foo.com', { 'proxy-connect-timeout': '50', 'proxy-send-timeout': '20', 'proxy-read-timeout': '20' })],
    services: { 'default/echo:80': 'echo' },
    requests: [{ host: 'proxy.foo.com', path: '/?delay=1500', expect: { status: 200, service: 'echo' } }],
  },
  {
    // The same annotations with 1 s: the value is what the proxy enforces. A backend that waits
    // 3 s before answering gets 504 from the proxy; a prompt one is served; the route of another
    // Ingress on the host (no annotation: ingress-nginx's 60 s) is not cut short.
    name: 'proxy.go (timeouts honoured): read timeout 1 s against a 3 s backend gives 504, per location',
    sources: () => [
      ingress('short', 'slow.foo.com', { 'proxy-connect-timeout': '1', 'proxy-send-timeout': '1', 'proxy-read-timeout': '1' }),
      ingress('long', 'slow.foo.com', {}, [['/long', 'echo']]),
    ],
    services: { 'default/echo:80': 'echo' },
    requests: [
      { host: 'slow.foo.com', path: '/?delay=3000', expect: { status: 504 } },
      { host: 'slow.foo.com', path: '/fast', expect: { status: 200, service: 'echo' } },
      { host: 'slow.foo.com', path: '/long?delay=1500', expect: { status: 200, service: 'echo' } },
    ],
  },
  {
    // ingress2gateway TestIngressNGINXTimeouts "slow response allowed": connect/read/send 5 on path
    // /shell; `sleep 4; echo done` answers ("done" in the body). The echo's ?delay=4000 is the sleep.
    name: 'ingress2gateway: slow response allowed (timeouts 5 s, a 4 s backend is served)',
    sources: () => [ingress('slow-allowed', 'i2g-slow.example.com', { 'proxy-connect-timeout': '5', 'proxy-read-timeout': '5', 'proxy-send-timeout': '5' }, [['/shell', 'echo']])],
    services: { 'default/echo:80': 'echo' },
    requests: [{ host: 'i2g-slow.example.com', path: '/shell?delay=4000', expect: { status: 200, service: 'echo' } }],
  },
  {
    // ingress2gateway TestIngressNGINXTimeouts "short timeout": timeouts 1 on /shell; `sleep 15`
    // must end in 504 (or 500). Here the backend waits 3 s: past the 1 s read timeout all the same.
    name: 'ingress2gateway: short timeout (timeouts 1 s, a slow backend gets 504)',
    sources: () => [ingress('short-timeout', 'i2g-short.example.com', { 'proxy-connect-timeout': '1', 'proxy-read-timeout': '1', 'proxy-send-timeout': '1' }, [['/shell', 'echo']])],
    services: { 'default/echo:80': 'echo' },
    requests: [{ host: 'i2g-short.example.com', path: '/shell?delay=3000', expect: { status: 504 } }],
  },
];

for (const kind of PROXY_KINDS) runRouteTable(kind, CASES);

// Traefik through its evaluator (test/traefik/): upstream-vhost is a headers middleware. Its
// timeouts (serversTransports) are not emitted: the vendored file-provider schema has no
// serversTransports, so they stay warnings on traefik.
test('traefik (evaluated): upstreamvhost.go: set host to upstreamvhost.bar.com (per location)', () => {
  const c = CASES[0]!;
  const ports = { http: 18080, https: 18443 };
  const echoPorts = { 'default/echo:80': 19000 };
  const r = compileCase(c, 'traefik', ports, echoPorts);
  assert.ok(r.ok, JSON.stringify(r.diagnostics, null, 2));
  const out = readOutput(r.files);
  assert.deepEqual(traefikValidator()(out.dynamic), []);
  const model = new TraefikModel(out.dynamic, modelOptionsFromStatic(out.static));
  const failures: string[] = [];
  for (const req of c.requests) {
    const o = model.route({ ...(req.host !== undefined ? { host: req.host } : {}), path: req.path });
    const json = o.kind === 'proxied' ? { service: o.servers[0] === 'http://127.0.0.1:19000' ? 'echo' : o.servers[0], path: o.forwardedPath, host: o.forwardedHost } : undefined;
    const problems = checkReply(req, { status: o.status, headers: {}, json, peerCN: undefined }, ports.https);
    if (problems.length) failures.push(`${describeRequest(req)}: ${problems.join('; ')}`);
  }
  assert.deepEqual(failures, []);
});

const diagnosticsOf = (target: TargetName, sources: SourceFile[]) =>
  compile(sources, { target, backends: ['default/echo:80=127.0.0.1:9'] }).diagnostics.map((d) => `${d.code} ${d.loc?.file}:${d.loc?.line}:${d.loc?.col} ${d.field ?? ''}`);

// proxy.go It("should not set invalid proxy timeouts"): "50k", "20k", "20k" must not reach the
// config. ingress-nginx drops them silently (its defaults apply); ingressc refuses each value,
// located at its key, on every target (the grammar is target-independent).
test('proxy.go: should not set invalid proxy timeouts (each value a located error)', () => {
  const src = ingress('bad', 'proxy.foo.com', { 'proxy-connect-timeout': '50k', 'proxy-send-timeout': '20k', 'proxy-read-timeout': '20k' });
  for (const target of ['nginx', 'haproxy', 'envoy', 'caddy', 'traefik', 'gateway-api'] as const) {
    const r = compile([src], { target, backends: ['default/echo:80=127.0.0.1:9'] });
    assert.equal(r.ok, false, target);
    const bad = r.diagnostics.filter((d) => d.code === 'IC2081').map((d) => `${d.loc?.line}:${d.loc?.col} ${d.message.includes('whole seconds') ? 'seconds' : d.message}`);
    assert.deepEqual(bad, ['6:5 seconds', '7:5 seconds', '8:5 seconds'], `${target}: ${JSON.stringify(r.diagnostics)}`);
  }
});

test('timeout and upstream-vhost grammars: what ingress-nginx reads is accepted, anything else a located error', () => {
  const ok = (ann: Record<string, string>): boolean => compile([ingress('x', 'a.test', ann)], { target: 'nginx', backends: ['default/echo:80=127.0.0.1:9'] }).ok;
  for (const v of ['1', '60', '+5', '86400']) assert.ok(ok({ 'proxy-read-timeout': v }), v);
  for (const v of ['0', '-5', '5s', '1.5', '', ' 5', '86401', '99999999999']) assert.equal(ok({ 'proxy-read-timeout': v }), false, JSON.stringify(v));
  for (const v of ['upstreamvhost.bar.com', 'svc.ns.svc.cluster.local', 'a.test:8080', 'LOCALHOST']) assert.ok(ok({ 'upstream-vhost': v }), v);
  for (const v of ['$host', 'a b', 'a;b', 'a"b', '', 'a.test:0', 'a.test:70000', '-a.test', '{x}']) assert.equal(ok({ 'upstream-vhost': v }), false, JSON.stringify(v));
});

/** The echo backend's `?delay=MS`, in seconds (0 when absent). */
const delayOf = (path: string): number => Number(new URLSearchParams(path.split('?')[1] ?? '').get('delay') ?? 0) / 1000;
/** A Gateway API Duration of whole units ("20s", "1m") in seconds. */
const seconds = (d: string): number => [...d.matchAll(/([0-9]+)(h|ms|m|s)/g)].reduce((n, [, v, u]) => n + Number(v) * { h: 3600, m: 60, s: 1, ms: 0.001 }[u as 'h' | 'm' | 's' | 'ms'], 0);

// Gateway API through its evaluator (test/gateway-api/): upstream-vhost is a URLRewrite hostname,
// proxy-read-timeout the rule's timeouts.backendRequest; the spec's answer to a backend slower
// than that is 504, which the evaluator's outcome and the echo's delay decide here.
for (const c of CASES) {
  test(`gateway-api (evaluated): ${c.name}`, () => {
    const r = compileCase(c, 'gateway-api', { http: 18080, https: 18443 }, { 'default/echo:80': 19000 });
    assert.ok(r.ok, JSON.stringify(r.diagnostics, null, 2));
    for (const f of r.files) assert.deepEqual(validateStream(f.content).problems, [], `${f.path} does not validate`);
    for (const fallThrough of [false, true]) {
      const model = modelOf(r, { fallThrough });
      const failures: string[] = [];
      for (const req of c.requests) {
        const o = model.route({ ...(req.host !== undefined ? { host: req.host } : {}), path: req.path, https: false }, 18080);
        const timedOut = o.kind === 'proxied' && o.backendRequestTimeout !== undefined && delayOf(req.path) > seconds(o.backendRequestTimeout);
        const json = o.kind === 'proxied' && !timedOut ? { service: o.backend.name, path: o.forwardedPath, host: o.forwardedHost } : undefined;
        const problems = checkReply(req, { status: timedOut ? 504 : o.status, headers: {}, json, peerCN: undefined }, 18443);
        if (problems.length) failures.push(`${describeRequest(req)}: ${problems.join('; ')}`);
      }
      assert.deepEqual(failures, [], `fallThrough=${fallThrough}`);
    }
  });
}

test('upstream-vhost with a port on Gateway API is a located error (IC4080); unhonoured timeouts are warnings', () => {
  const src = [ingress('u', 'a.test', { 'upstream-vhost': 'b.test:8080', 'proxy-send-timeout': '5' })];
  const d = diagnosticsOf('gateway-api', src);
  assert.ok(d.some((x) => x.startsWith('IC4080 u.yaml:13:9')), d.join('\n'));
  assert.ok(d.some((x) => x.startsWith('IC2103 u.yaml:7:5')), d.join('\n'));
  assert.ok(compile([ingress('u', 'a.test', { 'upstream-vhost': 'b.test' })], { target: 'gateway-api', backends: ['default/echo:80=127.0.0.1:9'] }).ok);
  // Envoy honours upstream-vhost but has no per-write timeout: only proxy-send-timeout warns.
  const e = diagnosticsOf('envoy', src);
  assert.deepEqual(e.map((x) => x.split(' ').slice(0, 2).join(' ')), ['IC2103 u.yaml:7:5']);
});
