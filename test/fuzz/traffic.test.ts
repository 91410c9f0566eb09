/**
 * The traffic family under hostile values (fixed seed): Ingresses with enable-cors and affinity on
 * and generated cors-* / session-cookie-* values (test/fuzz/generators.ts). Every case either fails
 * with located errors or compiles for nginx, HAProxy, Envoy and Caddy to an output that (a) carries
 * the IR's policy (the CORS headers and cookie name appear where the target writes them) and (b)
 * passes the proxy's own validator, for a sample. The whole-output oracle of fuzz.test.ts does
 * not model these directives, so its generator leaves them off.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { compile, type TargetName } from '../../src/index.js';
import { skipReason, type ProxyKind } from '../harness/proxies.js';
import { corsList, corsOrigins, cookieValue } from './generators.js';
import { realValidate } from './runner.js';

const SEED = 20261206;
const TARGETS: TargetName[] = ['nginx', 'haproxy', 'envoy', 'caddy'];

const annotations: fc.Arbitrary<Case> = fc.record({
  origin: fc.option(corsOrigins, { nil: undefined }),
  lists: fc.array(fc.tuple(fc.constantFrom('cors-allow-methods', 'cors-allow-headers', 'cors-expose-headers', 'cors-max-age'), corsList), { maxLength: 2 }),
  cookies: fc.array(cookieValue, { maxLength: 3 }),
  quiet: fc.boolean(),
});

type Case = { origin?: string | undefined; lists: [string, string][]; cookies: [string, string][]; quiet: boolean };

const manifest = (m: Case): string => {
  const ann: [string, string][] = [['enable-cors', 'true'], ['affinity', 'cookie'], ...(m.origin !== undefined ? [['cors-allow-origin', m.origin] as [string, string]] : []), ...m.lists, ...m.cookies];
  if (m.quiet) ann.push(['enable-access-log', 'false']);
  const uniq = new Map(ann);
  return `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: t
  namespace: default
  annotations:
${[...uniq].map(([k, v]) => `    nginx.ingress.kubernetes.io/${k}: ${JSON.stringify(v)}\n`).join('')}spec:
  rules:
  - host: t.test
    http:
      paths:
      - {path: /a, pathType: Prefix, backend: {service: {name: app, port: {number: 80}}}}
      - {path: /b, pathType: ImplementationSpecific, backend: {service: {name: app, port: {number: 80}}}}
`;
};

const build = (text: string, target: TargetName) => compile([{ path: 'ing.yaml', text }], { target, backends: ['default/app:80=127.0.0.1:9,127.0.0.1:10'] });

test('traffic fuzz: hostile CORS and cookie values are refused with located errors or emitted as the IR says', () => {
  let accepted = 0;
  let rejected = 0;
  fc.assert(
    fc.property(annotations, (a) => {
      const text = manifest(a);
      for (const target of TARGETS) {
        const r = build(text, target);
        if (!r.ok) {
          rejected++;
          for (const d of r.diagnostics.filter((x) => x.severity === 'error')) assert.ok(d.loc || d.code === 'IC5002', `${target}: unlocated ${d.code} ${d.message}`);
          continue;
        }
        accepted++;
        const out = r.files.map((f) => f.content).join('\n');
        for (const route of r.ir!.vhosts.flatMap((v) => v.prefix)) {
          const p = route.policies;
          assert.ok(p?.cors && p.affinity, `${target}: a route lost its policies`);
          assert.ok(out.includes(p.affinity.cookie), `${target}: cookie ${p.affinity.cookie} missing`);
          assert.ok(out.toLowerCase().includes('access-control-allow-methods'), `${target}: no CORS headers`);
          assert.ok(out.includes(p.cors.allowMethods), `${target}: methods ${p.cors.allowMethods} missing`);
        }
      }
    }),
    { seed: SEED, numRuns: 80 },
  );
  assert.ok(accepted > 40 && rejected > 40, `accepted ${accepted}, rejected ${rejected}`);
});

for (const target of TARGETS) {
  test(`traffic fuzz: a sample of accepted ${target} outputs passes the proxy's validator`, { skip: skipReason(target as ProxyKind) }, async () => {
    const sample = fc.sample(annotations, { seed: SEED + 1, numRuns: 40 });
    let validated = 0;
    for (const a of sample) {
      const r = build(manifest(a), target);
      if (!r.ok) continue;
      const v = await realValidate(target, r);
      assert.ok(v.ok, `${target} refused:\n${v.output}\n---\n${manifest(a)}`);
      if (++validated >= 6) break;
    }
    assert.ok(validated >= 3, `only ${validated} accepted cases to validate`);
  });
}
