#!/usr/bin/env node
// Prefer the single-file bundle (fast start-up) unless the tsc output is newer (during development).
import { statSync } from 'node:fs';

const cli = new URL('../dist/src/cli/', import.meta.url);
const mtime = (name) => {
  try {
    return statSync(new URL(name, cli)).mtimeMs;
  } catch {
    return -1;
  }
};
const entry = mtime('ingressc.bundle.mjs') >= mtime('main.js') ? 'ingressc.bundle.mjs' : 'main.js';
const { main } = await import(new URL(entry, cli).href);
main(process.argv);
