#!/usr/bin/env node
// Prefer the single-file bundle (fast start-up) unless the tsc output is newer (during development).
import { execFileSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const cli = new URL('../dist/src/cli/', import.meta.url);
const mtime = (name) => {
  try {
    return statSync(new URL(name, cli)).mtimeMs;
  } catch {
    return -1;
  }
};
if (mtime('main.js') < 0) {
  // Installed from git without a build (pre-commit's `language: node`): build once, here.
  execFileSync(process.execPath, [fileURLToPath(new URL('../scripts/build.mjs', import.meta.url)), 'tsconfig.build.json'], { stdio: ['ignore', 2, 2] });
}
const entry = mtime('ingressc.bundle.mjs') >= mtime('main.js') ? 'ingressc.bundle.mjs' : 'main.js';
const { main } = await import(new URL(entry, cli).href);
main(process.argv);
