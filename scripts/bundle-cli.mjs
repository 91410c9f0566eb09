// Bundles the CLI into one ESM file (dist/src/cli/ingressc.bundle.mjs): loading ~150 small
// modules (ours, yaml's, commander's) costs more start-up time than the work of a lint run.
// bin/ingressc.js uses the bundle when it is at least as new as the tsc output.
import { copyFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const cli = join(root, 'dist', 'src', 'cli');
await build({
  entryPoints: [join(cli, 'main.js')],
  outfile: join(cli, 'ingressc.bundle.mjs'),
  bundle: true,
  minify: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  logLevel: 'warning',
  // ajv's fallback path and the precompiled validators are CommonJS, loaded with require().
  banner: { js: "import { createRequire as __ingresscRequire } from 'node:module'; const require = __ingresscRequire(import.meta.url);" },
});
// The bundle looks for the precompiled validators next to itself.
copyFileSync(join(root, 'dist', 'src', 'validate', 'compiled-schemas.cjs'), join(cli, 'compiled-schemas.cjs'));
