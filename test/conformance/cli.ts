// `npm run conformance`: runs the vendored Ingress conformance features on every
// target, prints the tables (the README keeps a copy) and every failure with
// its request, expected and actual response. Exit 0 only when no target has an
// unexpected failure (one not documented in known-failures.ts) or a stale entry.
// Usage: node dist/test/conformance/cli.js [target ...]
import type { TargetName } from '../../src/index.js';
import { failureDetails, summaryTable, targetTable } from './report.js';
import { ALL_TARGETS, runTarget, unexpected, type TargetRun } from './suite.js';

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const bad = args.filter((a) => !(ALL_TARGETS as readonly string[]).includes(a));
  if (bad.length) {
    process.stderr.write(`unknown target(s): ${bad.join(', ')}; expected some of ${ALL_TARGETS.join(', ')}\n`);
    return 2;
  }
  const targets = (args.length ? args : ALL_TARGETS) as TargetName[];
  const t0 = performance.now();
  const runs: TargetRun[] = [];
  let status = 0;
  for (const target of targets) {
    process.stderr.write(`[conformance] ${target} ...\n`);
    let run: TargetRun;
    try {
      run = await runTarget(target, (rel, rs) => {
        const f = rs.filter((r) => r.outcome === 'failed').length;
        process.stderr.write(`[conformance]   ${target} ${rel}: ${rs.length} scenario(s)${f ? `, ${f} failed` : ''}\n`);
      });
    } catch (e) {
      // skipReason throws in CI when a proxy is missing: that is a failure, not a skip.
      process.stderr.write(`[conformance] ${target}: ${(e as Error).message}\n`);
      status = 1;
      continue;
    }
    runs.push(run);
    const { failures, stale } = unexpected(run);
    if (failures.length) {
      status = 1;
      process.stdout.write(`\n${failureDetails(run, failures)}\n`);
    }
    if (stale.length) {
      status = 1;
      process.stdout.write(`\n[${target}] documented as known failures but did not fail (update known-failures.ts): ${stale.join(', ')}\n`);
    }
  }
  process.stdout.write(`\n## Conformance summary\n\n${summaryTable(runs)}\n\n`);
  for (const run of runs) process.stdout.write(`${targetTable(run)}\n`);
  process.stdout.write(`total time ${((performance.now() - t0) / 1000).toFixed(1)} s\n`);
  return status;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`${(e as Error).stack ?? String(e)}\n`);
    process.exitCode = 1;
  },
);
