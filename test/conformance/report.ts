// Tables for `npm run conformance` and the README: one summary row per target,
// then per target its feature files, not-applicable reasons and failures.
import { knownFailure } from './known-failures.js';
import { scenarioKey, type ScenarioResult } from './scenario.js';
import type { TargetRun } from './suite.js';

const count = (rs: ScenarioResult[], o: ScenarioResult['outcome']) => rs.filter((r) => r.outcome === o).length;

/** "1-4, 7, 9-10" */
function ranges(ns: number[]): string {
  const s = [...ns].sort((a, b) => a - b);
  const out: string[] = [];
  for (let i = 0; i < s.length; ) {
    let j = i;
    while (j + 1 < s.length && s[j + 1] === s[j]! + 1) j++;
    out.push(i === j ? `${s[i]}` : `${s[i]}-${s[j]}`);
    i = j + 1;
  }
  return out.join(', ');
}

const secs = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

export function summaryTable(runs: TargetRun[]): string {
  const lines = ['| target | passed | failed | not applicable | run with | time |', '|---|---|---|---|---|---|'];
  for (const run of runs) {
    if (run.notRun) {
      lines.push(`| ${run.target} | – | – | – | not run: ${run.notRun.replace(/\|/g, '\\|')} | – |`);
      continue;
    }
    const rs = run.results;
    const is = rs.filter((r) => r.outcome === 'passed' && r.flags.includes('IS=Prefix')).length;
    const known = rs.filter((r) => r.outcome === 'failed' && knownFailure(run.target, scenarioKey(r.feature, r.index))).length;
    lines.push(
      `| ${run.target} | ${count(rs, 'passed')}${is ? ` (${is} IS=Prefix)` : ''} | ${count(rs, 'failed')}${known ? ` (${known} known)` : ''} | ${count(rs, 'n/a')} | ${run.via ?? ''} | ${secs(run.ms)} |`,
    );
  }
  return lines.join('\n');
}

export function targetTable(run: TargetRun): string {
  if (run.notRun) return `### ${run.target}\n\nnot run: ${run.notRun}\n`;
  const out: string[] = [`### ${run.target}${run.via ? ` (${run.via})` : ''}`, ''];
  out.push('| feature | scenarios | passed | failed | not applicable |', '|---|---|---|---|---|');
  const byFeature = new Map<string, ScenarioResult[]>();
  for (const r of run.results) (byFeature.get(r.feature) ?? byFeature.set(r.feature, []).get(r.feature)!).push(r);
  for (const [f, rs] of byFeature) out.push(`| ${f} | ${rs.length} | ${count(rs, 'passed')} | ${count(rs, 'failed')} | ${count(rs, 'n/a')} |`);
  const t = run.results;
  out.push(`| **total** | **${t.length}** | **${count(t, 'passed')}** | **${count(t, 'failed')}** | **${count(t, 'n/a')}** |`, '');

  const grouped = (rs: ScenarioResult[]) => {
    const g = new Map<string, Map<string, number[]>>();
    for (const r of rs) {
      const byFile = g.get(r.reason) ?? g.set(r.reason, new Map()).get(r.reason)!;
      (byFile.get(r.feature) ?? byFile.set(r.feature, []).get(r.feature)!).push(r.index);
    }
    return [...g].map(([reason, files]) => {
      const n = [...files.values()].reduce((a, b) => a + b.length, 0);
      return `- ${n} × ${reason}: ${[...files].map(([f, idx]) => `${f} #${ranges(idx)}`).join('; ')}`;
    });
  };
  const na = t.filter((r) => r.outcome === 'n/a');
  if (na.length) out.push('Not applicable:', ...grouped(na), '');
  const noted = t.filter((r) => r.outcome === 'passed' && r.reason);
  if (noted.length) out.push('Passed with a translation or note:', ...grouped(noted), '');
  const failed = t.filter((r) => r.outcome === 'failed');
  if (failed.length) {
    out.push('Failed:');
    for (const r of failed) {
      const known = knownFailure(run.target, scenarioKey(r.feature, r.index));
      out.push(`- ${r.feature} #${r.index} (line ${r.line}) ${r.name}: ${r.reason}${known ? ` [known: ${known}]` : ''}`);
    }
    out.push('');
  }
  return out.join('\n');
}

/** Full failure reports: scenario, request, expected, actual. */
export function failureDetails(run: TargetRun, only?: ScenarioResult[]): string {
  const rs = only ?? run.results.filter((r) => r.outcome === 'failed');
  return rs
    .map((r) => `✗ [${run.target}] ${r.feature} #${r.index} (line ${r.line}) ${r.name}\n${(r.details ?? r.reason).replace(/^/gm, '    ')}`)
    .join('\n\n');
}

/** The suite a scenario counts for: a vendored project's folder, or one of ingressc's ported files. */
export function suiteOf(feature: string): string {
  const parts = feature.replace(/\.feature$/, '').split('/');
  if (parts[0] === 'ingress-controller-conformance') return 'ingress-controller-conformance';
  if (parts[0] === 'ingress-bfe') return `ingress-bfe/${parts[1]}`;
  return parts.join('/');
}

/** Suites × targets: "passed / applicable" per cell, not applicable in brackets (the README copy). */
export function suiteMatrix(runs: TargetRun[]): string {
  const done = runs.filter((r) => !r.notRun);
  const suites = [...new Set(done.flatMap((r) => r.results.map((x) => suiteOf(x.feature))))];
  const lines = [`| suite | ${done.map((r) => r.target).join(' | ')} |`, `|---|${done.map(() => '---|').join('')}`];
  for (const s of suites) {
    const cells = done.map((run) => {
      const rs = run.results.filter((x) => suiteOf(x.feature) === s);
      const na = count(rs, 'n/a');
      const applicable = rs.length - na;
      const failed = count(rs, 'failed');
      return `${count(rs, 'passed')}/${applicable}${failed ? ` (${failed} failed)` : ''}${na ? ` [${na} n/a]` : ''}`;
    });
    lines.push(`| ${s} | ${cells.join(' | ')} |`);
  }
  return lines.join('\n');
}

export const README_BEGIN = '<!-- conformance:begin (npm run conformance -- --write-readme) -->';
export const README_END = '<!-- conformance:end -->';

/** The README's conformance block: the summary and the suite matrix of a full run. */
export function readmeBlock(runs: TargetRun[]): string {
  return `${README_BEGIN}\n${summaryTable(runs).replace(/ \| [0-9.]+ s \|$/gm, ' |').replace('| run with | time |', '| run with |').replace('|---|---|---|---|---|---|', '|---|---|---|---|---|')}\n\nPer suite, \`passed/applicable\` and [not applicable]:\n\n${suiteMatrix(runs)}\n${README_END}`;
}
