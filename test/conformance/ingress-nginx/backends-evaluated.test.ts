// The ported backend cases on Traefik and Gateway API through their evaluators (backend-evaluate.ts).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { knownFailure } from '../known-failures.js';
import { BACKEND_CASES } from './backend-cases.js';
import { evaluateCase } from './backend-evaluate.js';

for (const target of ['traefik', 'gateway-api'] as const)
  for (const [i, c] of BACKEND_CASES.entries())
    test(`${target} (evaluator): ${c.source}: ${c.it}`, () => {
      const r = evaluateCase(c, target);
      // A documented known failure (known-failures.ts, numbered as the conformance runner numbers the suite).
      if (r.outcome === 'failed' && knownFailure(target, `ingress-nginx/backends#${i + 1}`)) return;
      assert.notEqual(r.outcome, 'failed', `${r.reason}\n${r.details ?? ''}`);
    });
