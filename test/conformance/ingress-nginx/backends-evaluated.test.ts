// The ported backend cases on Traefik and Gateway API through their evaluators (backend-evaluate.ts).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { BACKEND_CASES } from './backend-cases.js';
import { evaluateCase } from './backend-evaluate.js';

for (const target of ['traefik', 'gateway-api'] as const)
  for (const c of BACKEND_CASES)
    test(`${target} (evaluator): ${c.source}: ${c.it}`, () => {
      const r = evaluateCase(c, target);
      assert.notEqual(r.outcome, 'failed', `${r.reason}\n${r.details ?? ''}`);
    });
