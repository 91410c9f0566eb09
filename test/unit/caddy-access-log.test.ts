// enable-access-log "false" on Caddy: the quiet route's redirects and its host's HTTPS redirect
// carry the route's log_skip (route-handlers.ts logSkip), a loud route's on the same host do not,
// and a host without quiet routes keeps its one HTTPS redirect route.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { compile } from '../../src/index.js';
import type { CaddyConfig, Handler, Route } from '../../src/emit/caddy/types.js';
import { tlsSecretYaml } from '../helpers/tls-secret.js';

const A = 'nginx.ingress.kubernetes.io/';
const ingress = (name: string, host: string, path: string, annotations: Record<string, string>, tls = false): string => `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata: {name: ${name}, namespace: default, annotations: ${JSON.stringify(Object.fromEntries(Object.entries(annotations).map(([k, v]) => [A + k, v])))}}
spec:
${tls ? `  tls: [{hosts: [${host}], secretName: tls}]\n` : ''}  rules:
  - host: ${host}
    http: {paths: [{path: ${path}, pathType: Prefix, backend: {service: {name: app, port: {number: 80}}}}]}
`;

function config(docs: string[], configMap?: Record<string, string>): CaddyConfig {
  const controllerConfig = configMap && { path: 'cm.yaml', text: `apiVersion: v1\nkind: ConfigMap\nmetadata: {name: ingress-nginx-controller, namespace: ingress-nginx}\ndata: ${JSON.stringify(configMap)}\n` };
  const r = compile([...docs, tlsSecretYaml('tls', { hosts: ['t.test'] })].map((text, i) => ({ path: `in${i}.yaml`, text })), { target: 'caddy', backends: ['default/app:80=127.0.0.1:9'], ...(controllerConfig ? { controllerConfig } : {}) });
  assert.ok(r.ok, JSON.stringify(r.diagnostics));
  return JSON.parse(r.files.find((f) => f.path === 'caddy.json')!.content) as CaddyConfig;
}

/** The routes of `host`'s subroute on `server`. */
function hostRoutes(c: CaddyConfig, server: string, host: string): Route[] {
  const routes = (c.apps.http.servers as Record<string, { routes: Route[] }>)[server]!.routes;
  const h = JSON.stringify(routes.find((r) => r.match?.some((m) => m.host?.includes(host))) ?? assert.fail(`no ${host}`));
  return (JSON.parse(h) as Route).handle.flatMap((x) => (x.handler === 'subroute' ? (x as Handler & { routes: Route[] }).routes : []));
}
/** The terminal routes whose path_regexp finds `path` (the first answers), or that have no path matcher (HSTS's headers route is not terminal). */
const forPath = (routes: Route[], path: string): Route[] => routes.filter((r) => r.terminal === true).filter((r) => !r.match || r.match.some((m) => !m.path_regexp || new RegExp(m.path_regexp.pattern).test(path)));
const SKIP = { handler: 'vars', log_skip: true };
const redirects = (h: readonly Handler[]): boolean => JSON.stringify(h).includes('"Location"');

test('a quiet route\'s permanent-redirect and force-ssl-redirect skip the log; a loud route\'s do not', () => {
  const c = config([
    ingress('qm', 'u.test', '/qm', { 'enable-access-log': 'false', 'permanent-redirect': 'https://x.test/' }),
    ingress('lm', 'u.test', '/lm', { 'permanent-redirect': 'https://x.test/' }),
    ingress('qf', 'u.test', '/qf', { 'enable-access-log': 'false', 'force-ssl-redirect': 'true' }),
    ingress('lf', 'u.test', '/lf', { 'force-ssl-redirect': 'true' }),
  ]);
  const routes = hostRoutes(c, 'http', 'u.test');
  for (const p of ['/qm/a', '/qf/a']) {
    const [r] = forPath(routes, p);
    assert.deepEqual(r!.handle[0], SKIP, p);
    assert.ok(redirects(r!.handle.slice(1)), p);
  }
  for (const p of ['/lm/a', '/lf/a']) {
    const [r] = forPath(routes, p);
    assert.ok(redirects(r!.handle) && !JSON.stringify(r!.handle).includes('log_skip'), p);
  }
});

test('the HTTPS redirect of a host with a quiet route: one per route, the quiet one skipping the log, the fallback logged', () => {
  const c = config([ingress('q', 't.test', '/q', { 'enable-access-log': 'false' }, true), ingress('l', 't.test', '/l', {}, true)]);
  const routes = hostRoutes(c, 'http', 't.test');
  const [q] = forPath(routes, '/q/a'), [l] = forPath(routes, '/l/a'), [other] = forPath(routes, '/other');
  assert.deepEqual(q!.handle[0], SKIP);
  assert.ok(redirects(q!.handle));
  for (const r of [l!, other!]) assert.ok(redirects(r.handle) && !JSON.stringify(r.handle).includes('log_skip'));
  // On HTTPS the quiet route proxies, unlogged, as before.
  assert.deepEqual(forPath(hostRoutes(c, 'https', 't.test'), '/q/a')[0]!.handle[0], SKIP);
});

test('use-forwarded-headers: the plain-request redirect of a quiet route skips the log, on both servers', () => {
  const c = config([ingress('q', 't.test', '/q', { 'enable-access-log': 'false' }, true), ingress('l', 't.test', '/l', {}, true)], { 'use-forwarded-headers': 'true' });
  for (const server of ['http', 'https']) {
    const routes = hostRoutes(c, server, 't.test');
    const plain = (p: string): Route => forPath(routes, p).find((r) => r.match?.some((m) => m.vars !== undefined)) ?? assert.fail(`${server} ${p}`);
    // The HTTPS redirect first, before the route proxies, as the host-wide one was.
    for (const p of ['/q/a', '/l/a', '/other']) assert.equal(forPath(routes, p)[0], plain(p));
    assert.deepEqual(plain('/q/a').handle[0], SKIP);
    assert.ok(JSON.stringify(plain('/q/a').handle).includes('https://{http.request.host}'));
    for (const p of ['/l/a', '/other']) assert.ok(!JSON.stringify(plain(p).handle).includes('log_skip'), p);
  }
});

test('without quiet routes: the host\'s one HTTPS redirect route', () => {
  const routes = hostRoutes(config([ingress('l', 't.test', '/l', {}, true)]), 'http', 't.test');
  assert.equal(routes.length, 1);
  assert.ok(routes[0]!.match === undefined && redirects(routes[0]!.handle));
});
