/**
 * The controller ConfigMap's redirect keys, live: force-ssl-redirect is the default of the
 * annotation (an Ingress's own value replaces it), and http-redirect-code is the status of the
 * HTTPS redirects (ssl-redirect, force-ssl-redirect; lua_ingress.lua redirect_to_https) and of the
 * from-to-www redirect servers, while a location's own temporal-redirect keeps its code
 * (configmap.md; semantics.md §3.6). The IR evaluator (match.ts) must agree with every proxy.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { TargetName } from '../../src/index.js';
import { matchRequest } from '../../src/ir/match.js';
import { skipReason, type ProxyKind } from '../harness/index.js';
import { modelOf } from '../gateway-api/output.js';
import { buildCase, LIVE, runProbes, type Case, type Probe } from './configmap-live.js';

const CASE: Case = {
  data: { 'http-redirect-code': '301', 'force-ssl-redirect': 'true' },
  tlsHosts: ['tls.cm.test', 'tlsoff.cm.test', 'acme.cm.test'],
  ingresses: [
    { name: 'plain', host: 'plain.cm.test' },
    { name: 'optout', host: 'optout.cm.test', annotations: { 'force-ssl-redirect': 'false' } },
    { name: 'tls', host: 'tls.cm.test', tls: true },
    { name: 'tlsoff', host: 'tlsoff.cm.test', tls: true, annotations: { 'force-ssl-redirect': 'false', 'ssl-redirect': 'false' } },
    { name: 'tmp', host: 'tmp.cm.test', annotations: { 'temporal-redirect': 'https://example.test/t' } },
    { name: 'www', host: 'w.cm.test', annotations: { 'from-to-www-redirect': 'true', 'force-ssl-redirect': 'false' } },
    // An ACME HTTP-01 solver next to an application on a TLS host (no-tls-redirect-locations' default).
    { name: 'acme', host: 'acme.cm.test', tls: true },
    { name: 'solver', host: 'acme.cm.test', path: '/.well-known/acme-challenge' },
    { name: 'plainpath', host: 'acme.cm.test', path: '/plain' },
  ],
};

const PROBES: Probe[] = [
  { what: 'force-ssl-redirect from the ConfigMap on a host without TLS: 301 (http-redirect-code)', host: 'plain.cm.test', path: '/a/', expect: 301, location: 'https://plain.cm.test:{https}/a' },
  { what: 'the annotation force-ssl-redirect "false" replaces it', host: 'optout.cm.test', path: '/a/', expect: 200 },
  { what: 'ssl-redirect of a TLS host answers the ConfigMap code', host: 'tls.cm.test', path: '/x?q=1', expect: 301, location: 'https://tls.cm.test:{https}/x?q=1' },
  { what: 'the TLS host over HTTPS is served', host: 'tls.cm.test', https: true, expect: 200 },
  { what: 'ssl-redirect and force-ssl-redirect "false" on a TLS host: served over HTTP', host: 'tlsoff.cm.test', expect: 200 },
  { what: "a location's temporal-redirect keeps its own 302", host: 'tmp.cm.test', expect: 302, location: 'https://example.test/t' },
  { what: 'the from-to-www redirect answers the ConfigMap code', host: 'www.w.cm.test', path: '/p', expect: 301, location: 'http://w.cm.test:{http}/p' },
  { what: 'no-tls-redirect-locations (default): the ACME challenge path is served over HTTP', host: 'acme.cm.test', path: '/.well-known/acme-challenge/tok', expect: 200 },
  { what: 'no-tls-redirect-locations (default): the rest of the host redirects', host: 'acme.cm.test', path: '/x', expect: 301, location: 'https://acme.cm.test:{https}/x' },
  { what: 'no-tls-redirect-locations (default): a path not listed redirects', host: 'acme.cm.test', path: '/plain/a', expect: 301, location: 'https://acme.cm.test:{https}/plain/a' },
  { what: 'no-tls-redirect-locations (default): an unmatched path (the fallback) redirects', host: 'acme.cm.test', path: '/', expect: 301, location: 'https://acme.cm.test:{https}' },
];

/** no-tls-redirect-locations set: its list replaces the default. */
const LISTED: Case = { ...CASE, data: { 'no-tls-redirect-locations': '/plain, /nothing' } };
const LISTED_PROBES: Probe[] = [
  { what: 'a listed prefix is served over HTTP', host: 'acme.cm.test', path: '/plain/a', expect: 200 },
  { what: 'the default ACME path is no longer exempt', host: 'acme.cm.test', path: '/.well-known/acme-challenge/tok', expect: 308, location: 'https://acme.cm.test:{https}/.well-known/acme-challenge/tok' },
  { what: 'the host redirects the rest', host: 'acme.cm.test', path: '/x/', expect: 308, location: 'https://acme.cm.test:{https}/x' },
];

for (const kind of LIVE) {
  test(`${kind}: force-ssl-redirect, http-redirect-code and no-tls-redirect-locations from the ConfigMap, live`, { skip: skipReason(kind as ProxyKind) }, async () => {
    assert.deepEqual(await runProbes(kind, (ports, echo) => buildCase(CASE, kind, ports, echo), PROBES), []);
    assert.deepEqual(await runProbes(kind, (ports, echo) => buildCase(LISTED, kind, ports, echo), LISTED_PROBES), []);
  });
}

test('the IR evaluator agrees: each probe, and 302 and 307 as well as 301', () => {
  for (const code of ['301', '302', '307']) {
    const r = buildCase({ ...CASE, data: { ...CASE.data, 'http-redirect-code': code } }, 'nginx', { http: 8080, https: 8443 }, 9);
    assert.ok(r.ok, JSON.stringify(r.diagnostics, null, 2));
    for (const p of PROBES) {
      const m = matchRequest(r.ir!, p.host, p.path ?? '/', { https: p.https === true });
      const want = p.expect === 301 ? Number(code) : p.expect;
      assert.equal(m.via === 'redirect' ? m.redirect!.status : 200, want, `${code}: ${p.what}`);
      if (p.location) assert.equal(m.redirect?.location, p.location.replace('{http}', '8080').replace('{https}', '8443'), p.what);
    }
  }
});

test('Gateway API: the HTTPS redirects carry the ConfigMap code (the spec evaluator reads the HTTPRoutes; from-to-www is refused there)', () => {
  const redirects = PROBES.filter((p) => p.expect === 301 && !p.host.startsWith('acme.') && !p.host.startsWith('www.'));
  assert.equal(redirects.length, 2);
  for (const code of ['301', '302', '307']) {
    const c: Case = { ...CASE, ingresses: CASE.ingresses.filter((i) => i.name !== 'www'), data: { ...CASE.data, 'http-redirect-code': code } };
    const r = buildCase(c, 'gateway-api', { http: 8080, https: 8443 }, 9);
    assert.ok(r.ok, JSON.stringify(r.diagnostics.filter((d) => d.severity === 'error'), null, 2));
    const model = modelOf(r);
    for (const p of redirects) assert.equal(model.route({ host: p.host, path: p.path ?? '/', https: false, method: 'GET' }).status, Number(code), `${code}: ${p.what}`);
  }
});

test('targets without the key fail at it: Traefik refuses http-redirect-code (IC3151); force-ssl-redirect follows the annotation\'s rows', () => {
  for (const target of ['traefik'] as TargetName[]) {
    const r = buildCase(CASE, target, { http: 8080, https: 8443 }, 9);
    assert.equal(r.ok, false);
    const at = r.diagnostics.filter((d) => d.code === 'IC3151').map((d) => `${d.loc?.file}:${d.loc?.line}`).sort();
    assert.deepEqual(at, ['cm.yaml:5'], target);
  }
});

test('http-redirect-code: values other than 301, 302, 307, 308 are IC2300 at the key', () => {
  for (const v of ['303', '300', '3O1', '308 ', '']) {
    const r = buildCase({ ...CASE, data: { 'http-redirect-code': v } }, 'nginx', { http: 8080, https: 8443 }, 9);
    assert.equal(r.ok, false, v);
    assert.deepEqual(r.diagnostics.filter((d) => d.code === 'IC2300').map((d) => d.loc?.line), [5], v);
  }
});
