/**
 * The upstream tuning family: grammars (families/upstream-tuning.ts), the controller ConfigMap's
 * values as defaults (annotation > ConfigMap > built-in), nginx's buffer checks (IC3200), the
 * warnings on targets without a row, and what each emitter writes.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { compile, type TargetName } from '../../src/index.js';
import type { UpstreamTuning } from '../../src/ir/types.js';
import { parseTuning, upstreamTuningReader, type TuningKey, type UpstreamTuningSettings } from '../../src/providers/ingress-nginx/families/upstream-tuning.js';
import { annotationMatrix } from '../../src/providers/ingress-nginx/matrix.js';
import { toBlockYaml } from '../../src/emit/yaml-writer.js';

const A = 'nginx.ingress.kubernetes.io/';
const ingress = (annotations: Record<string, string>): string => `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: app
  namespace: default
  annotations: ${JSON.stringify(Object.fromEntries(Object.entries(annotations).map(([k, v]) => [A + k, v])))}
spec:
  rules:
  - host: a.test
    http:
      paths:
      - {path: /api, pathType: Prefix, backend: {service: {name: app, port: {number: 80}}}}
`;
const configMap = (data: Record<string, string>) => ({ path: 'cm.yaml', text: `apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c, namespace: ingress-nginx}\ndata: ${JSON.stringify(data)}\n` });
const build = (annotations: Record<string, string>, target: TargetName = 'nginx', cm?: Record<string, string>) =>
  compile([{ path: 'ing.yaml', text: ingress(annotations) }], { target, backends: ['default/app:80=127.0.0.1:9,127.0.0.1:10'], ...(cm ? { controllerConfig: configMap(cm) } : {}) });
const tuningOf = (r: ReturnType<typeof build>): UpstreamTuning | undefined => r.ir?.vhosts[0]?.prefix.find((x) => x.path === '/api')?.policies?.upstreamTuning;
/** The output's text; Envoy's JSON as block YAML, which the assertions below read. */
const out = (r: ReturnType<typeof build>): string => r.files.map((f) => (f.path === 'envoy.json' ? toBlockYaml(JSON.parse(f.content)) : f.content)).join('\n');

describe('grammars (ingress-nginx proxy/ and connection/ parsers, anchored; nginx\'s own syntax where ingress-nginx lets more through)', () => {
  const parse = (k: TuningKey, v: string): UpstreamTuningSettings | string => {
    const into: UpstreamTuningSettings = {};
    return parseTuning(k, v, into) ?? into;
  };
  const ok = (k: TuningKey, v: string, want: UpstreamTuningSettings) => test(`${k} ${JSON.stringify(v)}`, () => assert.deepEqual(parse(k, v), want));
  const bad = (k: TuningKey, v: string) => test(`${k} refuses ${JSON.stringify(v)}`, () => assert.match(String(parse(k, v)), /^expected /));
  ok('proxy-buffering', 'on', { buffering: true });
  ok('proxy-buffering', 'OFF', { buffering: false });
  ['yes', 'true', '', 'on;', ' on'].forEach((v) => bad('proxy-buffering', v));
  ok('proxy-request-buffering', 'off', { requestBuffering: false });
  ok('proxy-buffer-size', '8k', { bufferSize: 8192 });
  ok('proxy-buffer-size', '1M', { bufferSize: 1048576 });
  ['0', '1g', '8kb', '8 k', '-4k', ''].forEach((v) => bad('proxy-buffer-size', v));
  ok('proxy-max-temp-file-size', '0', { maxTempFileSize: 0 });
  ok('proxy-max-temp-file-size', '1024m', { maxTempFileSize: 1024 ** 3 });
  ok('proxy-buffers-number', '8', { buffersNumber: 8 });
  ['1', '0', '1025', '+4', '4k'].forEach((v) => bad('proxy-buffers-number', v));
  ok('proxy-http-version', '1.0', { httpVersion: '1.0' });
  ['2', '1', 'HTTP/1.1', '1.1 '].forEach((v) => bad('proxy-http-version', v));
  ok('proxy-next-upstream', 'error timeout http_502', { nextUpstream: ['error', 'timeout', 'http_502'] });
  ok('proxy-next-upstream', 'non_idempotent error error', { nextUpstream: ['error', 'non_idempotent'] });
  ok('proxy-next-upstream', 'error off', { nextUpstream: ['off'] });
  ['errortimeout', 'error,timeout', 'error  timeout', 'http_501', '', 'ERROR'].forEach((v) => bad('proxy-next-upstream', v));
  ok('proxy-next-upstream-tries', '0', { nextUpstreamTries: 0 });
  ok('proxy-next-upstream-timeout', '999999', { nextUpstreamTimeout: 999999 });
  ['-1', '5s', '1000000000', ''].forEach((v) => bad('proxy-next-upstream-timeout', v));
  ok('connection-proxy-header', 'keep-alive', { connectionHeader: 'keep-alive' });
  ['keep-alive, Upgrade', 'a"b', '$http_upgrade', ''].forEach((v) => bad('connection-proxy-header', v));
  test('the reader reports IC2400', () => assert.equal(upstreamTuningReader.read('proxy-buffering', 'yes', {}, {})?.code, 'IC2400'));
});

describe('compile', () => {
  test('an invalid value is a located error (IC2400) on every target', () => {
    for (const t of ['nginx', 'haproxy', 'traefik'] as const) {
      const r = build({ 'proxy-next-upstream': 'errortimeout' }, t);
      const d = r.diagnostics.find((x) => x.code === 'IC2400');
      assert.ok(!r.ok && d?.loc?.line === 6, `${t}: ${r.diagnostics.map((x) => x.code).join(',')}`);
    }
  });

  test('nginx writes ingress-nginx\'s directives in the location, proxy_buffers from the buffer size', () => {
    const r = build({ 'proxy-buffering': 'on', 'proxy-buffer-size': '8k', 'proxy-buffers-number': '8', 'proxy-busy-buffers-size': '16k', 'proxy-http-version': '1.0', 'proxy-next-upstream': 'non_idempotent http_502 error', 'proxy-next-upstream-tries': '0' });
    const o = out(r);
    for (const l of ['proxy_buffering on;', 'proxy_buffer_size 8192;', 'proxy_buffers 8 8192;', 'proxy_busy_buffers_size 16384;', 'proxy_http_version 1.0;', 'proxy_next_upstream http_502 error non_idempotent;', 'proxy_next_upstream_tries 0;', 'proxy_next_upstream_timeout 0;'])
      assert.ok(o.includes(l), l);
  });

  test('nginx: ingress-nginx\'s defaults at http level (proxy_buffering off, tries 3)', () => {
    const o = out(build({}));
    for (const l of ['proxy_buffering off;', 'proxy_next_upstream error timeout;', 'proxy_next_upstream_tries 3;', 'proxy_buffers 4 4096;']) assert.ok(o.includes(l), l);
  });

  test('nginx: connection-proxy-header replaces Connection and keeps the inherited headers', () => {
    const o = out(build({ 'connection-proxy-header': 'keep-alive' }));
    const loc = o.slice(o.indexOf('location = "/api"'), o.indexOf('}', o.indexOf('location = "/api"')));
    assert.ok(loc.includes('proxy_set_header Connection "keep-alive";') && loc.includes('proxy_set_header X-Forwarded-For $ingressc_forwarded_for;') && !loc.includes('Connection ""'), loc);
  });

  test('nginx: limit-rate with proxy-buffering on: the location buffers and throttles (without it: IC3161, test/unit/limits.test.ts)', () => {
    const loc = (o: string): string => o.slice(o.indexOf('location = "/api"'), o.indexOf('}', o.indexOf('location = "/api"')));
    const r = build({ 'limit-rate': '10', 'proxy-buffering': 'on' });
    assert.ok(r.ok && loc(out(r)).includes('proxy_buffering on;') && loc(out(r)).includes('limit_rate 10k;'), loc(out(r)));
    assert.ok(build({ 'limit-rate': '10', 'proxy-buffering': 'off' }).diagnostics.some((d) => d.code === 'IC3161'));
  });

  test('only proxy-buffers-number: the buffer size is ingress-nginx\'s 4k', () => assert.deepEqual(tuningOf(build({ 'proxy-buffers-number': '8' })), { responseHeaderBytes: 4096, responseBufferCount: 8 }));

  test('one next-upstream key brings the others\' defaults', () =>
    assert.deepEqual(tuningOf(build({ 'proxy-next-upstream-tries': '5' }))?.retry, { on: ['error', 'timeout'], nonIdempotent: false, tries: 5, timeoutSeconds: 0 }));

  test('"off" retries nowhere', () => {
    assert.deepEqual(tuningOf(build({ 'proxy-next-upstream': 'off' }))?.retry?.on, []);
    assert.ok(out(build({ 'proxy-next-upstream': 'off' })).includes('proxy_next_upstream off;'));
  });

  test('GRPC: the proxy_* directives do nothing in ingress-nginx (grpc_pass), so nothing is written', () =>
    assert.equal(tuningOf(build({ 'backend-protocol': 'GRPC', 'proxy-buffering': 'on' })), undefined));

  describe('nginx\'s buffer checks (IC3200), as ingress-nginx\'s nginx refuses the configuration', () => {
    const refused = (a: Record<string, string>, key: string) =>
      test(`${JSON.stringify(a)} → IC3200 at ${key}`, () => {
        for (const t of ['nginx', 'envoy'] as const) {
          const r = build(a, t);
          const d = r.diagnostics.find((x) => x.code === 'IC3200');
          assert.ok(!r.ok && d?.message.includes(`${A}${key}`), `${t}: ${r.diagnostics.map((x) => `${x.code} ${x.message}`).join('\n')}`);
        }
      });
    refused({ 'proxy-buffers-number': '2' }, 'proxy-buffers-number');
    refused({ 'proxy-busy-buffers-size': '64k' }, 'proxy-busy-buffers-size');
    refused({ 'proxy-busy-buffers-size': '1k' }, 'proxy-busy-buffers-size');
    refused({ 'proxy-buffer-size': '8k', 'proxy-max-temp-file-size': '4k' }, 'proxy-max-temp-file-size');
    test('the proxy.go values pass', () => assert.ok(build({ 'proxy-buffering': 'on', 'proxy-buffers-number': '8', 'proxy-buffer-size': '8k', 'proxy-busy-buffers-size': '16k' }).ok));
  });

  describe('the controller ConfigMap', () => {
    test('its value is the default of Ingresses without the annotation', () => assert.equal(tuningOf(build({}, 'nginx', { 'proxy-buffer-size': '8k' }))?.responseHeaderBytes, 8192));
    test('the annotation replaces it', () => assert.equal(tuningOf(build({ 'proxy-buffer-size': '16k' }, 'nginx', { 'proxy-buffer-size': '8k' }))?.responseHeaderBytes, 16384));
    test('its default value changes nothing but is written out', () => assert.equal(tuningOf(build({}, 'nginx', { 'proxy-next-upstream': 'error timeout' }))?.retry?.tries, 3));
    test('an invalid value is IC2300, located', () => {
      const r = build({}, 'nginx', { 'proxy-next-upstream-tries': 'three' });
      assert.ok(!r.ok && r.diagnostics.some((d) => d.code === 'IC2300' && d.loc !== undefined));
    });
    test('"" for proxy-busy-buffers-size is its default (unset)', () => assert.ok(build({}, 'nginx', { 'proxy-busy-buffers-size': '' }).ok));
    test('a key without a row on the target: one warning (IC3152)', () => {
      const r = build({}, 'envoy', { 'proxy-buffering': 'on' });
      assert.ok(r.ok);
      assert.equal(r.diagnostics.filter((d) => d.code === 'IC3152').length, 1);
    });
  });

  test('a key without a row warns once per key and target (IC2103), and the Ingress compiles', () => {
    const r = build({ 'proxy-http-version': '1.0', 'connection-proxy-header': 'close', 'proxy-buffering': 'on' }, 'haproxy');
    assert.ok(r.ok);
    assert.equal(r.diagnostics.filter((d) => d.code === 'IC2103').length, 3);
    assert.equal(tuningOf(r), undefined);
  });

  test('HAProxy: retries, redispatch on every retry, retry-on from the conditions', () => {
    const o = out(build({ 'proxy-next-upstream': 'error http_503', 'proxy-next-upstream-tries': '4' }, 'haproxy'));
    for (const l of ['retries 3', 'option redispatch 1', 'retry-on conn-failure empty-response 503']) assert.ok(o.includes(l), l);
    assert.ok(out(build({ 'proxy-next-upstream': 'off' }, 'haproxy')).includes('retries 0'));
  });

  test('no retry annotation: ingress-nginx\'s defaults ("error timeout", 3 tries) on HAProxy, Envoy and Caddy', () => {
    const h = out(build({}, 'haproxy'));
    for (const l of ['retries 2', 'option redispatch 1', 'retry-on conn-failure empty-response response-timeout', 'http-request disable-l7-retry if METH_POST || { method LOCK PATCH }']) assert.ok(h.includes(l), l);
    assert.match(out(build({}, 'envoy')), /retry_on: "connect-failure,reset-before-request"/);
    assert.match(out(build({}, 'caddy')), /"retries": ?2/);
  });

  test('non_idempotent: HAProxy retries a sent POST too, Envoy retries any reset; "off" overrides Envoy\'s virtual host default', () => {
    // The route's backend retries a sent POST; the upstream's own (ingress-nginx's defaults) does not.
    const backends = out(build({ 'proxy-next-upstream': 'error timeout non_idempotent' }, 'haproxy')).split('\nbackend ').filter((b) => b.includes('retry-on'));
    assert.deepEqual(backends.map((b) => b.includes('disable-l7-retry')).sort(), [false, true]);
    assert.match(out(build({ 'proxy-next-upstream': 'error non_idempotent' }, 'envoy')), /retry_on: "connect-failure,reset"/);
    assert.match(out(build({ 'proxy-next-upstream': 'off' }, 'envoy')), /num_retries: 0/);
  });

  test('cookie affinity: a retry stays on the cookie\'s endpoint (ingress-nginx\'s sticky balancer), unless change-on-failure', () => {
    const sticky = out(build({ affinity: 'cookie' }, 'haproxy')).split('\nbackend ').filter((b) => b.includes('cookie ') && b.includes('retries'));
    assert.equal(sticky.length, 1);
    assert.ok(!sticky[0]!.includes('redispatch'), sticky[0]);
    assert.ok(out(build({ affinity: 'cookie', 'session-cookie-change-on-failure': 'true' }, 'haproxy')).includes('option redispatch\n'));
    const envoy = out(build({ affinity: 'cookie' }, 'envoy'));
    // The sticky route's own policy has no previous_hosts; the virtual hosts' default keeps it.
    assert.match(envoy, /retry_on: "connect-failure,reset-before-request"\n\s*num_retries: 2\n(?!\s*retry_host_predicate)/);
  });

  test('HAProxy: proxy-request-buffering "on" is option http-buffer-request; "off" is HAProxy\'s own streaming', () => {
    assert.ok(out(build({ 'proxy-request-buffering': 'on' }, 'haproxy')).includes('option http-buffer-request'));
    assert.ok(!out(build({ 'proxy-request-buffering': 'off' }, 'haproxy')).includes('option http-buffer-request'));
  });

  test('Envoy: the route\'s retry_policy', () => {
    const o = out(build({ 'proxy-next-upstream': 'error timeout http_502', 'proxy-next-upstream-tries': '3' }, 'envoy'));
    assert.match(o, /retry_on: "connect-failure,reset-before-request,retriable-status-codes"/);
    assert.match(o, /num_retries: 2/);
    assert.match(o, /previous_hosts/);
  });

  test('Envoy: the virtual hosts\' default avoids the endpoints already tried only where there is another one', () => {
    const vhostPolicy = (backends: string[] | undefined): Record<string, unknown> => {
      const r = compile([{ path: 'ing.yaml', text: ingress({}) }], { target: 'envoy', ...(backends ? { backends } : {}) });
      const vhosts = JSON.parse(r.files.find((f) => f.path === 'envoy.json')!.content).static_resources.listeners[0].filter_chains[0].filters[0].typed_config.route_config.virtual_hosts;
      return vhosts.find((v: { name: string }) => v.name === 'a.test').retry_policy;
    };
    const base = { retry_on: 'connect-failure,reset-before-request', num_retries: 2 };
    const avoid = { retry_host_predicate: [{ name: 'envoy.retry_host_predicates.previous_hosts', typed_config: { '@type': 'type.googleapis.com/envoy.extensions.retry.host.previous_hosts.v3.PreviousHostsPredicate' } }], host_selection_retry_max_attempts: 5 };
    // Two addresses, or a cluster DNS name (any number of A records): a retry goes to another endpoint.
    assert.deepEqual(vhostPolicy(['default/app:80=127.0.0.1:9,127.0.0.1:10']), { ...base, ...avoid });
    assert.deepEqual(vhostPolicy(undefined), { ...base, ...avoid });
    // One address: the retry can only reach it, so the predicate (built per virtual host) is left out.
    assert.deepEqual(vhostPolicy(['default/app:80=127.0.0.1:9']), base);
  });

  test('Envoy: proxy-buffer-size is the cluster\'s max_response_headers_kb (KiB, rounded up)', () => {
    const o = out(build({ 'proxy-buffer-size': '4500' }, 'envoy'));
    assert.match(o, /max_response_headers_kb: 5/);
    assert.match(o, /cluster: "?default_app_80\.hdr5k"?/);
  });

  test('Caddy: load_balancing retries and try_duration', () => {
    const j = out(build({ 'proxy-next-upstream-tries': '0', 'proxy-next-upstream-timeout': '7' }, 'caddy'));
    assert.match(j, /"retries": ?1/);
    assert.match(j, /"try_duration": ?"7s"/);
  });

  test('the matrix says why a target has no row', () => {
    const row = annotationMatrix(['envoy']).find((x) => x.annotation === `${A}proxy-http-version`);
    assert.equal(row?.targets.envoy?.level, 'unsupported');
    assert.ok((row?.targets.envoy?.note ?? '').length > 0);
  });
});
