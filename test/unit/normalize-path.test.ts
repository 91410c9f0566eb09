import assert from 'node:assert/strict';
import { test } from 'node:test';
import { normalizeRequestPath } from '../../src/ir/normalize-path.js';

/** The request normalisation every target follows (README "Semantics"); live agreement: test/request-normalisation.test.ts. */
const table: [string, string][] = [
  ['/', '/'],
  ['/tea/../coffee', '/coffee'],
  ['//tea', '/tea'],
  ['/a//../tea', '/tea'], // slashes merged first, as nginx does: ".." does not take an empty segment
  ['/./tea', '/tea'],
  ['/tea/%2e%2E/coffee', '/coffee'],
  ['/te%61/%7E', '/tea/~'],
  ['/tea/%20%3b%C0%ae', '/tea/%20%3b%C0%ae'], // reserved and non-ASCII escapes stay as written
  ['/tea/.', '/tea/'],
  ['/tea/x/..', '/tea/'],
  ['/tea/..;/coffee', '/tea/..;/coffee'],
  ['/tea\\..\\coffee', '/tea\\..\\coffee'],
  ['/tea/x?a=/../b', '/tea/x'],
  ['/tea/%252e%252e/x', '/tea/%252e%252e/x'],
];
for (const [raw, want] of table) test(`${raw} → ${want}`, () => assert.deepEqual(normalizeRequestPath(raw), { ok: true, path: want }));

for (const raw of ['/..', '/../tea', '/a/../../b', '/%2e%2e/x', '/tea%2Fx', '/tea%2f', '/tea%5Cx', '/tea%5c', '/tea/%00', '/tea/%zz', '/tea/%', '/tea/%a', '/tea/%g1'])
  test(`${raw} → 400`, () => assert.equal(normalizeRequestPath(raw).ok, false));
