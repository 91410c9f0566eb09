#!/usr/bin/env node
// Prefer the single-file bundle (fast start-up) unless the tsc output is newer (during development).
import { readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { Script } from 'node:vm';

const cli = fileURLToPath(new URL('../dist/src/cli/', import.meta.url));
const mtime = (name) => {
  try {
    return statSync(cli + name).mtimeMs;
  } catch {
    return -1;
  }
};
if (mtime('main.js') < 0) {
  // Installed from git without a build (pre-commit's `language: node`): build once, here.
  const { execFileSync } = await import('node:child_process');
  execFileSync(process.execPath, [fileURLToPath(new URL('../scripts/build.mjs', import.meta.url)), 'tsconfig.build.json'], { stdio: ['ignore', 2, 2] });
}
const bundle = mtime('ingressc.bundle.cjs');
if (bundle >= mtime('main.js')) {
  // The bundle is one function expression (scripts/bundle-cli.mjs), compiled with the V8 code cache
  // written next to it by the build (scripts/code-cache.mjs); V8 rejects a cache that does not fit.
  const file = cli + 'ingressc.bundle.cjs';
  let cachedData;
  if (mtime('ingressc.bundle.cache') >= bundle) {
    try {
      cachedData = readFileSync(cli + 'ingressc.bundle.cache');
    } catch {
      /* compile without it */
    }
  }
  const module = { exports: {} };
  new Script(readFileSync(file, 'utf8'), { filename: file, cachedData }).runInThisContext()(module.exports, createRequire(file), module, file, cli);
  module.exports.main(process.argv);
} else {
  const { main } = await import(new URL('../dist/src/cli/main.js', import.meta.url).href);
  main(process.argv);
}
