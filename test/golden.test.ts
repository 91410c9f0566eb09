import assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import { registeredTargets } from '../src/emit/registry.js';
import { compile } from '../src/index.js';
import { skipReason, validateDir, type ProxyKind } from './harness/index.js';
import { listFiles, loadGoldenCases } from './helpers/golden.js';

/**
 * Golden fixtures: fixtures/golden/<case>/expected/<target>/ holds the complete output directory,
 * real files a real proxy loads (each is checked with the proxy's own validator below).
 * UPDATE_GOLDEN=1 rewrites them; review the diff before committing.
 */
const update = process.env.UPDATE_GOLDEN === '1';
const LIVE: readonly string[] = ['nginx', 'haproxy', 'envoy', 'caddy'];

for (const c of loadGoldenCases()) {
  for (const target of registeredTargets()) {
    if (c.targets && !c.targets.includes(target)) continue;
    const expectedDir = join(c.dir, 'expected', target);
    test(`golden ${c.name} [${target}]`, async () => {
      const r = compile(c.sources, { ...c.options, target });
      assert.ok(r.ok, `compile failed: ${JSON.stringify(r.diagnostics, null, 2)}`);
      if (update) {
        rmSync(expectedDir, { recursive: true, force: true });
        for (const f of r.files) {
          mkdirSync(dirname(join(expectedDir, f.path)), { recursive: true });
          writeFileSync(join(expectedDir, f.path), f.content, { mode: f.mode ?? 0o644 });
        }
      }
      assert.deepEqual(listFiles(expectedDir), r.files.map((f) => f.path), 'set of generated files differs from expected/');
      for (const f of r.files) assert.equal(f.content, readFileSync(join(expectedDir, f.path), 'utf8'), `${target}/${f.path} differs from the golden file`);
      // Compiling twice gives the same bytes.
      const again = compile(c.sources, { ...c.options, target });
      assert.deepEqual(again.files, r.files);
    });
    if (LIVE.includes(target)) {
      const kind = target as ProxyKind;
      test(`golden ${c.name} [${target}] passes the real ${target} validator`, { skip: skipReason(kind) }, async () => {
        // Validate a copy: validators create temp and log paths under the prefix.
        const tmp = mkdtempSync(join(tmpdir(), `ingressc-golden-`));
        try {
          cpSync(expectedDir, tmp, { recursive: true });
          const v = await validateDir(kind, tmp);
          assert.ok(v.ok, `${target} rejected ${expectedDir}:\n${v.output}`);
        } finally {
          rmSync(tmp, { recursive: true, force: true });
        }
      });
    }
  }
}
