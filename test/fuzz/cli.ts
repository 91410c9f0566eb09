/**
 * `npm run fuzz -- --runs N [--seed S] [--sample K] [--jobs J] [--targets nginx,haproxy,...]`
 *
 * Generates N cases (deterministic for a seed), compiles each for every target and checks the
 * verdict (runner.ts). Accepted outputs of a structurally new shape, plus every K-th accepted
 * output, are also checked by the real proxy (`nginx -t`, `haproxy -c`, `envoy --mode validate`);
 * Traefik output is checked against the strict v3 file-provider schema on every accepted case.
 * Failing inputs are written to .bench/fuzz-failures/. Exit code 1 when anything failed.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import type { TargetName } from '../../src/index.js';
import { repoRoot } from '../harness/proxies.js';
import { caseModel, buildCase } from './generators.js';
import { KNOWN_ISSUES, knownIssue } from './known-issues.js';
import { emptyStats, FUZZ_TARGETS, Pool, proxyAvailable, realValidate, runCase, shapeOf, type Finding, type TargetStats } from './runner.js';

function arg(name: string, dflt: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 && process.argv[i + 1] !== undefined ? process.argv[i + 1]! : dflt;
}

const runs = Number(arg('runs', '1000'));
const seed = Number(arg('seed', '20260401'));
const sampleEvery = Number(arg('sample', '25'));
const jobs = Number(arg('jobs', '2'));
const targets = arg('targets', FUZZ_TARGETS.join(',')).split(',') as TargetName[];
const CHUNK = 250;

const stats = new Map<TargetName, TargetStats>(targets.map((t) => [t, emptyStats()]));
const shapes = new Map<TargetName, Set<string>>(targets.map((t) => [t, new Set()]));
const codes = new Map<string, number>();
const findings = new Map<string, { count: number; example: string }>();
const failures: string[] = [];
const outDir = join(repoRoot(), '.bench', 'fuzz-failures');
const pool = new Pool(jobs);
const pending = new Set<Promise<void>>();
const available = new Map(targets.map((t) => [t, proxyAvailable(t)]));
const t0 = Date.now();

const knownSeen = new Map<string, number>();

function fail(target: TargetName, index: number, detail: string, text: string, mutations: string[]): void {
  const known = knownIssue(detail);
  if (known) {
    stats.get(target)!.known++;
    knownSeen.set(known.id, (knownSeen.get(known.id) ?? 0) + 1);
    return;
  }
  stats.get(target)!.failures++;
  mkdirSync(outDir, { recursive: true });
  const file = join(outDir, `${target}-${seed}-${index}.yaml`);
  writeFileSync(file, text);
  if (failures.length < 40) failures.push(`[${target} #${index}] ${detail}\n    mutations: ${mutations.join(' ; ')}\n    input: ${file}`);
}

for (let start = 0; start < runs; start += CHUNK) {
  const n = Math.min(CHUNK, runs - start);
  const models = fc.sample(caseModel, { seed: seed + start, numRuns: n });
  for (const [k, m] of models.entries()) {
    const index = start + k;
    const c = buildCase(m);
    for (const target of targets) {
      const st = stats.get(target)!;
      st.generated++;
      const found: Finding[] = [];
      const v = runCase(c, target, found);
      for (const f of found) {
        const e = findings.get(f.what) ?? { count: 0, example: f.detail };
        e.count++;
        findings.set(f.what, e);
      }
      if (v.kind === 'failure') {
        fail(target, index, v.detail, c.sources[0]!.text, c.mutations);
        continue;
      }
      if (v.kind === 'rejected') {
        st.rejected++;
        for (const code of v.codes) codes.set(code, (codes.get(code) ?? 0) + 1);
        continue;
      }
      st.accepted++;
      if (target === 'traefik' || target === 'gateway-api') {
        st.validated++; // the strict schema (Gateway API: CRD schema + CEL) ran in the oracle
        continue;
      }
      if (!available.get(target)) continue;
      const shape = shapeOf(target, v.result.ir!);
      const isNew = !shapes.get(target)!.has(shape);
      if (!isNew && st.accepted % sampleEvery !== 0) continue;
      shapes.get(target)!.add(shape);
      const p = pool
        .run(() => realValidate(target, v.result))
        .then((res) => {
          st.validated++;
          if (isNew) st.validatedNewShape++;
          if (!res.ok) {
            st.validatorFailures++;
            fail(target, index, `real validator refused the output:\n    ${res.output.split('\n').filter((l) => !/\[WARNING\]|^\s*\|/.test(l)).slice(0, 4).join('\n    ')}`, c.sources[0]!.text, c.mutations);
          }
        });
      pending.add(p);
      void p.finally(() => pending.delete(p));
      if (pending.size >= jobs * 8) await Promise.race(pending);
    }
  }
  process.stderr.write(`\r${Math.min(start + CHUNK, runs)}/${runs} cases, ${((Date.now() - t0) / 1000).toFixed(0)} s`);
}
await Promise.all(pending);
process.stderr.write('\n');

const pad = (s: string | number, n: number) => String(s).padStart(n);
console.log(`seed ${seed}, ${runs} cases, ${((Date.now() - t0) / 1000).toFixed(0)} s`);
console.log(`${'target'.padEnd(8)} ${pad('generated', 9)} ${pad('rejected', 9)} ${pad('accepted', 9)} ${pad('validated', 9)} ${pad('(new shape)', 11)} ${pad('failures', 9)} ${pad('known', 6)}`);
for (const t of targets) {
  const s = stats.get(t)!;
  const v = t === 'traefik' || t === 'gateway-api' ? `${s.validated}*` : available.get(t) ? s.validated : 'n/a';
  console.log(`${t.padEnd(8)} ${pad(s.generated, 9)} ${pad(s.rejected, 9)} ${pad(s.accepted, 9)} ${pad(v, 9)} ${pad(t === 'traefik' || t === 'gateway-api' ? '-' : s.validatedNewShape, 11)} ${pad(s.failures, 9)} ${pad(s.known, 6)}`);
}
console.log('* traefik: strict v3 file-provider JSON schema + rule parser on every accepted case (no traefik binary)');
console.log('* gateway-api: every object re-parsed and validated against the v1.6.1 CRDs (structural schema + every CEL rule) on every accepted case');
console.log(`rejection codes (cases x targets): ${[...codes].sort((a, b) => b[1] - a[1]).map(([c, n]) => `${c}=${n}`).join(' ')}`);
for (const k of KNOWN_ISSUES) if (knownSeen.has(k.id)) console.log(`known issue ${k.id} (${knownSeen.get(k.id)} case x target): ${k.summary}`);
for (const [what, f] of findings) console.log(`finding: ${what}: ${f.count} (e.g. ${f.example})`);
if (failures.length) {
  console.log(`\nfailures (first ${failures.length}):`);
  for (const f of failures) console.log(f);
}
process.exitCode = [...stats.values()].some((s) => s.failures > 0) ? 1 : 0;
