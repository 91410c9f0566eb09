import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { diffLines, unifiedDiff, type Edit } from '../../src/index.js';

const lcsLength = (a: string[], b: string[]): number => {
  const dp = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--) for (let j = b.length - 1; j >= 0; j--) dp[i]![j] = a[i] === b[j] ? dp[i + 1]![j + 1]! + 1 : Math.max(dp[i + 1]![j]!, dp[i]![j + 1]!);
  return dp[0]![0]!;
};
const sides = (es: Edit[]) => ({ a: es.filter((e) => e.op !== '+').map((e) => e.line), b: es.filter((e) => e.op !== '-').map((e) => e.line) });

/** Applies a unified diff to `old` (strict: context must match), as patch(1) would. */
function applyUnified(old: string[], patch: string): string[] {
  const lines = patch.split('\n').slice(2, -1);
  const out: string[] = [];
  let at = 0;
  for (let i = 0; i < lines.length; ) {
    const m = /^@@ -(\d+),(\d+) \+(\d+),(\d+) @@$/.exec(lines[i]!);
    assert.ok(m, `hunk header expected: ${lines[i]}`);
    const start = Number(m[2]) === 0 ? Number(m[1]) : Number(m[1]) - 1;
    while (at < start) out.push(old[at++]!);
    i++;
    while (i < lines.length && !lines[i]!.startsWith('@@')) {
      const l = lines[i]!;
      if (l[0] === ' ') { assert.equal(old[at], l.slice(1)); out.push(old[at++]!); }
      else if (l[0] === '-') { assert.equal(old[at], l.slice(1)); at++; }
      else if (l[0] === '+') out.push(l.slice(1));
      i++;
    }
  }
  while (at < old.length) out.push(old[at++]!);
  return out;
}

describe('Myers line diff', () => {
  const line = fc.constantFrom('a', 'b', 'c', 'd', '{', '}', '');
  test('the script rebuilds both sides and is minimal (LCS length)', () => {
    fc.assert(
      fc.property(fc.array(line, { maxLength: 30 }), fc.array(line, { maxLength: 30 }), (a, b) => {
        const es = diffLines(a, b);
        assert.deepEqual(sides(es), { a, b });
        assert.equal(es.filter((e) => e.op === ' ').length, lcsLength(a, b));
      }),
      { seed: 42, numRuns: 400 },
    );
  });
  test('unified hunks apply back to the new text (any context)', () => {
    fc.assert(
      fc.property(fc.array(line, { maxLength: 40 }), fc.array(line, { maxLength: 40 }), fc.integer({ min: 0, max: 4 }), (a, b, ctx) => {
        const text = (ls: string[]) => ls.map((l) => l + '\n').join('');
        const p = unifiedDiff(text(a), text(b), 'a/f', 'b/f', ctx);
        if (text(a) === text(b)) return assert.equal(p, '');
        assert.deepEqual(applyUnified(a, p), b);
      }),
      { seed: 7, numRuns: 400 },
    );
  });
  test('header, hunk ranges and no-newline marker', () => {
    const p = unifiedDiff('a\nb\nc\n', 'a\nB\nc', 'a/x', 'b/x');
    assert.equal(p, '--- a/x\n+++ b/x\n@@ -1,3 +1,3 @@\n a\n-b\n-c\n+B\n+c\n\\ No newline at end of file\n');
    assert.equal(unifiedDiff('', 'x\n', '/dev/null', 'b/x'), '--- /dev/null\n+++ b/x\n@@ -0,0 +1,1 @@\n+x\n');
    assert.equal(unifiedDiff('x\n', '', 'a/x', '/dev/null'), '--- a/x\n+++ /dev/null\n@@ -1,1 +0,0 @@\n-x\n');
  });
  test('GNU patch accepts our output (when installed)', (t) => {
    if (spawnSync('patch', ['--version']).status !== 0) return t.skip('patch(1) not installed');
    const dir = mkdtempSync(join(tmpdir(), 'ingressc-patch-'));
    try {
      const a = Array.from({ length: 60 }, (_, i) => `line ${i}`);
      const b = [...a];
      b.splice(3, 2, 'new 3');
      b.splice(30, 0, 'ins 1', 'ins 2');
      b[55] = 'changed 55';
      writeFileSync(join(dir, 'f'), a.join('\n') + '\n');
      const r = spawnSync('patch', ['-s', '-p1', '--dry-run', '-d', dir], { input: unifiedDiff(a.join('\n') + '\n', b.join('\n') + '\n', 'a/f', 'b/f'), encoding: 'utf8' });
      assert.equal(r.status, 0, r.stdout + r.stderr);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
  test('large files with few changes stay fast', () => {
    const a = Array.from({ length: 20000 }, (_, i) => `l${i}`);
    const b = a.map((l, i) => (i % 997 === 0 ? `${l}!` : l));
    const t0 = performance.now();
    const es = diffLines(a, b);
    assert.deepEqual(sides(es), { a, b });
    assert.ok(performance.now() - t0 < 2000);
  });
});
