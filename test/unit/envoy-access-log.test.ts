/**
 * Envoy's access log (src/emit/envoy/access-log.ts): a stdout logger in every HTTP connection
 * manager; enable-access-log "false" marks every Envoy route of its path (redirect and CORS
 * routes too) with route metadata that the logger's CEL filter skips. Live proof:
 * test/e2e/access-log.test.ts.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { compile } from '../../src/index.js';
import { LOGGED_EXPRESSION } from '../../src/emit/envoy/access-log.js';
import type { Bootstrap, HcmFilter, Route } from '../../src/emit/envoy/types.js';
import { tlsSecretYaml } from '../helpers/tls-secret.js';

const ingress = (name: string, path: string, annotations: Record<string, string>): string => `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: ${name}
  annotations: ${JSON.stringify(Object.fromEntries(Object.entries({ 'ssl-redirect': 'false', ...annotations }).map(([k, v]) => [`nginx.ingress.kubernetes.io/${k}`, v])))}
spec:
  tls: [{hosts: [a.test], secretName: a-tls}]
  rules:
  - host: a.test
    http:
      paths:
      - {path: ${path}, pathType: Prefix, backend: {service: {name: app, port: {number: 80}}}}
`;

function bootstrap(docs: string[], configMap?: Record<string, string>): Bootstrap {
  const controllerConfig = configMap && { path: 'cm.yaml', text: `apiVersion: v1\nkind: ConfigMap\nmetadata: {name: ingress-nginx-controller, namespace: ingress-nginx}\ndata: ${JSON.stringify(configMap)}\n` };
  const r = compile([...docs, tlsSecretYaml('a-tls', { hosts: ['a.test'] })].map((text, i) => ({ path: `in${i}.yaml`, text })), { target: 'envoy', backends: ['default/app:80=127.0.0.1:9'], ...(controllerConfig ? { controllerConfig } : {}) });
  assert.ok(r.ok, JSON.stringify(r.diagnostics));
  return JSON.parse(r.files.find((f) => f.path === 'envoy.json')!.content) as Bootstrap;
}
const hcms = (b: Bootstrap, listener?: string): HcmFilter['typed_config'][] =>
  b.static_resources.listeners.filter((l) => listener === undefined || l.name === listener).flatMap((l) => l.filter_chains.flatMap((c): { name: string }[] => c.filters)).filter((f): f is HcmFilter => f.name === 'envoy.filters.network.http_connection_manager').map((f) => f.typed_config);
const routesTo = (b: Bootstrap, prefix: string, listener?: string): Route[] =>
  hcms(b, listener).flatMap((h) => h.route_config.virtual_hosts.flatMap((v) => v.routes)).filter((r) => (r.match.path_separated_prefix ?? r.match.prefix ?? r.match.path) === prefix);
const QUIET = { filter_metadata: { ingressc: { access_log: false } } };

test('every connection manager logs to stdout in Envoy\'s default format, unfiltered without a quiet route', () => {
  const b = bootstrap([ingress('loud', '/loud', {})]);
  assert.equal(hcms(b).length, 2);
  for (const h of hcms(b)) assert.deepEqual(h.access_log, [{ name: 'envoy.access_loggers.stdout', typed_config: { '@type': 'type.googleapis.com/envoy.extensions.access_loggers.stream.v3.StdoutAccessLog' } }]);
  assert.ok(routesTo(b, '/loud').every((r) => r.metadata === undefined));
});

test('enable-access-log "false": the CEL filter on every logger, the metadata on every route of the path only', () => {
  const b = bootstrap([ingress('quiet', '/quiet', { 'enable-access-log': 'false', 'enable-cors': 'true' }), ingress('moved', '/moved', { 'enable-access-log': 'false', 'permanent-redirect': 'https://b.test/' }), ingress('loud', '/loud', { 'enable-access-log': 'true' })]);
  for (const h of hcms(b)) {
    const [log] = h.access_log as { filter?: { extension_filter: { name: string; typed_config: { expression: string } } } }[];
    assert.equal(log?.filter?.extension_filter.name, 'envoy.access_loggers.extension_filters.cel');
    assert.equal(log?.filter?.extension_filter.typed_config.expression, LOGGED_EXPRESSION);
  }
  // CORS: the preflight answer and the proxying route, on both listeners.
  const quiet = routesTo(b, '/quiet');
  assert.ok(quiet.length >= 4, String(quiet.length));
  for (const r of quiet) assert.deepEqual(r.metadata, QUIET);
  // The redirect is the route's answer: marked too.
  const moved = routesTo(b, '/moved');
  assert.ok(moved.length >= 2 && moved.every((r) => r.direct_response?.status === 301));
  for (const r of moved) assert.deepEqual(r.metadata, QUIET);
  assert.ok(routesTo(b, '/loud').length >= 2 && routesTo(b, '/loud').every((r) => r.metadata === undefined));
});

test('the host\'s HTTPS redirect: one per path, in order, the quiet ones marked, before the catch-all', () => {
  const b = bootstrap([ingress('quiet', '/a', { 'enable-access-log': 'false', 'ssl-redirect': 'true' }), ingress('loud', '/a/b', { 'ssl-redirect': 'true' })]);
  const http = hcms(b, 'http')[0]!.route_config.virtual_hosts.find((v) => v.name === 'a.test')!.routes;
  const at = (p: string): number => http.findIndex((r) => r.match.path_separated_prefix === p);
  // The longer loud prefix first (so /a/b/c is logged), then the quiet one, then "/".
  assert.ok(at('/a/b') >= 0 && at('/a/b') < at('/a') && at('/a') < http.findIndex((r) => r.match.prefix === '/'));
  for (const r of http) assert.ok(r.redirect !== undefined || r.direct_response !== undefined);
  assert.ok(http.filter((r) => r.metadata !== undefined).every((r) => r.match.path_separated_prefix === '/a'));
  assert.ok(routesTo(b, '/a', 'http').every((r) => r.metadata !== undefined));
  // Without a quiet route: the single catch-all, as before.
  const plain = hcms(bootstrap([ingress('loud', '/a/b', { 'ssl-redirect': 'true' })]), 'http')[0]!.route_config.virtual_hosts.find((v) => v.name === 'a.test')!.routes;
  assert.ok(plain.every((r) => r.match.prefix === '/'));
});

test('use-forwarded-headers: the X-Forwarded-Proto redirects of a quiet path are marked, on both listeners', () => {
  const b = bootstrap([ingress('quiet', '/a', { 'enable-access-log': 'false', 'ssl-redirect': 'true' })], { 'use-forwarded-headers': 'true' });
  for (const listener of ['http', 'https']) {
    const routes = hcms(b, listener)[0]!.route_config.virtual_hosts.find((v) => v.name === 'a.test')!.routes;
    const redirects = routes.filter((r) => r.match.headers?.some((h) => h.name === 'x-forwarded-proto'));
    const quiet = redirects.filter((r) => r.match.path_separated_prefix === '/a');
    assert.ok(quiet.length > 0 && quiet.every((r) => r.metadata !== undefined), listener);
    assert.ok(redirects.filter((r) => r.match.prefix === '/').every((r) => r.metadata === undefined), listener);
    // The proxying routes of the path are marked too.
    assert.ok(routes.filter((r) => r.match.path_separated_prefix === '/a').every((r) => r.metadata !== undefined), listener);
  }
});

test('the filter logs a request Envoy routes nowhere: each attribute is tested before it is read', () => {
  // A missing attribute is a CEL error, and an error drops the line: has(xds.route_name) first
  // (absent without a route), then the metadata entry (absent on loud routes).
  assert.match(LOGGED_EXPRESSION, /^!has\(xds\.route_name\) \|\| !\('ingressc' in xds\.route_metadata\.filter_metadata\) \|\| /);
});
