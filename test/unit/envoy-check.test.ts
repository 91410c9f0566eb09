import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../../src/compile.js';
import { Diagnostics } from '../../src/diagnostics/collector.js';
import { checkBootstrap } from '../../src/emit/envoy/check.js';
import { buildBootstrap, envoyEmitter } from '../../src/emit/envoy/emit-envoy.js';
import type { Bootstrap, HcmFilter } from '../../src/emit/envoy/types.js';
import type { RouteTable } from '../../src/index.js';

const DOCS = [
  `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata: {name: c}
spec:
  tls:
  - hosts: [a.test]
    secretName: a-tls
  - hosts: ["*.w.test", b.test]
    secretName: w-tls
  rules:
  - host: a.test
    http:
      paths:
      - {path: /a, pathType: Prefix, backend: {service: {name: a, port: {number: 80}}}}
  - host: "*.w.test"
    http:
      paths:
      - {path: /, pathType: Prefix, backend: {service: {name: w, port: {number: 80}}}}
  - http:
      paths:
      - {path: /, pathType: Prefix, backend: {service: {name: any, port: {number: 80}}}}
`,
];

function ir(): RouteTable {
  // No HTTP→HTTPS redirect, so both listeners carry the same routes.
  const r = analyze(DOCS.map((text, i) => ({ path: `in${i}.yaml`, text })), { target: 'envoy', sslRedirect: false });
  assert.ok(r.ir && !r.diags.hasErrors(), JSON.stringify(r.diags.items));
  return r.ir;
}

/** A fresh, deep-copied bootstrap to break (structuredClone also un-shares the HTTPS HCM). */
const fresh = (): Bootstrap => structuredClone(buildBootstrap(ir()));
const hcmOf = (b: Bootstrap, listener = 0, chain = 0): HcmFilter => b.static_resources.listeners[listener]!.filter_chains[chain]!.filters[0] as HcmFilter;
const details = (b: Bootstrap): string[] => checkBootstrap(b).map((p) => p.detail);

test('the emitted bootstrap passes its own check', () => {
  assert.deepEqual(details(buildBootstrap(ir())), []);
});

test('a route naming a missing cluster', () => {
  const b = fresh();
  b.static_resources.clusters = b.static_resources.clusters.filter((c) => c.name !== 'default_a_80');
  assert.deepEqual(details(b), [
    'listener "http", virtual host "a.test": route names unknown cluster "default_a_80"',
    'listener "https", virtual host "a.test": route names unknown cluster "default_a_80"',
  ]);
});

test('duplicate names and domains', () => {
  const b = fresh();
  const vhs = hcmOf(b).typed_config.route_config.virtual_hosts;
  vhs.push({ ...structuredClone(vhs[0]!), domains: ['A.TEST'] }); // same name, same domain in another case
  vhs.push({ name: 'second-star', domains: ['*'], routes: [{ match: { prefix: '/' }, direct_response: { status: 404 } }] });
  b.static_resources.clusters.push(structuredClone(b.static_resources.clusters[0]!));
  b.static_resources.listeners.push(structuredClone(b.static_resources.listeners[0]!));
  const d = details(b);
  for (const want of [
    'duplicate cluster name "default_a_80"',
    'duplicate listener name "http"',
    'listener "http": duplicate virtual host name "a.test"',
    'listener "http": domain "A.TEST" is in two virtual hosts',
    'listener "http": domain "*" is in two virtual hosts',
  ])
    assert.ok(d.includes(want), `${want} not in ${JSON.stringify(d)}`);
});

test('router missing, misplaced or without typed_config', () => {
  const b = fresh();
  const filters = hcmOf(b).typed_config.http_filters;
  filters.push({ name: 'envoy.filters.http.cors', typed_config: { '@type': 'type.googleapis.com/envoy.extensions.filters.http.cors.v3.Cors' } });
  const b2 = fresh();
  delete (hcmOf(b2).typed_config.http_filters.find((f) => f.name === 'envoy.filters.http.router') as { typed_config?: unknown }).typed_config;
  assert.deepEqual(details(b), ['listener "http": the router is not the last http filter']);
  assert.deepEqual(details(b2), ['listener "http": http filter "envoy.filters.http.router" has no typed_config', 'listener "http": the router is not the last http filter']);
});

test('route shapes Envoy would reject or misread', () => {
  const b = fresh();
  const routes = hcmOf(b).typed_config.route_config.virtual_hosts[0]!.routes;
  routes[0]!.match = { path_separated_prefix: '/a/' };
  routes.push({ match: { prefix: '/', path: '/x' }, direct_response: { status: 404 }, route: { cluster: 'default_a_80', timeout: '0s' } });
  assert.deepEqual(details(b), [
    'listener "http", virtual host "a.test": invalid path_separated_prefix "/a/"',
    'listener "http", virtual host "a.test": a route has 2 path specifiers',
    'listener "http", virtual host "a.test": a route has 2 actions',
  ]);
});

test('SNI: a server name in two chains, two chains without a match', () => {
  const b = fresh();
  const chains = b.static_resources.listeners[1]!.filter_chains;
  chains.push({ ...structuredClone(chains[0]!), name: 'sni-1', filter_chain_match: { server_names: ['b.test'] } });
  chains.push({ ...structuredClone(chains[0]!), name: 'sni-2', filter_chain_match: { server_names: ['b.test'] } });
  chains.push({ ...structuredClone(chains[0]!), name: 'fallback-2' });
  assert.deepEqual(details(b), ['listener "https": server name "b.test" is in two filter chains', 'listener "https": 2 filter chains without a match']);
});

test('the emitter reports IC4002 at the source of the broken route', () => {
  const broken = ir();
  const route = broken.vhosts.find((v) => v.name === 'a.test')!.prefix[0]!;
  route.upstream = 'default_missing_80'; // an IR whose route names no upstream: a lowering bug
  const diagnostics = new Diagnostics();
  envoyEmitter.emit(broken, { diagnostics, options: { resolver: '10.96.0.10' } });
  assert.equal(diagnostics.items.length, 2); // once per listener
  for (const d of diagnostics.items) {
    assert.equal(d.code, 'IC4002');
    assert.equal(d.severity, 'error');
    assert.equal(d.target, 'envoy');
    assert.deepEqual(d.loc, route.origin);
    assert.match(d.message, /route names unknown cluster "default_missing_80"/);
  }
});
