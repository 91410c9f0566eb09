/**
 * The injection fuzzer on authentication: generated Ingresses with basic and external auth,
 * satisfy and source ranges, hostile auth-* values (URLs, header names, realms, redirects) and
 * hostile htpasswd lines. Every target either refuses with located errors or emits exactly the IR
 * (the oracles, auth-oracles.ts); a sample of accepted outputs passes the real proxies' validators.
 * Deterministic: fixed seeds only.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { compile, type TargetName } from '../../src/index.js';
import { hasAuth, routesOf } from '../../src/ir/types.js';
import { skipReason, type ProxyKind } from '../harness/proxies.js';
import { BAR_HASHES, secretYaml } from '../conformance/ingress-nginx/auth-cases.js';
import { authCaseModel, buildCase } from './generators.js';
import { knownIssue } from './known-issues.js';
import { editEnvoyAsYaml } from '../helpers/envoy-edit.js';
import { ORACLES } from './oracles.js';
import { FUZZ_TARGETS, realValidate, runCase } from './runner.js';

const SEED = 20261206;
const RUNS = 300;
const withAuth = (ir: { vhosts: Parameters<typeof routesOf>[0][] }): boolean => ir.vhosts.some((vh) => routesOf(vh).some((r) => hasAuth(r.policies)));

test(`auth fuzz: ${RUNS} generated manifests with authentication × ${FUZZ_TARGETS.length} targets are refused with located errors or compile to exactly the IR`, () => {
  const accepted = new Map<TargetName, { all: number; auth: number }>(FUZZ_TARGETS.map((t) => [t, { all: 0, auth: 0 }]));
  fc.assert(
    fc.property(authCaseModel, (m) => {
      const c = buildCase(m);
      for (const target of FUZZ_TARGETS) {
        const v = runCase(c, target);
        if (v.kind === 'failure') {
          if (knownIssue(v.detail)) continue;
          throw new Error(`${target}: ${v.detail}`);
        }
        if (v.kind === 'accepted') {
          const n = accepted.get(target)!;
          n.all++;
          if (withAuth(v.result.ir!)) n.auth++;
        }
      }
    }),
    { seed: SEED, numRuns: RUNS, endOnFailure: false },
  );
  // The generators must reach the auth emitters of the targets that enforce authentication.
  for (const t of ['nginx', 'haproxy', 'envoy'] as const) assert.ok(accepted.get(t)!.auth >= 2, `${t}: only ${accepted.get(t)!.auth} accepted cases with authentication`);
  assert.equal(accepted.get('gateway-api')!.auth, 0, 'gateway-api enforces no authentication yet');
});

for (const [target, kind] of [['nginx', 'nginx'], ['haproxy', 'haproxy'], ['envoy', 'envoy']] as [TargetName, ProxyKind][]) {
  test(`auth fuzz: a sample of accepted ${target} outputs with authentication passes ${kind}'s own validator`, { skip: skipReason(kind) }, async () => {
    let validated = 0;
    for (const m of fc.sample(authCaseModel, { seed: SEED + 1, numRuns: 400 })) {
      if (validated >= 3) break;
      const v = runCase(buildCase(m), target);
      if (v.kind !== 'accepted' || !withAuth(v.result.ir!)) continue;
      const res = await realValidate(target, v.result);
      if (!res.ok && knownIssue(res.output)) continue;
      assert.ok(res.ok, `${kind} refused:\n${res.output}`);
      validated++;
    }
    assert.ok(validated >= 1, `validated ${validated} outputs`);
  });
}

// ---------------------------------------------------------------- the oracle catches tampering

const A = 'nginx.ingress.kubernetes.io/';
const ingress = (annotations: Record<string, string>): string => `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata: { name: app, namespace: default, annotations: ${JSON.stringify(annotations)} }
spec:
  rules:
    - host: a.example.com
      http:
        paths:
          - { path: /, pathType: Prefix, backend: { service: { name: web, port: { number: 80 } } } }
`;

function tampered(target: TargetName, annotations: Record<string, string>, hash: string, edit: (path: string, content: string) => string): string[] {
  const r = compile([{ path: 'a.yaml', text: ingress(annotations) }, { path: 's.yaml', text: secretYaml('users', { auth: `foo:${hash}\n` }) }], { target });
  assert.ok(r.ok && r.ir, JSON.stringify(r.diagnostics));
  assert.deepEqual(ORACLES[target](r.ir, r.files), [], `${target}: the untouched output passes`);
  return ORACLES[target](r.ir, r.files.map((f) => ({ ...f, content: edit(f.path, f.content) })));
}

test('auth oracle: a changed realm, user file, auth URL, sign-in URL, dropped check, userlist or users file is caught', () => {
  const all = { [`${A}auth-type`]: 'basic', [`${A}auth-secret`]: 'users', [`${A}auth-realm`]: 'R', [`${A}auth-url`]: 'http://10.0.0.9/check', [`${A}auth-signin`]: 'http://$host/start', [`${A}auth-response-headers`]: 'X-User' };
  const nginx: [string, (c: string) => string][] = [
    ['realm', (c) => c.replace('auth_basic "R";', 'auth_basic "off";')],
    ['user file', (c) => c.replace('"auth/default_users.htpasswd"', '"/etc/passwd"')],
    ['auth url', (c) => c.replace('"http://10.0.0.9/check"', '"http://evil/check"')],
    ['sign-in', (c) => c.replace('"http://$host/start"', '"http://evil/start"')],
    ['dropped auth_request', (c) => c.replace(/auth_request \/@ingressc-auth-0;\n/, '')],
    ['satisfy', (c) => c.replace('auth_request /@', 'satisfy any;\n            auth_request /@')],
    ['response header', (c) => c.replace('proxy_set_header "X-User" $ingressc_auth0_h0;', 'proxy_set_header "X-Admin" $ingressc_auth0_h0;')],
    ['escape map', (c) => c.replace('"/" "%2F";', '"/" "/";')],
  ];
  for (const [what, edit] of nginx) assert.notDeepEqual(tampered('nginx', all, BAR_HASHES.apr1, (p, c) => (p === 'nginx.conf' ? edit(c) : c)), [], what);
  assert.notDeepEqual(tampered('nginx', all, BAR_HASHES.apr1, (p, c) => (p.endsWith('.htpasswd') ? `${c}evil:{PLAIN}x\n` : c)), [], 'htpasswd');
  const basic = { [`${A}auth-type`]: 'basic', [`${A}auth-secret`]: 'users' };
  assert.notDeepEqual(tampered('haproxy', basic, BAR_HASHES['md5-crypt'], (p, c) => (p === 'haproxy.cfg' ? c.replace("user 'foo'", "user 'evil'") : c)), [], 'userlist');
  assert.notDeepEqual(tampered('haproxy', basic, BAR_HASHES['md5-crypt'], (p, c) => (p === 'haproxy.cfg' ? c.replace(/ *http-request auth [^\n]*\n/, '') : c)), [], 'auth rule');
  assert.notDeepEqual(tampered('envoy', basic, BAR_HASHES.sha1, (p, c) => (p.endsWith('.htpasswd') ? `${c}evil:{SHA}AAAAAAAAAAAAAAAAAAAAAAAAAAA=\n` : c)), [], 'envoy users');
  assert.notDeepEqual(tampered('envoy', basic, BAR_HASHES.sha1, (p, c) => (p === 'envoy.json' ? editEnvoyAsYaml(c, (y) => y.replace(/\n *request_headers_to_remove:\n *- "authorization"/, '')) : c)), [], 'envoy Authorization');
  assert.notDeepEqual(tampered('caddy', basic, BAR_HASHES.bcrypt, (p, c) => (p === 'caddy.json' ? c.replace('"username": "foo"', '"username": "evil"') : c)), [], 'caddy account');
  assert.notDeepEqual(tampered('caddy', basic, BAR_HASHES.bcrypt, (p, c) => (p === 'caddy.json' ? c.replace('"delete": ["Authorization"]', '"delete": ["X-None"]') : c)), [], 'caddy Authorization');
  const ext = { [`${A}auth-url`]: 'http://10.0.0.9/check' };
  assert.notDeepEqual(tampered('envoy', ext, BAR_HASHES.sha1, (p, c) => (p === 'envoy.json' ? editEnvoyAsYaml(c, (y) => y.replace('call[\\":path\\"] = \\"/check\\"', 'call[\\":path\\"] = \\"/evil\\"')) : c)), [], 'envoy auth path');
  assert.notDeepEqual(tampered('envoy', ext, BAR_HASHES.sha1, (p, c) => (p === 'envoy.json' ? editEnvoyAsYaml(c, (y) => y.replace('address: "10.0.0.9"', 'address: "10.6.6.6"')) : c)), [], 'envoy auth cluster');
  assert.notDeepEqual(tampered('envoy', ext, BAR_HASHES.sha1, (p, c) => (p === 'envoy.json' ? editEnvoyAsYaml(c, (y) => y.replace(/name: "auth-[0-9a-f]+"/, 'name: "auth-0000000000000000"')) : c)), [], 'envoy route with another script');
  assert.notDeepEqual(tampered('haproxy', ext, BAR_HASHES.sha1, (p, c) => (p === 'auth/ext-auth.lua' ? c.replace('http://10.0.0.9/check', 'http://10.6.6.6/check') : c)), [], 'haproxy auth URL');
  assert.notDeepEqual(tampered('caddy', ext, BAR_HASHES.sha1, (p, c) => (p === 'caddy.json' ? c.replace('"uri": "/check?"', '"uri": "/evil?"') : c)), [], 'caddy auth URL');
  assert.notDeepEqual(tampered('caddy', ext, BAR_HASHES.sha1, (p, c) => (p === 'caddy.json' ? c.replace('"status_code": [403]', '"status_code": [404]') : c)), [], 'caddy auth decision');
  assert.notDeepEqual(tampered('haproxy', ext, BAR_HASHES.sha1, (p, c) => (p === 'haproxy.cfg' ? c.replace(/ *http-request lua\.ingressc_auth [^\n]*\n/, '') : c)), [], 'haproxy auth call');
  assert.notDeepEqual(tampered('haproxy', ext, BAR_HASHES.sha1, (p, c) => (p === 'haproxy.cfg' ? c.replace('lua-load auth/ext-auth.lua', 'lua-load /tmp/x.lua') : c)), [], 'haproxy lua-load');
  const traefik = (edit: (c: string) => string): string[] => tampered('traefik', ext, BAR_HASHES.sha1, (p, c) => (p === 'traefik.yaml' ? edit(c) : c));
  assert.notDeepEqual(traefik((c) => c.replace('address: http://10.0.0.9/check', 'address: http://10.6.6.6/check')), [], 'traefik auth URL');
  assert.notDeepEqual(traefik((c) => c.replace('trustForwardHeader: false', 'trustForwardHeader: true')), [], 'traefik trustForwardHeader');
  assert.notDeepEqual(traefik((c) => c.replace(/\n *- ingressc-extauth-1\n/g, '\n')), [], 'traefik router without its forwardAuth');
  assert.notDeepEqual(traefik((c) => c.replace('X-Original-URL: ""', 'X-Original-URL: x')), [], 'traefik keeps the client X-Original-URL');
});
