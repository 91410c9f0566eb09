// `npm run dist`: tsc, then the precompiled validators, then the CLI bundle and its code cache. Not
// `build`: npm's pacote (lib/git.js) prepares a git dependency that has a build, prepare, prepack or
// install script, and a global install then links to the temporary clone, which is deleted (npm/cli#9406).
// dist/src is committed (git installs cannot build: see the README's "Install"), so it is rebuilt from
// scratch: an output whose source was deleted must not survive, and test/committed-build.test.ts
// fails when the committed copy differs from this build.
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
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
  throw new Error('typescript is not installed: run npm ci first');
}
const tsPkg = JSON.parse(readFileSync(tsPkgPath, 'utf8'));
const tscBin = join(dirname(tsPkgPath), typeof tsPkg.bin === 'string' ? tsPkg.bin : tsPkg.bin.tsc);
rmSync(join(root, 'dist', 'src'), { recursive: true, force: true });
try {
  execFileSync(process.execPath, [tscBin, '-p', join(root, project)], { stdio: 'inherit', cwd: root });
} catch {
  process.exit(1);
}
await import('./build-validators.mjs');
await import('./bundle-cli.mjs');
