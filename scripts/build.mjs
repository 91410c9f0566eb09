// `npm run build` / `prepare`: tsc, then the precompiled validators, then the CLI bundle.
// Runs tsc through Node instead of node_modules/.bin: npm's git-dependency preparation (used by
// pre-commit's `language: node`) does not always link .bin (npm/cli#8440).
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const project = process.argv[2] ?? 'tsconfig.json';
const require = createRequire(import.meta.url);
let tsPkgPath;
try {
  tsPkgPath = require.resolve('typescript/package.json');
} catch {
  // npm's git-dependency preparation may run `prepare` before installing any dependency. The
  // installed package then builds itself on first use (bin/ingressc.js), when they are there.
  if (process.argv.includes('--if-possible')) {
    console.error('ingressc: typescript is not installed yet; the CLI will build on first run');
    process.exit(0);
  }
  throw new Error('typescript is not installed: run npm install first');
}
const tsPkg = JSON.parse(readFileSync(tsPkgPath, 'utf8'));
const tscBin = join(dirname(tsPkgPath), typeof tsPkg.bin === 'string' ? tsPkg.bin : tsPkg.bin.tsc);
try {
  execFileSync(process.execPath, [tscBin, '-p', join(root, project)], { stdio: 'inherit', cwd: root });
} catch {
  process.exit(1);
}
await import('./build-validators.mjs');
await import('./bundle-cli.mjs');
