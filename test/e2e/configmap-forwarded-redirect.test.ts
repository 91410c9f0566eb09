/**
 * use-forwarded-headers and the HTTPS redirect, live: ingress-nginx's redirect_to_https
 * (lua_ingress.lua) reads $pass_access_scheme, the client's X-Forwarded-Proto when sent and not
 * empty, else the connection's scheme; so a load balancer that ends TLS and forwards plain HTTP
 * with "X-Forwarded-Proto: https" is served, and "http" is redirected even on the HTTPS listener.
 * Every target that honours the key decides on it (ForwardedHeaders.trustClient), and so does the IR
 * evaluator (match.ts).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { matchRequest } from '../../src/ir/match.js';
import { skipReason, type ProxyKind } from '../harness/index.js';
import { buildCase, runProbes, type Case, type Probe } from './configmap-live.js';

const CASE: Case = {
  data: { 'use-forwarded-headers': 'true' },
  tlsHosts: ['tls.fw.test'],
  ingresses: [
    { name: 'tls', host: 'tls.fw.test', tls: true },
    { name: 'forced', host: 'forced.fw.test', annotations: { 'force-ssl-redirect': 'true' } },
  ],
};

const PROBES: Probe[] = [
  { what: 'plain HTTP without X-Forwarded-Proto is redirected', host: 'tls.fw.test', path: '/a', expect: 308, location: 'https://tls.fw.test:{https}/a' },
  { what: 'plain HTTP from a load balancer that ended TLS is served', host: 'tls.fw.test', path: '/a', headers: { 'X-Forwarded-Proto': 'https' }, expect: 200 },
  { what: 'an empty X-Forwarded-Proto counts as not sent', host: 'tls.fw.test', path: '/a', headers: { 'X-Forwarded-Proto': '' }, expect: 308, location: 'https://tls.fw.test:{https}/a' },
  { what: 'HTTPS with "X-Forwarded-Proto: http" is redirected', host: 'tls.fw.test', path: '/a', https: true, headers: { 'X-Forwarded-Proto': 'http' }, expect: 308, location: 'https://tls.fw.test:{https}/a' },
  { what: 'HTTPS is served', host: 'tls.fw.test', path: '/a', https: true, expect: 200 },
  { what: 'another value is not "http": served', host: 'tls.fw.test', path: '/a', headers: { 'X-Forwarded-Proto': 'HTTP' }, expect: 200 },
  { what: 'force-ssl-redirect (a location redirect) follows it too: served', host: 'forced.fw.test', path: '/b', headers: { 'X-Forwarded-Proto': 'https' }, expect: 200 },
  { what: 'force-ssl-redirect without the header: redirected', host: 'forced.fw.test', path: '/b', expect: 308, location: 'https://forced.fw.test:{https}/b' },
];

for (const kind of ['nginx', 'haproxy', 'caddy', 'envoy'] as const) {
  test(`${kind}: with use-forwarded-headers the HTTPS redirect follows X-Forwarded-Proto, live`, { skip: skipReason(kind as ProxyKind) }, async () => {
    assert.deepEqual(await runProbes(kind, (ports, echo) => buildCase(CASE, kind, ports, echo), PROBES), []);
  });
}

test('the IR evaluator agrees', () => {
  const r = buildCase(CASE, 'nginx', { http: 8080, https: 8443 }, 9);
  assert.ok(r.ok && r.ir?.forwarded?.trustClient, JSON.stringify(r.diagnostics));
  for (const p of PROBES) {
    const m = matchRequest(r.ir!, p.host, p.path ?? '/', { https: p.https === true, headers: Object.fromEntries(Object.entries(p.headers ?? {}).map(([k, v]) => [k.toLowerCase(), v])) });
    assert.equal(m.via === 'redirect' ? m.redirect!.status : 200, p.expect, p.what);
  }
});
