/**
 * Gateway API CORS under hostile values (fixed seed): enable-cors with generated cors-* values
 * (test/fuzz/generators.ts). Every case either fails with located errors or compiles to objects
 * valid against the v1.6.1 CRDs (structural schema and every CEL rule), whose CORS filter carries
 * the IR's policy: the methods, the origins (lowercased), and credentials only without "*".
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { compile } from '../../src/index.js';
import { validateStream } from '../gateway-api/crd-validator.js';
import { readObjects } from '../gateway-api/output.js';
import { corsList, corsOrigins } from './generators.js';

const SEED = 20261207;

const cases = fc.record({
  origin: fc.option(corsOrigins, { nil: undefined }),
  lists: fc.array(fc.tuple(fc.constantFrom('cors-allow-methods', 'cors-allow-headers', 'cors-expose-headers', 'cors-max-age', 'cors-allow-credentials'), fc.oneof(corsList, fc.constantFrom('true', 'false', '0', '600'))), { maxLength: 3 }),
  regex: fc.boolean(),
});

test('gateway-api CORS fuzz: refused with located errors, or a CRD-valid CORS filter that carries the policy', () => {
  let accepted = 0;
  let rejected = 0;
  fc.assert(
    fc.property(cases, (c) => {
      const ann = new Map<string, string>([['enable-cors', 'true'], ...(c.origin !== undefined ? [['cors-allow-origin', c.origin] as [string, string]] : []), ...c.lists, ...(c.regex ? [['use-regex', 'true'] as [string, string]] : [])]);
      const text = `apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata:\n  name: t\n  namespace: default\n  annotations:\n${[...ann].map(([k, v]) => `    nginx.ingress.kubernetes.io/${k}: ${JSON.stringify(v)}\n`).join('')}spec:\n  rules:\n  - host: t.test\n    http:\n      paths:\n      - {path: /a, pathType: Prefix, backend: {service: {name: app, port: {number: 80}}}}\n`;
      const r = compile([{ path: 'ing.yaml', text }], { target: 'gateway-api', backends: ['default/app:80=127.0.0.1:9'] });
      if (!r.ok) {
        rejected++;
        for (const d of r.diagnostics.filter((x) => x.severity === 'error')) assert.ok(d.loc, `unlocated ${d.code} ${d.message}`);
        return;
      }
      accepted++;
      for (const f of r.files) assert.deepEqual(validateStream(f.content).problems, [], f.path);
      const p = r.ir!.vhosts[0]!.ordered?.[0]?.policies?.cors ?? r.ir!.vhosts[0]!.prefix[0]!.policies!.cors!;
      // eslint-disable-next-line @typescript-eslint/no-explicit-any
      const filters = (readObjects(r.files) as any[]).filter((o) => o.kind === 'HTTPRoute').flatMap((o) => o.spec.rules).flatMap((x: any) => x.filters ?? []).filter((f: any) => f.type === 'CORS');
      if (p.allowOrigins !== '*' && p.allowOrigins.length === 0) return assert.equal(filters.length, 0);
      assert.ok(filters.length >= 1);
      for (const { cors } of filters) {
        assert.deepEqual(cors.allowMethods, [...new Set(p.allowMethods.split(/[, ]+/).filter(Boolean))]);
        assert.deepEqual(cors.allowOrigins, p.allowOrigins === '*' ? ['*'] : [...new Set(p.allowOrigins.map((o) => o.toLowerCase()))]);
        assert.equal(cors.allowCredentials === true, p.allowCredentials && p.allowOrigins !== '*');
        assert.equal(cors.maxAge, p.maxAge);
      }
    }),
    { seed: SEED, numRuns: 200 },
  );
  assert.ok(accepted > 10 && rejected > 20, `accepted ${accepted}, rejected ${rejected}`);
});
