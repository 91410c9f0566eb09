import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { repoRoot } from './harness/proxies.js';

/**
 * bin/ingressc.js compiles the CLI bundle with a V8 code cache for the running Node version
 * (`ingressc.bundle.<version>-<arch>.cache` next to it), which `npm run dist` writes and any run
 * that finds none writes after it. A cache V8 rejects still works, only slower (P2 cold start): these
 * tests notice when a change to the bundle, its wrapper or the warm-up makes every run pay for that.
 */
const ROOT = repoRoot();
const CACHE = `ingressc.bundle.${process.version}-${process.arch}.cache`;
const plainEnv = (): NodeJS.ProcessEnv => {
  const env = { ...process.env };
  delete env.NODE_OPTIONS; // V8 flags change whether V8 accepts a cache
  return env;
};
const ingressc = (bin: string, args: string[]) => spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', env: plainEnv() });

/** Whether V8, in a fresh plain `node` as the bin runs, accepts `cache` for `bundle`. */
function accepted(bundle: string, cache: string): boolean {
  const check = `const fs = require('node:fs'); const { Script } = require('node:vm'); const f = ${JSON.stringify(bundle)};
    const s = new Script(fs.readFileSync(f, 'utf8'), { filename: f, cachedData: fs.readFileSync(${JSON.stringify(cache)}) });
    process.stdout.write(String(s.cachedDataRejected));`;
  const r = spawnSync(process.execPath, ['-e', check], { encoding: 'utf8', env: plainEnv() });
  assert.equal(r.status, 0, r.stderr);
  return r.stdout === 'false';
}

test('V8 accepts the code cache of the CLI bundle for this Node version', () => {
  const cli = join(ROOT, 'dist', 'src', 'cli');
  // The build wrote it for the Node that ran it; under another Node the first run writes it.
  const r = ingressc(join(ROOT, 'bin', 'ingressc.js'), ['lint', join(ROOT, 'fixtures', 'cafe')]);
  assert.equal(r.status, 0, r.stderr);
  const mtime = (f: string) => statSync(join(cli, f)).mtimeMs;
  assert.ok(mtime(CACHE) >= mtime('ingressc.bundle.cjs'), 'bin/ingressc.js would ignore the code cache');
  assert.ok(accepted(join(cli, 'ingressc.bundle.cjs'), join(cli, CACHE)), 'V8 rejects the code cache');
});

test('an installed copy without a cache writes one on its first run, and replaces one older than the bundle', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'ingressc-cache-'));
  try {
    // The package layout bin/ingressc.js expects, without any cache (npm never packs one).
    const cli = join(tmp, 'dist', 'src', 'cli');
    mkdirSync(cli, { recursive: true });
    mkdirSync(join(tmp, 'bin'));
    for (const f of ['ingressc.js', 'package.json']) copyFileSync(join(ROOT, 'bin', f), join(tmp, 'bin', f));
    copyFileSync(join(ROOT, 'dist', 'src', 'cli', 'ingressc.bundle.cjs'), join(cli, 'ingressc.bundle.cjs'));
    writeFileSync(join(tmp, 'package.json'), '{"name": "ingressc", "version": "0.0.0-test"}\n');
    const bin = join(tmp, 'bin', 'ingressc.js');
    const cache = join(cli, CACHE);

    const first = ingressc(bin, ['lint', join(ROOT, 'fixtures', 'cafe')]);
    assert.equal(first.status, 0, first.stderr);
    assert.ok(existsSync(cache), 'the first run wrote no code cache');
    assert.ok(accepted(join(cli, 'ingressc.bundle.cjs'), cache), 'V8 rejects the cache the first run wrote');

    // A bundle replaced after the cache was written (git pull, reinstall over a copy): the cache is stale.
    const old = new Date(Date.now() - 60_000);
    utimesSync(cache, old, old);
    const second = ingressc(bin, ['--version']);
    assert.equal(second.stdout.trim(), '0.0.0-test');
    assert.ok(statSync(cache).mtimeMs >= statSync(join(cli, 'ingressc.bundle.cjs')).mtimeMs, 'a stale cache was not replaced');
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
});
