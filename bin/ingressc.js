#!/usr/bin/env node
// Runs the CLI bundle, dist/src/cli/ingressc.bundle.cjs: built by scripts/bundle-cli.mjs and committed,
// so tarball and git installs (also with --ignore-scripts) run without building anything.
// CommonJS (bin/package.json): an ES module entry point costs Node ~4 ms more to start.
'use strict';
const { accessSync, constants, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } = require('node:fs');
const { join } = require('node:path');

const cli = join(__dirname, '..', 'dist', 'src', 'cli');
const file = join(cli, 'ingressc.bundle.cjs');
// V8 code cache of the bundle, one per Node version (V8 rejects another version's). Never committed or
// packed: `npm run dist` writes it by linting sample manifests (scripts/code-cache.mjs); elsewhere the
// first run writes it. A cache older than the bundle belongs to an earlier bundle (V8 only compares
// source lengths), so it is ignored and replaced.
const cacheFile = join(cli, `ingressc.bundle.${process.version}-${process.arch}.cache`);
let cachedData;
try {
  if (statSync(cacheFile).mtimeMs >= statSync(file).mtimeMs) cachedData = readFileSync(cacheFile);
} catch {
  /* none yet */
}
const { Script } = require('node:vm');
// The bundle is one function expression (scripts/bundle-cli.mjs): vm.Script accepts a code cache in Node 20.
const script = new Script(readFileSync(file, 'utf8'), { filename: file, cachedData });
if (cachedData === undefined) process.once('exit', () => saveCache(script));
const mod = { exports: {} };
script.runInThisContext()(mod.exports, require('node:module').createRequire(file), mod, file, cli);
mod.exports.main(process.argv);

/**
 * After the run, so the cache holds every function this command compiled. Best effort, like Python's
 * __pycache__: skipped where the package directory is not writable (another user's global install).
 */
function saveCache(s) {
  const tmp = `${cacheFile}.${process.pid}`;
  try {
    accessSync(cli, constants.W_OK);
    writeFileSync(tmp, s.createCachedData());
    renameSync(tmp, cacheFile);
  } catch {
    try {
      unlinkSync(tmp);
    } catch {
      /* nothing was written */
    }
  }
}
