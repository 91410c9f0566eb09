import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../../src/compile.js';
import { buildConfig } from '../../src/emit/caddy/emit-caddy.js';
import { caddyJson } from '../../src/emit/caddy/quote.js';
import { applyResolver } from '../../src/emit/caddy/resolver.js';
import { SharedRoutes, sameJson } from '../../src/emit/caddy/shared-routes.js';
import type { Handler, Route } from '../../src/emit/caddy/types.js';
import type { CompileOptions, RouteTable } from '../../src/index.js';
import { loadGoldenCases } from '../helpers/golden.js';
import { tlsSecretYaml } from '../helpers/tls-secret.js';

function irOf(docs: { path: string; text: string }[], options: CompileOptions = {}): RouteTable {
  const { ir, diags } = analyze(docs, { ...options, target: 'caddy' });
  assert.ok(ir && !diags.hasErrors(), JSON.stringify(diags.items, null, 2));
  return ir;
}

/** caddy.json with the hosts' routes shared between the servers, and as each server builds its own. */
function bothWays(ir: RouteTable, resolver?: string): { shared: string; own: string; reused: number } {
  const s = new SharedRoutes();
  const a = buildConfig(ir, undefined, s);
  const b = buildConfig(ir);
  if (resolver !== undefined) {
    applyResolver(a, resolver);
    applyResolver(b, resolver);
  }
  return { shared: caddyJson(a, s.repeated), own: caddyJson(b), reused: s.repeated.size };
}

const invokes = (routes: Route[]): string[] =>
  routes.flatMap((r) => r.handle.flatMap((h: Handler) => (h.handler === 'invoke' ? [h.name] : h.handler === 'subroute' ? invokes(h.routes) : [])));

test('sameJson: the same JSON text, key order included', () => {
  assert.ok(sameJson({ a: [1, 'x', null, { b: true }] }, { a: [1, 'x', null, { b: true }] }));
  assert.ok(!sameJson({ a: 1, b: 2 }, { b: 2, a: 1 }));
  assert.ok(!sameJson([1, 2], [1, 2, 3]));
  assert.ok(!sameJson({ a: [] }, { a: {} }));
  assert.ok(!sameJson({ a: undefined }, {}));
  assert.ok(!sameJson({ a: null }, { a: undefined }));
  assert.ok(!sameJson('1', 1));
});

test('a host whose routes the HTTPS server names differently is built again there, not shared', () => {
  // Variant .v1 of s on the HTTP server is b.test's Host variant (a.test only redirects there); on the HTTPS
  // server a.test comes first and takes .v1, so b.test's routes invoke .v2.
  const ing = (name: string, host: string, vhost: string, tls: string): string =>
    `apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata:\n  name: ${name}\n  annotations:\n    nginx.ingress.kubernetes.io/upstream-vhost: ${vhost}\nspec:\n${tls}  rules:\n  - host: ${host}\n    http:\n      paths:\n      - {path: /, pathType: Prefix, backend: {service: {name: s, port: {number: 80}}}}\n`;
  const ir = irOf([
    { path: 'a.yaml', text: ing('a', 'a.test', 'x.example', '  tls:\n  - hosts: [a.test]\n    secretName: a-tls\n') },
    { path: 'b.yaml', text: ing('b', 'b.test', 'y.example', '') },
    { path: 'c.yaml', text: ing('c', 'c.test', 'y.example', '') },
    { path: 's.yaml', text: tlsSecretYaml('a-tls', { hosts: ['a.test'] }) },
  ]);
  const servers = buildConfig(ir, undefined, new SharedRoutes()).apps.http.servers;
  const hostRoutes = (name: string): Route[] => servers[name]!.routes.filter((r) => r.match?.[0]?.host);
  assert.deepEqual(invokes(hostRoutes('http')), ['default_s_80.v1', 'default_s_80.v1']);
  assert.deepEqual(invokes(hostRoutes('https')), ['default_s_80.v1', 'default_s_80.v2', 'default_s_80.v2']);
  const { shared, own } = bothWays(ir, '10.0.0.10');
  assert.equal(shared, own);
});

test('every golden case: the same caddy.json whether the servers share the hosts’ routes or not, with --resolver too', () => {
  let reused = 0;
  for (const c of loadGoldenCases()) {
    if (c.targets && !c.targets.includes('caddy')) continue;
    const ir = irOf(c.sources, c.options);
    for (const resolver of [undefined, '10.0.0.10:53']) {
      const r = bothWays(ir, resolver);
      assert.equal(r.shared, r.own, c.name);
      reused += r.reused;
    }
  }
  assert.ok(reused > 0, 'no golden case shares a host');
});
