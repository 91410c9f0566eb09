#!/usr/bin/env node
// Prefer the single-file bundle (fast start-up) unless the tsc output is newer (during development).
// CommonJS (bin/package.json): an ES module entry point costs Node ~4 ms more to start.
'use strict';
const { readFileSync, statSync } = require('node:fs');
const { join } = require('node:path');

const cli = join(__dirname, '..', 'dist', 'src', 'cli');
const mtime = (name) => {
  try {
    return statSync(join(cli, name)).mtimeMs;
  } catch {
    return -1;
  }
};
if (mtime('main.js') < 0) {
  // Installed from git without a build (pre-commit's `language: node`): build once, here.
  require('node:child_process').execFileSync(process.execPath, [join(__dirname, '..', 'scripts', 'build.mjs'), 'tsconfig.build.json'], { stdio: ['ignore', 2, 2] });
}
const bundle = mtime('ingressc.bundle.cjs');
if (bundle >= mtime('main.js')) {
  // The bundle is one function expression (scripts/bundle-cli.mjs), compiled with the V8 code cache
  // written next to it by the build (scripts/code-cache.mjs); V8 rejects a cache that does not fit.
  const file = join(cli, 'ingressc.bundle.cjs');
  let cachedData;
  if (mtime('ingressc.bundle.cache') >= bundle) {
    try {
      cachedData = readFileSync(join(cli, 'ingressc.bundle.cache'));
    } catch {
      /* compile without it */
    }
  }
  const { Script } = require('node:vm');
  const module = { exports: {} };
  new Script(readFileSync(file, 'utf8'), { filename: file, cachedData }).runInThisContext()(module.exports, require('node:module').createRequire(file), module, file, cli);
  module.exports.main(process.argv);
} else {
  import(require('node:url').pathToFileURL(join(cli, 'main.js')).href).then(({ main }) => main(process.argv));
}
