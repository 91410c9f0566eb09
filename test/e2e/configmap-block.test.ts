/**
 * The controller ConfigMap's block-cidrs, live: the listed addresses are refused (403) on every
 * route, with an Ingress's own deny list and also where an Ingress has an allow list (stricter
 * than ingress-nginx, whose http-level deny those locations do not inherit: the support cell says
 * so); other clients are served as before. Where the IR cannot carry the restriction (a default
 * backend) or the target has no deny list, compile fails at the key (IC3150).
 * block-user-agents / block-referers: a request whose User-Agent (Referer) equals a listed string
 * ignoring case, or in which a listed ~* (~) regex is found, gets 403 before any redirect or route,
 * on every host and for unknown hosts (nginx.tmpl's map and server-level `return 403`).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { TargetName } from '../../src/index.js';
import { TARGETS } from '../../src/options.js';
import { KEY_SUPPORT } from '../../src/providers/ingress-nginx/configmap/support.js';
import { skipReason, type ProxyKind } from '../harness/index.js';
import { matchRequest } from '../../src/ir/match.js';
import { modelOptionsFromStatic, TraefikModel } from '../traefik/evaluate.js';
import { readOutput } from '../traefik/output.js';
import { buildCase, LIVE, runProbes, type Case, type Probe } from './configmap-live.js';

const CASE: Case = {
  data: { 'block-cidrs': '127.0.0.2, 127.0.0.3/32', 'denylist-source-range': '127.0.0.5' },
  ingresses: [
    { name: 'app', host: 'app.cm.test' },
    { name: 'allow', host: 'allow.cm.test', annotations: { 'whitelist-source-range': '127.0.0.0/24' } },
    { name: 'deny', host: 'deny.cm.test', annotations: { 'denylist-source-range': '127.0.0.4' } },
  ],
};

const PROBES: Probe[] = [
  { what: 'a client not listed is served', host: 'app.cm.test', from: '127.0.0.1', expect: 200 },
  { what: 'a listed address is refused', host: 'app.cm.test', from: '127.0.0.2', expect: 403 },
  { what: 'a listed /32 is refused', host: 'app.cm.test', from: '127.0.0.3', expect: 403 },
  { what: "the ConfigMap's denylist-source-range applies as well", host: 'app.cm.test', from: '127.0.0.5', expect: 403 },
  { what: 'an Ingress with an allow list: a listed address is still refused', host: 'allow.cm.test', from: '127.0.0.2', expect: 403 },
  { what: 'an Ingress with an allow list: its clients are served', host: 'allow.cm.test', from: '127.0.0.4', expect: 200 },
  { what: "an Ingress with its own deny list: that list applies (the ConfigMap's denylist is replaced)", host: 'deny.cm.test', from: '127.0.0.4', expect: 403 },
  { what: "an Ingress with its own deny list: the ConfigMap's denylist no longer applies", host: 'deny.cm.test', from: '127.0.0.5', expect: 200 },
  { what: 'an Ingress with its own deny list: block-cidrs still applies', host: 'deny.cm.test', from: '127.0.0.2', expect: 403 },
];

const honours = (t: TargetName): boolean => KEY_SUPPORT['block-cidrs']?.[t] !== undefined;

for (const kind of LIVE.filter(honours))
  test(`${kind}: ConfigMap block-cidrs, live`, { skip: skipReason(kind as ProxyKind) }, async () => {
    assert.deepEqual(await runProbes(kind, (ports, echo) => buildCase(CASE, kind, ports, echo), PROBES), []);
  });

test('traefik: ConfigMap block-cidrs through the rule evaluator (deny routers, client-twins.ts)', () => {
  const r = buildCase(CASE, 'traefik', { http: 8080, https: 8443 }, 9);
  assert.ok(r.ok, JSON.stringify(r.diagnostics, null, 2));
  const out = readOutput(r.files);
  const model = new TraefikModel(out.dynamic, modelOptionsFromStatic(out.static));
  const wrong = PROBES.map((p) => ({ p, status: model.route({ host: p.host, path: p.path ?? '/', clientIp: p.from ?? '127.0.0.1' }).status })).filter((x) => x.status !== x.p.expect);
  assert.deepEqual(wrong.map((x) => `${x.p.what}: ${x.status}`), []);
});

test('the IR evaluator sees the deny lists (sourceDeny of each route)', () => {
  const r = buildCase(CASE, 'nginx', { http: 8080, https: 8443 }, 9);
  assert.ok(r.ok, JSON.stringify(r.diagnostics, null, 2));
  const deny = Object.fromEntries(r.ir!.vhosts.map((v) => [v.name, v.prefix[0]?.policies?.sourceDeny]));
  assert.deepEqual(deny, { 'allow.cm.test': ['127.0.0.2/32', '127.0.0.3/32', '127.0.0.5/32'], 'app.cm.test': ['127.0.0.2/32', '127.0.0.3/32', '127.0.0.5/32'], 'deny.cm.test': ['127.0.0.2/32', '127.0.0.3/32', '127.0.0.4/32'] });
});

test('fail closed: targets without a deny list, and a default backend, are IC3150 at the key', () => {
  for (const target of TARGETS.filter((t) => !honours(t))) {
    const r = buildCase({ ...CASE, data: { 'block-cidrs': '127.0.0.2' } }, target, { http: 8080, https: 8443 }, 9);
    assert.equal(r.ok, false, target);
    assert.deepEqual(r.diagnostics.filter((d) => d.loc?.file === 'cm.yaml' && d.severity === 'error').map((d) => `${d.code} ${d.loc?.line}`), ['IC3150 5'], target);
  }
  for (const target of TARGETS.filter(honours)) {
    const r = buildCase({ ...CASE, data: { 'block-cidrs': '127.0.0.2' } }, target, { http: 8080, https: 8443 }, 9, [], { defaultBackend: 'default/echo:80' });
    assert.equal(r.ok, false, target);
    assert.deepEqual(r.diagnostics.filter((d) => d.loc?.file === 'cm.yaml' && d.severity === 'error').map((d) => `${d.code} ${d.loc?.line}`), ['IC3150 5'], target);
  }
});

test('block-cidrs values: addresses and CIDRs, else IC2300 at the key', () => {
  for (const v of ['10.0.0.0/33', 'example.com', '10.0.0.1;', '1.2.3.4 5.6.7.8']) {
    const r = buildCase({ ...CASE, data: { 'block-cidrs': v } }, 'nginx', { http: 8080, https: 8443 }, 9);
    assert.equal(r.ok, false, v);
    assert.deepEqual(r.diagnostics.filter((d) => d.code === 'IC2300').map((d) => d.loc?.line), [5], v);
  }
});

const HEADERS_CASE: Case = {
  data: { 'block-user-agents': '~*bot, curl/7.1, ~^Evil[0-9]+', 'block-referers': '~*spam\\.test' },
  tlsHosts: ['tls.cm.test'],
  ingresses: [
    { name: 'app', host: 'app.cm.test' },
    { name: 'tls', host: 'tls.cm.test', tls: true },
  ],
};

const ua = (v: string) => ({ 'User-Agent': v });
const HEADER_PROBES: Probe[] = [
  { what: 'no User-Agent: served', host: 'app.cm.test', expect: 200 },
  { what: '~*bot: found ignoring case', host: 'app.cm.test', headers: ua('Mozilla/5.0 (compatible; Googlebot/2.1)'), expect: 403 },
  { what: '~*bot: upper case', host: 'app.cm.test', headers: ua('BOT'), expect: 403 },
  { what: 'a string: the whole value, ignoring case', host: 'app.cm.test', headers: ua('CURL/7.1'), expect: 403 },
  { what: 'a string: not a prefix', host: 'app.cm.test', headers: ua('curl/7.10'), expect: 200 },
  { what: '~ (case-sensitive regex): matching', host: 'app.cm.test', headers: ua('Evil42'), expect: 403 },
  { what: '~ (case-sensitive regex): other case passes', host: 'app.cm.test', headers: ua('evil42'), expect: 200 },
  { what: 'block-referers ~*: found', host: 'app.cm.test', headers: { Referer: 'http://SPAM.test/x' }, expect: 403 },
  { what: 'block-referers: a "." is a literal dot', host: 'app.cm.test', headers: { Referer: 'http://spamXtest/' }, expect: 200 },
  { what: 'before the HTTPS redirect of a TLS host', host: 'tls.cm.test', headers: ua('bot'), expect: 403 },
  { what: 'the TLS host redirects other clients', host: 'tls.cm.test', headers: ua('Mozilla/5.0'), expect: 308 },
  { what: 'over HTTPS too', host: 'tls.cm.test', https: true, headers: ua('bot'), expect: 403 },
  { what: 'an unknown host: 403 too', host: 'nowhere.cm.test', headers: ua('bot'), expect: 403 },
  { what: 'an unknown host, other client: 404', host: 'nowhere.cm.test', headers: ua('Mozilla/5.0'), expect: 404 },
];

const headerTargets = (t: TargetName): boolean => KEY_SUPPORT['block-user-agents']?.[t] !== undefined;

for (const kind of LIVE.filter(headerTargets))
  test(`${kind}: ConfigMap block-user-agents and block-referers, live`, { skip: skipReason(kind as ProxyKind) }, async () => {
    assert.deepEqual(await runProbes(kind, (ports, echo) => buildCase(HEADERS_CASE, kind, ports, echo), HEADER_PROBES), []);
  });

test('the IR evaluator agrees (match.ts: blocked)', () => {
  const r = buildCase(HEADERS_CASE, 'nginx', { http: 8080, https: 8443 }, 9);
  assert.ok(r.ok, JSON.stringify(r.diagnostics, null, 2));
  for (const p of HEADER_PROBES) {
    const m = matchRequest(r.ir!, p.host, p.path ?? '/', { https: p.https === true, ...(p.headers ? { headers: p.headers } : {}) });
    assert.equal(m.blocked !== undefined, p.expect === 403, p.what);
  }
});

test('block-user-agents and block-referers fail closed where not honoured (IC3150), and refuse what nginx would misread (IC2300)', () => {
  for (const target of TARGETS.filter((t) => !headerTargets(t))) {
    const r = buildCase(HEADERS_CASE, target, { http: 8080, https: 8443 }, 9);
    assert.equal(r.ok, false, target);
    assert.deepEqual(r.diagnostics.filter((d) => d.loc?.file === 'cm.yaml' && d.severity === 'error').map((d) => `${d.code} ${d.loc?.line}`), ['IC3150 5', 'IC3150 6'], target);
  }
  for (const v of ['bot,', 'a b', 'default', '~*(?=x)', '~*.*', '~*a|', 'x;y', '"q"']) {
    const r = buildCase({ ...HEADERS_CASE, data: { 'block-user-agents': v } }, 'nginx', { http: 8080, https: 8443 }, 9);
    assert.equal(r.ok, false, v);
    assert.deepEqual(r.diagnostics.filter((d) => d.code === 'IC2300').map((d) => d.loc?.line), [5], v);
  }
});
