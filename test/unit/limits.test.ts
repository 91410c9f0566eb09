/** Request limits: the value grammar, located errors, lowering (per Ingress, burst, exemption), fail closed. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { compile, match, renderMatchText, type TargetName } from '../../src/index.js';
import { limitsReader, parseLimitNumber } from '../../src/providers/ingress-nginx/families/limits.js';
import type { AnnotationFeatures } from '../../src/providers/ingress-nginx/families/reader.js';
import { slidingWindow } from '../../src/emit/haproxy/limits.js';

const ing = (name: string, annotations: Record<string, string>, opts: { path?: string; defaultBackend?: boolean } = {}): string => `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: ${name}
  annotations:
${Object.entries(annotations).map(([k, v]) => `    nginx.ingress.kubernetes.io/${k}: ${JSON.stringify(v)}\n`).join('')}spec:
${opts.defaultBackend ? '  defaultBackend: {service: {name: dflt, port: {number: 80}}}\n' : ''}  rules:
  - host: a.test
    http:
      paths:
      - {path: ${opts.path ?? '/'}, pathType: Prefix, backend: {service: {name: web, port: {number: 80}}}}
`;
const run = (texts: string[], target: TargetName = 'nginx') => compile(texts.map((text, i) => ({ path: `in${i}.yaml`, text })), { target });

describe('limit value grammar', () => {
  test('whole decimal numbers within bounds', () => {
    assert.equal(parseLimitNumber('limit-rps', '0'), 0);
    assert.equal(parseLimitNumber('limit-rps', '1000000'), 1000000);
    assert.equal(parseLimitNumber('limit-burst-multiplier', '1000'), 1000);
    for (const bad of ['', ' 1', '1 ', '+5', '-1', '007', '1.5', '1k', '10r/s', '1000001', '0x10', '1;', '99999999999999999999'])
      assert.ok(typeof parseLimitNumber('limit-rps', bad) !== 'number', bad);
    assert.ok(typeof parseLimitNumber('limit-burst-multiplier', '1001') !== 'number');
  });

  test('limit-whitelist reuses the source-range grammar; a bad list is refused, not ignored', () => {
    const f: AnnotationFeatures = {};
    assert.equal(limitsReader.read('limit-whitelist', '10.0.0.1/8, 127.0.0.1', f, {}), undefined);
    assert.deepEqual(f.limits?.whitelist, ['10.0.0.0/8', '127.0.0.1/32']);
    assert.equal(limitsReader.read('limit-whitelist', '10.0.0.0/8, nope', f, {})?.code, 'IC2321');
  });

  test('an invalid value is IC2320 located at the annotation, on every target', () => {
    for (const target of ['nginx', 'haproxy', 'envoy', 'traefik', 'caddy', 'gateway-api'] as const) {
      const r = run([ing('app', { 'limit-rps': '10r/s' })], target);
      assert.equal(r.ok, false);
      const d = r.diagnostics.find((x) => x.code === 'IC2320');
      assert.deepEqual([d?.loc?.line, d?.field], [6, 'metadata.annotations["nginx.ingress.kubernetes.io/limit-rps"]'], target);
      assert.match(d?.message ?? '', /expected a whole number/);
    }
  });
});

describe('limits in the IR', () => {
  test('burst = limit × multiplier (default 5), one key per Ingress, exemptions, 0 = no limit', () => {
    const r = run([ing('app', { 'limit-rps': '2', 'limit-rpm': '30', 'limit-burst-multiplier': '3', 'limit-connections': '4', 'limit-whitelist': '10.0.0.0/8' }), ing('other', { 'limit-rps': '1' }, { path: '/o' })]);
    assert.ok(r.ok, JSON.stringify(r.diagnostics));
    const routes = r.ir!.vhosts[0]!.prefix;
    const app = routes.find((x) => x.ingress === 'default/app')!;
    assert.deepEqual(app.policies?.limits, { key: 'default/app', connections: 4, perMinute: { rate: 30, burst: 90 }, perSecond: { rate: 2, burst: 6 }, exempt: ['10.0.0.0/8'] });
    assert.deepEqual(routes.find((x) => x.ingress === 'default/other')!.policies?.limits, { key: 'default/other', perSecond: { rate: 1, burst: 5 } });
    const zero = run([ing('app', { 'limit-rps': '0', 'limit-whitelist': '10.0.0.0/8' })]);
    assert.ok(zero.ok);
    assert.equal(zero.ir!.vhosts[0]!.prefix[0]!.policies, undefined);
  });

  test('a limited Ingress cannot hand out its defaultBackend unlimited (IC3160)', () => {
    const r = run([ing('app', { 'limit-rps': '1' }, { defaultBackend: true })]);
    assert.deepEqual(r.diagnostics.filter((d) => d.severity === 'error').map((d) => d.code), ['IC3160']);
  });

  test('limit-rate needs proxy-buffering on, as ingress-nginx documents: without it IC3161 at the annotation', () => {
    const off = run([ing('slow', { 'limit-rate': '10' })]);
    assert.equal(off.ok, false);
    const d = off.diagnostics.find((x) => x.code === 'IC3161');
    assert.deepEqual([d?.loc?.line, d?.loc?.col, d?.field], [6, 5, 'metadata.annotations["nginx.ingress.kubernetes.io/limit-rate"]']);
    assert.ok(run([ing('slow', { 'limit-rate': '10', 'proxy-buffering': 'off' })]).diagnostics.some((x) => x.code === 'IC3161'));
    const on = run([ing('slow', { 'limit-rate': '10', 'proxy-buffering': 'on' })]);
    assert.ok(on.ok, JSON.stringify(on.diagnostics));
    assert.match(on.files[0]!.content, /limit_rate 10k;/);
    assert.ok(run([ing('slow', { 'limit-rate': '0' })]).ok, 'limit-rate 0 limits nothing');
  });

  test('fail closed where no target row exists (IC2101)', () => {
    for (const [key, target] of [['limit-connections', 'envoy'], ['limit-rpm', 'caddy'], ['limit-whitelist', 'gateway-api'], ['limit-rate', 'haproxy']] as const) {
      const r = run([ing('app', { [key]: '1', ...(key === 'limit-whitelist' ? { [key]: '10.0.0.0/8' } : {}) })], target);
      assert.equal(r.ok, false, `${key} on ${target}`);
      assert.ok(r.diagnostics.some((d) => d.code === 'IC2101' && d.loc?.line === 6), `${key} on ${target}: ${JSON.stringify(r.diagnostics.map((d) => d.code))}`);
    }
  });
});

describe('emitted limits', () => {
  test('nginx: zones at http level keyed by the client address (empty key when exempt), lines in every location of the Ingress', () => {
    const r = run([ing('app', { 'limit-rps': '2', 'limit-connections': '3', 'limit-whitelist': '127.0.0.2' }, { path: '/p' })]);
    const conf = r.files.find((f) => f.path === 'nginx.conf')!.content;
    const stem = /zone=(ingressc_[0-9a-f]{12})_rps:5m rate=2r\/s;/.exec(conf)?.[1];
    assert.ok(stem, conf);
    assert.match(conf, new RegExp(`geo \\$${stem}_exempt \\{\\s+default 0;\\s+"127\\.0\\.0\\.2/32" 1;`));
    assert.match(conf, new RegExp(`map \\$${stem}_exempt \\$${stem}_key \\{ 0 \\$binary_remote_addr; 1 ""; \\}`));
    assert.equal(conf.split(`limit_req zone=${stem}_rps burst=10 nodelay;`).length - 1, 2, 'both locations of /p');
    assert.equal(conf.split(`limit_conn ${stem}_conn 3;`).length - 1, 2);
  });

  test('HAProxy: the sliding window keeps the burst and the long-run rate', () => {
    assert.deepEqual(slidingWindow({ rate: 1, burst: 5 }, 1000), { windowMs: 6000, count: 6 });
    assert.deepEqual(slidingWindow({ rate: 3, burst: 15 }, 1000), { windowMs: 5334, count: 16 });
    assert.deepEqual(slidingWindow({ rate: 60, burst: 0 }, 60_000), { windowMs: 1000, count: 1 });
    const r = run([ing('app', { 'limit-rpm': '1', 'limit-burst-multiplier': '1', 'limit-whitelist': '127.0.0.2' })], 'haproxy');
    assert.ok(r.ok, JSON.stringify(r.diagnostics));
    const cfg = r.files.find((f) => f.path === 'haproxy.cfg')!.content;
    assert.match(cfg, /backend lim1\.rpm\n {4}stick-table type ipv6 size 100k expire 240000ms store gpc\(1\),gpc_rate\(1,120000ms\)/);
    assert.match(cfg, /http-request track-sc1 src table lim1\.rpm unless \{ src -f acl\/lim1\.exempt\.lst \}\n {4}http-request deny deny_status 503 if \{ sc_gpc_rate\(0,1\) ge 2 \}\n {4}http-request sc-inc-gpc\(0,1\)/);
    assert.equal(r.files.find((f) => f.path === 'acl/lim1.exempt.lst')?.content, '127.0.0.2/32\n');
  });

  test('`ingressc match` states the limits of the route that answers', () => {
    const m = match([{ path: 'in.yaml', text: ing('app', { 'limit-rps': '2', 'limit-connections': '3' }) }], { url: 'http://a.test/x' });
    assert.ok(m.ok, JSON.stringify(m.diagnostics));
    assert.deepEqual(m.route?.limits, { key: 'default/app', connections: 3, perSecond: { rate: 2, burst: 10 } });
    assert.match(renderMatchText(m), /limits {2}3 request\(s\) in progress, 2\/s \(burst 10\) per client address, counted for all routes of Ingress default\/app; beyond: 503/);
  });
});
