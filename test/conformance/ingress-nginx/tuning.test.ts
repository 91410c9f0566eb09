// Runs the ported upstream tuning cases (tuning-cases.ts) on every target: live where the target's
// support rows list the case's keys, else the one warning per key (tuning-run.ts). The conformance
// runner (npm run conformance) runs the same cases (feature "ingress-nginx/upstream-tuning").
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { skipReason, type ProxyKind } from '../../harness/index.js';
import { TUNING_CASES } from './tuning-cases.js';
import { runTuningCases } from './tuning-run.js';

for (const target of ['nginx', 'haproxy', 'envoy', 'caddy', 'traefik', 'gateway-api'] as const)
  test(`${target}: upstream tuning cases (${TUNING_CASES.length})`, { skip: target === 'traefik' || target === 'gateway-api' ? false : skipReason(target as ProxyKind) }, async () => {
    const results = await runTuningCases(target);
    const failed = results.filter((r) => r.outcome === 'failed');
    assert.deepEqual(failed.map((r) => `${r.name}: ${r.reason}${r.details ? `\n${r.details}` : ''}`), []);
  });
