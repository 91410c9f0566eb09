/**
 * The controller ConfigMap's global external authentication, live (lower/auth.ts): every route
 * asks global-auth-url first (401 without the auth service's OK, 200 with it, its
 * global-auth-response-headers passed to the backend), except an Ingress with enable-global-auth
 * "false", an Ingress with its own auth-url (which wins), and the paths starting with a
 * no-auth-locations entry. Translated from ingress-nginx's e2e settings/global_external_auth.go
 * ("should return status code 401 when request any protected service", "should return status code
 * 200 when request whitelisted (via no-auth-locations) service and 401 when request protected
 * service", "... (via ingress annotation) ...", "should add auth headers when
 * global-auth-response-headers is configured").
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { skipReason, type ProxyKind } from '../harness/index.js';
import { startAuthServer, type AuthServer } from '../harness/auth-server.js';
import { buildCase, LIVE, runProbes, type Case, type Probe } from './configmap-live.js';

let auth: AuthServer;
before(async () => (auth = await startAuthServer()));
after(async () => auth?.close());

const caseFor = (data: Record<string, string>): Case => ({
  data: { 'global-auth-url': `${auth.url}/basic-auth/user/pass`, 'global-auth-response-headers': 'X-Auth-User', ...data },
  ingresses: [
    { name: 'app', host: 'app.ga.test' },
    { name: 'acme', host: 'app.ga.test', path: '/.well-known/acme-challenge' },
    { name: 'public', host: 'app.ga.test', path: '/public' },
    { name: 'open', host: 'open.ga.test', annotations: { 'enable-global-auth': 'false' } },
    { name: 'own', host: 'own.ga.test', annotations: { 'auth-url': `${auth.url}/status/403` } },
  ],
});

const USER = { Authorization: `Basic ${Buffer.from('user:pass').toString('base64')}` };

const PROBES: Probe[] = [
  { what: 'a protected route without credentials', host: 'app.ga.test', path: '/x', expect: 401 },
  { what: 'a protected route with them', host: 'app.ga.test', path: '/x', headers: USER, expect: 200, upstreamHeaders: { 'x-auth-user': 'user' } },
  { what: 'an Ingress with enable-global-auth "false"', host: 'open.ga.test', expect: 200, upstreamHeaders: { 'x-auth-user': undefined } },
  { what: 'an Ingress with its own auth-url (it wins: 403 even with the global credentials)', host: 'own.ga.test', headers: USER, expect: 403 },
];

test('global auth: the default no-auth-locations exempts the ACME challenge path', { skip: LIVE.every((k) => skipReason(k as ProxyKind) !== undefined) }, async (t) => {
  for (const kind of LIVE)
    await t.test(`${kind}: live`, { skip: skipReason(kind as ProxyKind) }, async () => {
      const probes: Probe[] = [
        ...PROBES,
        { what: 'the ACME challenge path', host: 'app.ga.test', path: '/.well-known/acme-challenge/tok', expect: 200 },
        { what: 'a path no-auth-locations does not list', host: 'app.ga.test', path: '/public', expect: 401 },
      ];
      assert.deepEqual(await runProbes(kind, (ports, echo) => buildCase(caseFor({}), kind, ports, echo), probes), []);
    });
});

test('global auth: no-auth-locations replaces the default, compared as a prefix of the path as written', { skip: LIVE.every((k) => skipReason(k as ProxyKind) !== undefined) }, async (t) => {
  for (const kind of LIVE)
    await t.test(`${kind}: live`, { skip: skipReason(kind as ProxyKind) }, async () => {
      const probes: Probe[] = [
        ...PROBES,
        { what: 'a listed path', host: 'app.ga.test', path: '/public/page', expect: 200 },
        { what: 'the ACME path, no longer listed', host: 'app.ga.test', path: '/.well-known/acme-challenge/tok', expect: 401 },
      ];
      assert.deepEqual(await runProbes(kind, (ports, echo) => buildCase(caseFor({ 'no-auth-locations': '/pub' }), kind, ports, echo), probes), []);
    });
});
