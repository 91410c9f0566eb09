import assert from 'node:assert/strict';
import { test } from 'node:test';
import { compile } from '../../src/index.js';
import { TraefikModel } from '../traefik/evaluate.js';
import { readOutput } from '../traefik/output.js';
import { traefikValidator } from '../traefik/strict-schema.js';

/**
 * limit-rps / -rpm / -connections on Traefik (src/emit/traefik/limits.ts) through the evaluator
 * (test/traefik/limits.ts): ingress-nginx's burst + 1 at once, per client address, 429.
 */
const ingress = (annotations: Record<string, string>, paths = ['/a']): string =>
  `apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata:\n  name: l\n  namespace: default\n  annotations: ${JSON.stringify(Object.fromEntries(Object.entries(annotations).map(([k, v]) => [`nginx.ingress.kubernetes.io/${k}`, v])))}\nspec:\n  ingressClassName: nginx\n  rules:\n  - host: l.test\n    http:\n      paths:\n${paths.map((p) => `      - {path: ${p}, pathType: Prefix, backend: {service: {name: echo, port: {number: 80}}}}\n`).join('')}`;

function model(annotations: Record<string, string>, paths?: string[]): TraefikModel {
  const r = compile([{ path: 'a.yaml', text: ingress(annotations, paths) }], { target: 'traefik', backends: ['default/echo:80=127.0.0.1:8080'] });
  assert.ok(r.ok, JSON.stringify(r.diagnostics));
  const out = readOutput(r.files);
  assert.deepEqual(traefikValidator()(out.dynamic), []);
  return new TraefikModel(out.dynamic);
}

const burst = (m: TraefikModel, n: number, clientIp = '127.0.0.1', path = '/a'): number[] => {
  const s = Array.from({ length: n }, () => m.route({ host: 'l.test', path, clientIp, concurrent: true }).status);
  m.limits.settle();
  return s;
};

test('limit-rps 2 with multiplier 2: 5 at once (burst 4 + 1), then one every 500 ms; other clients have their own', () => {
  const m = model({ 'limit-rps': '2', 'limit-burst-multiplier': '2' });
  assert.deepEqual(burst(m, 7), [200, 200, 200, 200, 200, 429, 429]);
  assert.deepEqual(burst(m, 2, '127.0.0.2'), [200, 200]);
  m.limits.advance(0.5);
  assert.deepEqual(burst(m, 2), [200, 429]);
  // A request a quarter interval early waits for its token (maxDelay = 1/(2·rate)): served.
  m.limits.advance(0.25);
  assert.deepEqual(burst(m, 1), [200]);
});

test('limit-rpm 1 (default multiplier 5): 6 at once, the 7th waits a minute: 429', () => {
  const m = model({ 'limit-rpm': '1' });
  assert.deepEqual(burst(m, 7), [200, 200, 200, 200, 200, 200, 429]);
  m.limits.advance(60);
  assert.deepEqual(burst(m, 2), [200, 429]);
});

test('limit-connections 2: two requests of a client in progress, the third refused; answered ones free their place', () => {
  const m = model({ 'limit-connections': '2' });
  assert.deepEqual(burst(m, 4), [200, 200, 429, 429]);
  assert.deepEqual(burst(m, 2), [200, 200]);
  // One after the other, each finished before the next: never refused.
  for (let i = 0; i < 5; i++) assert.equal(m.route({ host: 'l.test', path: '/a', clientIp: '127.0.0.1' }).status, 200);
});

test('Traefik counts per router: each path of the Ingress has its own counters (support row partial)', () => {
  const m = model({ 'limit-rpm': '1', 'limit-burst-multiplier': '1' }, ['/a', '/b']);
  assert.deepEqual(burst(m, 3, '127.0.0.1', '/a'), [200, 200, 429]);
  assert.deepEqual(burst(m, 3, '127.0.0.1', '/b'), [200, 200, 429]);
});

test('limit-whitelist: an exempt client reaches a router without the limits (ClientIP); the others are limited', () => {
  const m = model({ 'limit-rpm': '1', 'limit-burst-multiplier': '1', 'limit-whitelist': '127.0.0.9/32, 10.0.0.0/8' });
  assert.deepEqual(burst(m, 3), [200, 200, 429]);
  assert.deepEqual(burst(m, 5, '127.0.0.9'), [200, 200, 200, 200, 200]);
  assert.deepEqual(burst(m, 5, '10.20.30.40'), [200, 200, 200, 200, 200]);
  assert.deepEqual(burst(m, 3, '127.0.0.10'), [200, 200, 429]);
});

test('denylist-source-range: denied clients get 403 (after the limits count them, as nginx\'s preaccess phase), others the allow-list', () => {
  const m = model({ 'denylist-source-range': '127.18.0.0/16', 'whitelist-source-range': '127.0.0.0/8', 'limit-rpm': '1', 'limit-burst-multiplier': '1', 'limit-whitelist': '127.18.0.9/32' });
  assert.deepEqual(burst(m, 2, '127.18.0.1'), [403, 403]);
  // Denied and exempt: refused without being counted.
  assert.deepEqual(burst(m, 4, '127.18.0.9'), [403, 403, 403, 403]);
  assert.deepEqual(burst(m, 3, '127.0.0.1'), [200, 200, 429]);
  assert.equal(m.route({ host: 'l.test', path: '/a', clientIp: '10.0.0.1' }).status, 403);
});

test('proxy-connect-timeout and proxy-read-timeout: a copy of the service with forwardingTimeouts (on its TLS transport), sticky copies too', () => {
  const text = ingress({ 'proxy-connect-timeout': '7', 'proxy-read-timeout': '120', 'proxy-send-timeout': '9' }, ['/a', '/b']);
  const r = compile([{ path: 'a.yaml', text }], { target: 'traefik', backends: ['default/echo:80=127.0.0.1:8080'] });
  assert.ok(r.ok, JSON.stringify(r.diagnostics));
  // proxy-send-timeout has no serversTransport field: a warning located at it.
  assert.ok(r.diagnostics.some((d) => d.code === 'IC2103' && /proxy-send-timeout/.test(d.message)), JSON.stringify(r.diagnostics));
  const out = readOutput(r.files);
  assert.deepEqual(traefikValidator()(out.dynamic), []);
  const http = out.dynamic.http as { routers: Record<string, { service: string }>; services: Record<string, { loadBalancer: { serversTransport?: string } }>; serversTransports: Record<string, unknown> };
  const used = new Set(Object.values(http.routers).filter((x) => x.service !== 'noop@internal').map((x) => x.service));
  assert.deepEqual([...used], ['default_echo_80.timeouts1']);
  const t = http.services['default_echo_80.timeouts1']!.loadBalancer.serversTransport!;
  assert.deepEqual(http.serversTransports[t], { insecureSkipVerify: false, forwardingTimeouts: { dialTimeout: '7s', responseHeaderTimeout: '120s' } });
  // The evaluator still routes to the copy's servers.
  assert.equal(new TraefikModel(out.dynamic).route({ host: 'l.test', path: '/b', clientIp: '127.0.0.1' }).status, 200);
});

test('timeouts on a weighted canary split: the split keeps Traefik\'s defaults, warned (IC4305) at the route', () => {
  const main = ingress({ 'proxy-read-timeout': '120' });
  const canary = main.replace('name: l\n', 'name: l-canary\n').replace('{service: {name: echo', '{service: {name: echo2').replace('"nginx.ingress.kubernetes.io/proxy-read-timeout":"120"', '"nginx.ingress.kubernetes.io/canary":"true","nginx.ingress.kubernetes.io/canary-weight":"30"');
  const r = compile([{ path: 'a.yaml', text: main }, { path: 'b.yaml', text: canary }], { target: 'traefik', backends: ['default/echo:80=127.0.0.1:8080', 'default/echo2:80=127.0.0.1:8081'] });
  assert.ok(r.ok, JSON.stringify(r.diagnostics));
  const d = r.diagnostics.filter((x) => x.code === 'IC4305');
  assert.equal(d.length, 1, JSON.stringify(r.diagnostics));
  assert.equal(d[0]!.loc?.file, 'a.yaml');
});
