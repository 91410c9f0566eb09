/**
 * test/conformance/peer-index.ts accounts for every peer-suite case: each file has as many rows as it
 * has cases, no row twice, every "ported" row names a repository file that still cites the case, every
 * other row says why, and README's table has the index's counts. Reads only this repository.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { PEER_CASES, PEER_FILE_CASES, PEER_SOURCES, peerCounts, peerSourceOf, type PeerCase } from '../conformance/peer-index.js';
import { repoRoot } from '../harness/index.js';

const root = repoRoot();
const texts = new Map<string, string>();
/** A cited file's text with the string escapes \' \" \\ undone (the It text may sit in a TS string). */
const textOf = (rel: string): string => {
  let t = texts.get(rel);
  if (t === undefined) texts.set(rel, (t = readFileSync(join(root, rel), 'utf8').replace(/\\(['"\\])/g, '$1')));
  return t;
};

const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/**
 * The It text as a citation: trimmed (some upstream texts end in a space), without a ginkgo label such
 * as "[BAD_ANNOTATIONS] ", quoted or listed — after a quote, "(", "/ " or ": ", and before a quote, ")",
 * ",", ";", ":", " /", " (" or the line's end — so that "should route requests to the correct upstream"
 * is not found inside "should route requests to the correct upstream if ...".
 */
const citation = (it: string): RegExp =>
  new RegExp(`(?:["'\`(]|/ |: )${escapeRe(it.trim().replace(/^\[[A-Z_]+\] /, ''))}(?:["'\`),;:]| /| \\(|$)`, 'm');

/** A feature file's scenario: its title line and the comment lines right above it. */
function scenarioBlock(text: string, title: string): string | undefined {
  const lines = text.split('\n');
  const at = lines.findIndex((l) => l.trim() === `Scenario: ${title}`);
  if (at < 0) return undefined;
  let from = at;
  while (from > 0 && lines[from - 1]!.trim().startsWith('#')) from--;
  return lines.slice(from, at + 1).join('\n');
}

/** What is wrong with a ported row's citation, or undefined. */
function citationProblem(c: Extract<PeerCase, { status: 'ported' }>): string | undefined {
  if (c.where.startsWith('/') || c.where.includes('..')) return `${c.where}: not a path inside the repository`;
  if (!existsSync(join(root, c.where))) return `${c.where} does not exist`;
  const text = textOf(c.where);
  if (!citation(c.it).test(text)) return `${c.where} does not cite the It text`;
  if (c.where.endsWith('.feature')) {
    if (c.scenario === undefined) return `${c.where}: a feature file row names its scenario`;
    const block = scenarioBlock(text, c.scenario);
    if (block === undefined) return `${c.where} has no "Scenario: ${c.scenario}"`;
    if (!citation(c.it).test(block)) return `${c.where}: scenario "${c.scenario}" does not cite the It text (in its title or the comments above it)`;
  } else if (c.scenario !== undefined && !text.includes(c.scenario)) return `${c.where} has no case "${c.scenario}"`;
  return undefined;
}

const rowName = (c: PeerCase): string => `${c.file}:${c.line} It(${JSON.stringify(c.it)})`;

test('peer index: every case of every suite file has one row, none twice', () => {
  const perFile = new Map<string, number>();
  for (const c of PEER_CASES) perFile.set(c.file, (perFile.get(c.file) ?? 0) + 1);
  assert.deepEqual(Object.fromEntries([...perFile].sort()), Object.fromEntries(Object.entries(PEER_FILE_CASES).sort()));
  const seen = new Set<string>();
  for (const c of PEER_CASES) {
    peerSourceOf(c.file);
    const at = `${c.file}:${c.line}`;
    assert.ok(!seen.has(at), `two rows for ${at}`);
    seen.add(at);
    assert.ok(c.it.trim().length > 0, rowName(c));
  }
  // Ordered by file and line, so that a row pasted twice or out of place shows.
  const order = PEER_CASES.map((c) => `${c.file}:${String(c.line).padStart(5, '0')}`);
  const bySource = (k: string): number => PEER_SOURCES.indexOf(peerSourceOf(k));
  assert.deepEqual(order, [...order].sort((a, b) => bySource(a) - bySource(b) || (a < b ? -1 : a > b ? 1 : 0)));
});

test('peer index: every ported row names a file of this repository that still cites the case', () => {
  const problems = PEER_CASES.flatMap((c) => {
    if (c.status !== 'ported') return [];
    const p = citationProblem(c);
    return p ? [`${rowName(c)}: ${p}`] : [];
  });
  assert.deepEqual(problems, []);
});

test('peer index: every not-applicable and todo row says why', () => {
  for (const c of PEER_CASES) if (c.status !== 'ported') assert.ok(c.reason.trim().length >= 20, `${rowName(c)}: a reason a reviewer can check`);
});

test('peer index: the citation rule finds whole It texts only', () => {
  const it = 'should route requests to the correct upstream';
  assert.ok(citation(it).test(`# canary.go It("${it}")`));
  assert.ok(citation(it).test(`it: 'when canaried by header: ${it} / another'`));
  assert.ok(citation(`  ${it} `).test(`'${it}'`));
  assert.ok(citation(`[BAD_ANNOTATIONS] ${it}`).test(`it: '${it}'`));
  assert.ok(!citation(it).test(`# It("${it} if mainline ingress is created before the canary ingress")`));
  assert.ok(!citation(it).test(`# It("x ${it}")`));
});

test('README: the conformance section has the index counts per suite and status', () => {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const counts = peerCounts();
  for (const source of PEER_SOURCES) {
    const n = counts[source];
    const row = `| ${source} | ${n.ported + n['not-applicable'] + n.todo} | ${n.ported} | ${n['not-applicable']} | ${n.todo} |`;
    assert.ok(readme.includes(row), `README.md lacks the row\n${row}`);
  }
});
