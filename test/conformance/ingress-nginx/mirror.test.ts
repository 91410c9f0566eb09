// Runs the ported mirror cases (mirror-cases.ts) on every target: live on nginx and Envoy (one proxy
// start each, for every case the target takes), elsewhere the warnings and refusals the support rows
// promise (mirror-run.ts). The conformance runner (npm run conformance) runs the same cases
// (feature "ingress-nginx/mirror").
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { skipReason } from '../../harness/index.js';
import { MIRROR_CASES } from './mirror-cases.js';
import { runMirrorCases } from './mirror-run.js';

for (const target of ['nginx', 'haproxy', 'envoy', 'caddy', 'traefik', 'gateway-api'] as const)
  test(`${target}: mirror cases (${MIRROR_CASES.length})`, { skip: target === 'nginx' || target === 'envoy' ? skipReason(target) : false }, async () => {
    const results = await runMirrorCases(target);
    const failed = results.filter((r) => r.outcome === 'failed');
    assert.deepEqual(failed.map((r) => `${r.name}: ${r.reason}${r.details ? `\n${r.details}` : ''}`), []);
    // The live targets mirror what they take: each has at least one case passed live.
    if (target === 'nginx') assert.equal(results.filter((r) => r.outcome === 'passed').length, MIRROR_CASES.length, JSON.stringify(results, null, 1));
    if (target === 'envoy') assert.ok(results.some((r) => r.outcome === 'passed'), JSON.stringify(results, null, 1));
  });
