import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { annotationMatrix, availableTargets, renderMatrixMarkdown } from '../../src/index.js';
import { repoRoot } from '../harness/proxies.js';

test("the README's support matrix is `ingressc annotations --format markdown`", () => {
  const readme = readFileSync(join(repoRoot(), 'README.md'), 'utf8');
  const m = /<!-- annotations-matrix:begin -->\n([\s\S]*?)<!-- annotations-matrix:end -->/.exec(readme);
  assert.ok(m, 'README.md has the annotations-matrix markers');
  const targets = availableTargets();
  assert.equal(m[1], renderMatrixMarkdown(annotationMatrix(targets), targets), 'stale README table: run `npm run dist && node scripts/readme-matrix.mjs`');
});
