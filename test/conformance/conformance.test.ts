// One test per target: runs the vendored conformance features and asserts that
// the failures are exactly the documented known failures (known-failures.ts).
// A proxy missing locally skips (skipReason throws in CI); a target whose
// emitter or (Traefik) rule evaluator does not exist yet is skipped with why.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { failureDetails } from './report.js';
import { scenarioKey } from './scenario.js';
import { ALL_TARGETS, resolveRunner, runTarget, unexpected } from './suite.js';

// INGRESSC_CONFORMANCE_TARGETS=a,b: only these (the fresh-clone test's nested run; the suite runs all).
const only = process.env.INGRESSC_CONFORMANCE_TARGETS?.split(',');
for (const target of ALL_TARGETS.filter((t) => !only || only.includes(t))) {
  const resolved = await resolveRunner(target);
  test(`conformance: ${target}`, { skip: resolved.why, timeout: 300_000 }, async () => {
    const run = await runTarget(target);
    assert.equal(run.notRun, undefined);
    // The same judgement as `npm run conformance` (feature files and the code-form suites alike).
    const { failures, stale } = unexpected(run);
    assert.deepEqual(failures.map((r) => scenarioKey(r.feature, r.index)), [], `${target}: failures not in known-failures.ts\n\n${failureDetails(run, failures)}`);
    assert.deepEqual(stale, [], `${target}: documented as known failures but did not fail`);
  });
}
