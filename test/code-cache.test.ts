import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { repoRoot } from './harness/proxies.js';

/**
 * bin/ingressc.js compiles the CLI bundle with the V8 code cache the build wrote next to it
 * (scripts/code-cache.mjs). A cache V8 rejects still works, only slower (P2 cold start): this test
 * notices when a change to the bundle, its wrapper or the warm-up makes every run pay for that.
 */
test('the CLI bundle is newer than the tsc output and V8 accepts its code cache', () => {
  const cli = join(repoRoot(), 'dist', 'src', 'cli');
  const mtime = (f: string) => statSync(join(cli, f)).mtimeMs;
  assert.ok(mtime('ingressc.bundle.cjs') >= mtime('main.js'), 'bin/ingressc.js would run the tsc output');
  assert.ok(mtime('ingressc.bundle.cache') >= mtime('ingressc.bundle.cjs'), 'bin/ingressc.js would ignore the code cache');
  // In a fresh plain `node`, as the bin runs (V8 flags change whether V8 accepts a cache).
  const check = `const fs = require('node:fs'); const { Script } = require('node:vm'); const f = ${JSON.stringify(join(cli, 'ingressc.bundle.cjs'))};
    const s = new Script(fs.readFileSync(f, 'utf8'), { filename: f, cachedData: fs.readFileSync(${JSON.stringify(join(cli, 'ingressc.bundle.cache'))}) });
    process.stdout.write(String(s.cachedDataRejected));`;
  const env = { ...process.env };
  delete env.NODE_OPTIONS;
  const r = spawnSync(process.execPath, ['-e', check], { encoding: 'utf8', env });
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stdout, 'false');
});
