/**
 * CORS on Traefik under hostile values (fixed seed): Ingresses with enable-cors and generated
 * cors-* values (test/fuzz/generators.ts). Every case either fails with located errors or compiles
 * to a traefik.yaml that passes the strict schema, loads into the evaluator (test/traefik/) and
 * answers as the IR says (src/ir/cors.ts corsOutcome): the CORS headers of a GET and of an OPTIONS
 * without Access-Control-Request-Method (204), from each listed origin and from one not listed.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { compile } from '../../src/index.js';
import { corsOutcome } from '../../src/ir/cors.js';
import { TraefikModel, type Outcome } from '../traefik/evaluate.js';
import { readOutput } from '../traefik/output.js';
import { traefikValidator } from '../traefik/strict-schema.js';
import { corsList, corsOrigins } from './generators.js';

const SEED = 20261207;

const cases = fc.record({
  origin: fc.option(corsOrigins, { nil: undefined }),
  lists: fc.array(fc.tuple(fc.constantFrom('cors-allow-methods', 'cors-allow-headers', 'cors-expose-headers', 'cors-max-age', 'cors-allow-credentials'), corsList), { maxLength: 3 }),
});

const manifest = (c: { origin?: string | undefined; lists: [string, string][] }): string => {
  const ann = new Map<string, string>([['enable-cors', 'true'], ...(c.origin !== undefined ? [['cors-allow-origin', c.origin] as [string, string]] : []), ...c.lists]);
  return `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: t
  namespace: default
  annotations:
${[...ann].map(([k, v]) => `    nginx.ingress.kubernetes.io/${k}: ${JSON.stringify(v)}\n`).join('')}spec:
  rules:
  - host: t.test
    http:
      paths:
      - {path: /a, pathType: Prefix, backend: {service: {name: app, port: {number: 80}}}}
`;
};

const corsOf = (o: Outcome): Record<string, string> => Object.fromEntries(Object.entries(o.responseHeaders ?? {}).filter(([k]) => k.startsWith('Access-Control-')));

test('traefik CORS fuzz: hostile values are refused with located errors or answered as the IR says', () => {
  const validate = traefikValidator();
  let accepted = 0;
  let rejected = 0;
  fc.assert(
    fc.property(cases, (c) => {
      const r = compile([{ path: 'ing.yaml', text: manifest(c) }], { target: 'traefik', backends: ['default/app:80=127.0.0.1:9'] });
      if (!r.ok) {
        rejected++;
        for (const d of r.diagnostics.filter((x) => x.severity === 'error')) assert.ok(d.loc, `unlocated ${d.code} ${d.message}`);
        return;
      }
      accepted++;
      const out = readOutput(r.files);
      assert.deepEqual(validate(out.dynamic), []);
      const model = new TraefikModel(out.dynamic);
      const policy = r.ir!.vhosts.flatMap((v) => v.prefix)[0]!.policies!.cors!;
      const listed = policy.allowOrigins === '*' ? ['https://any.test'] : policy.allowOrigins.map((o) => o.replace('*.', 'x.'));
      for (const origin of [...listed, 'https://not-listed.invalid', undefined]) {
        const headers: Record<string, string> = origin === undefined ? {} : { Origin: origin };
        for (const method of ['GET', 'OPTIONS']) {
          const want = corsOutcome(policy, method, origin);
          const o = model.route({ host: 't.test', path: '/a', method, headers });
          const status = want?.preflight ? 204 : 200;
          assert.equal(o.status, status, `${method} ${origin}: ${JSON.stringify(o)}`);
          assert.deepEqual(corsOf(o), Object.fromEntries((want?.headers ?? []).map((h) => [h.name, h.value])), `${method} ${origin}`);
        }
      }
    }),
    { seed: SEED, numRuns: 200 },
  );
  assert.ok(accepted > 20 && rejected > 20, `accepted ${accepted}, rejected ${rejected}`);
});
