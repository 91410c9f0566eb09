// `npm run conformance`: runs the vendored Ingress conformance features on every
// target, prints the tables (the README keeps a copy) and every failure with
// its request, expected and actual response. Exit 0 only when no target has an
// unexpected failure (one not documented in known-failures.ts) or a stale entry.
// Usage: node dist/test/conformance/cli.js [--write-readme] [target ...]
// --write-readme (all targets only) replaces README.md's conformance block with this run's tables.
// INGRESSC_CONFORMANCE_NGINX_ROUTING=maps: nginx compiled with --nginx-routing maps (scenario.ts).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TargetName } from '../../src/index.js';
import { repoRoot } from '../harness/index.js';
import { README_BEGIN, README_END, failureDetails, readmeBlock, suiteMatrix, summaryTable, targetTable } from './report.js';
import { ALL_TARGETS, runTarget, unexpected, type TargetRun } from './suite.js';

async function main(): Promise<number> {
  const all = process.argv.slice(2);
  const writeReadme = all.includes('--write-readme');
  const args = all.filter((a) => a !== '--write-readme');
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
    const maps = target === 'nginx' && process.env.INGRESSC_CONFORMANCE_NGINX_ROUTING === 'maps';
    process.stderr.write(`[conformance] ${target}${maps ? ' (--nginx-routing maps)' : ''} ...\n`);
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
  process.stdout.write(`\n## Conformance summary\n\n${summaryTable(runs)}\n\n${suiteMatrix(runs)}\n\n`);
  for (const run of runs) process.stdout.write(`${targetTable(run)}\n`);
  if (writeReadme) {
    if (args.length || status !== 0) {
      process.stderr.write('--write-readme: needs a run of every target without unexpected failures; README.md not changed\n');
      status = status || 2;
    } else {
      const file = join(repoRoot(), 'README.md');
      const text = readFileSync(file, 'utf8');
      const a = text.indexOf(README_BEGIN);
      const b = text.indexOf(README_END);
      if (a < 0 || b < a) throw new Error(`README.md has no ${README_BEGIN} … ${README_END} block`);
      writeFileSync(file, text.slice(0, a) + readmeBlock(runs) + text.slice(b + README_END.length));
      process.stderr.write('[conformance] README.md conformance block written\n');
    }
  }
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
