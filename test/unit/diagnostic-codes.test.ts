/**
 * The diagnostic catalogue (src/diagnostics/codes.ts): every code is one some code path reports,
 * and a retired code never comes back. A code only the catalogue names is a promise no input keeps.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { CODES, RETIRED_CODES } from '../../src/diagnostics/codes.js';
import { repoRoot } from '../harness/proxies.js';

/** Every .ts file under src/ but the catalogue itself. */
function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    if (e.isDirectory()) return sources(p);
    return e.name.endsWith('.ts') && p !== join(repoRoot(), 'src', 'diagnostics', 'codes.ts') ? [readFileSync(p, 'utf8')] : [];
  });
}

test('every catalogue code is reported somewhere in src/, and no retired code is in the catalogue', () => {
  const text = sources(join(repoRoot(), 'src')).join('\n');
  const codes = Object.keys(CODES);
  assert.ok(codes.length >= 150, `${codes.length} codes`);
  assert.deepEqual(codes.filter((c) => !new RegExp(`['"\`]${c}['"\`]`).test(text)), [], 'codes no code path reports: remove them and list them in RETIRED_CODES');
  assert.deepEqual(RETIRED_CODES.filter((c) => c in CODES), [], 'a retired code is never reused');
  assert.deepEqual(codes.filter((c) => !/^IC[1-5]\d{3}$/.test(c)), []);
});
