// IC3072: a policy a target does not apply on string-prefix and regex routes (lower/route-kind-policies.ts,
// proven by the ported cases of regex-policy-cases.ts) is refused there rather than emitted open.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { compile, type TargetName } from '../../src/index.js';
import { unappliedPolicies } from '../../src/lower/route-kind-policies.js';
import { HASH_SCHEMES } from '../../src/providers/ingress-nginx/support-rows/auth.js';
import { BAR_HASHES, secretYaml } from '../conformance/ingress-nginx/auth-cases.js';

const ingress = (annotations: Record<string, string>, path: string, pathType: string): string => `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata: {name: a, namespace: default, annotations: ${JSON.stringify(annotations)}}
spec:
  ingressClassName: nginx
  rules:
  - host: a.test
    http: {paths: [{path: ${JSON.stringify(path)}, pathType: ${pathType}, backend: {service: {name: s, port: {number: 80}}}}]}
`;
const A = 'nginx.ingress.kubernetes.io/';
/** foo's password hashed in a format `target` checks. */
const users = (target: TargetName): string => secretYaml('users', { auth: `foo:${BAR_HASHES[HASH_SCHEMES[target as 'nginx']?.[0] ?? 'apr1']}\n` });
const run = (annotations: Record<string, string>, path: string, pathType: string, target: TargetName = 'nginx') =>
  compile([{ path: 'a.yaml', text: ingress(annotations, path, pathType) }, { path: 'users.yaml', text: users(target) }], { target, backends: ['default/s:80=127.0.0.1:9'] });

test('a policy a target does not apply on a route kind is listed for IC3072 (CORS and affinity on regex routes for IC3140)', () => {
  const limits = { rps: 1, burstMultiplier: 5 } as never;
  const bandwidth = { rate: 1024 } as never;
  assert.deepEqual(unappliedPolicies('envoy', 'RegularExpression', { bandwidth, limits, sourceAllow: ['10.0.0.0/8'] }), { policies: ['bandwidth'], traffic: [] });
  assert.deepEqual(unappliedPolicies('caddy', 'StringPrefix', { limits }), { policies: ['limits'], traffic: [] });
  assert.deepEqual(unappliedPolicies('caddy', 'Prefix', { limits }), { policies: [], traffic: [] }, 'every policy applies on Prefix and Exact');
  assert.deepEqual(unappliedPolicies('nginx', 'RegularExpression', { limits }), { policies: [], traffic: [] });
  assert.deepEqual(unappliedPolicies('nginx', 'RegularExpression', { cors: {} as never, affinity: {} as never }), { policies: [], traffic: [] });
  assert.deepEqual(unappliedPolicies('traefik', 'RegularExpression', { affinity: {} as never }), { policies: [], traffic: ['affinity'] });
  assert.deepEqual(unappliedPolicies('nginx', 'StringPrefix', { cors: {} as never, affinity: {} as never }), { policies: [], traffic: [] });
  assert.deepEqual(unappliedPolicies('traefik', 'RegularExpression', { cors: {} as never }), { policies: [], traffic: [] });
  // Gateway API: the CORS filter on RegularExpression rules (cors-regex.feature through the evaluator); affinity has no construct.
  assert.deepEqual(unappliedPolicies('gateway-api', 'RegularExpression', { cors: {} as never }), { policies: [], traffic: [] });
  assert.deepEqual(unappliedPolicies('gateway-api', 'RegularExpression', { affinity: {} as never }), { policies: [], traffic: ['affinity'] });
});

test('basic authentication on a regex route and on a string-prefix route compiles where the target applies it there', () => {
  for (const target of ['nginx', 'haproxy', 'envoy', 'caddy', 'traefik'] as const)
    for (const [path, pathType, extra] of [
      ['/api/v[0-9]+', 'ImplementationSpecific', { [`${A}use-regex`]: 'true' }],
      ['/adm', 'ImplementationSpecific', {}],
    ] as const) {
      const r = run({ [`${A}auth-type`]: 'basic', [`${A}auth-secret`]: 'users', ...extra }, path, pathType, target);
      assert.ok(r.ok, `${target} ${path}: ${JSON.stringify(r.diagnostics.filter((d) => d.severity === 'error'))}`);
    }
});

test('affinity on a regex route without session-cookie-path warns (IC3142) at the path, as ingress-nginx logs', () => {
  const r = run({ [`${A}use-regex`]: 'true', [`${A}affinity`]: 'cookie' }, '/api/v[0-9]+', 'ImplementationSpecific');
  assert.ok(r.ok, JSON.stringify(r.diagnostics));
  const d = r.diagnostics.find((x) => x.code === 'IC3142');
  assert.ok(d, JSON.stringify(r.diagnostics.map((x) => x.code)));
  assert.equal(d.loc?.line, 8);
  assert.equal(r.ir?.vhosts[0]?.ordered?.[0]?.policies?.affinity?.path, '/api/v[0-9]+', 'the cookie Path is the regex text');
  const withPath = run({ [`${A}use-regex`]: 'true', [`${A}affinity`]: 'cookie', [`${A}session-cookie-path`]: '/api' }, '/api/v[0-9]+', 'ImplementationSpecific');
  assert.equal(withPath.diagnostics.find((x) => x.code === 'IC3142'), undefined);
});
