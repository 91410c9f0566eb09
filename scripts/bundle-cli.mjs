// Bundles the CLI into one file (dist/src/cli/ingressc.bundle.cjs) and records a V8 code cache for it
// (scripts/code-cache.mjs): loading ~150 small modules (ours, yaml's, commander's) and compiling their
// functions costs more start-up time than the work of a lint run.
// The bundle is committed (it is what bin/ingressc.js runs in git and tarball installs), so its bytes
// must not depend on the machine or the Node version that builds it.
//
// The bundle is CommonJS source wrapped in one function expression, `(function (exports, require,
// module, __filename, __dirname) {…})`: bin/ingressc.js compiles it with vm.Script, which (unlike
// import and require) accepts a code cache in Node 20.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { BUNDLE, removeCodeCaches, writeCodeCache } from './code-cache.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const cli = join(root, 'dist', 'src', 'cli');
// A cache from an older bundle must never be used with a new one (V8 only compares source lengths).
removeCodeCaches(cli);
await build({
  entryPoints: [join(cli, 'main.js')],
  outfile: join(cli, BUNDLE),
  bundle: true,
  minify: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  logLevel: 'warning',
  // Our modules locate files next to themselves with import.meta.url, which a CommonJS bundle lacks.
  define: { 'import.meta.url': '__ingresscUrl' },
  banner: { js: "(function (exports, require, module, __filename, __dirname) {'use strict';const __ingresscUrl = require('node:url').pathToFileURL(__filename).href;" },
  footer: { js: '})' },
  plugins: [
    {
      // chalk detects colour support when it loads (node:tty, node:os, environment); ingressc always
      // passes an explicit level (diagnostics/render-text.ts), so that detection is never used.
      name: 'no-color-detection',
      setup(b) {
        b.onResolve({ filter: /^#supports-color$/ }, () => ({ path: 'supports-color', namespace: 'ingressc' }));
        b.onLoad({ filter: /^supports-color$/, namespace: 'ingressc' }, () => ({ contents: 'export default { stdout: false, stderr: false };', loader: 'js' }));
      },
    },
    {
      // Built-in modules that most runs never use, loaded on first use instead of at start-up:
      // child_process (commander's executable subcommands, diff --base) and crypto (TLS Secrets).
      name: 'lazy-builtins',
      setup(b) {
        b.onResolve({ filter: /^(node:)?(child_process|crypto)$/ }, (a) =>
          a.namespace === 'lazy-builtin' ? { path: a.path, external: true } : { path: a.path.replace(/^node:/, ''), namespace: 'lazy-builtin' },
        );
        // The names resolve through the prototype on first use (esbuild's __toESM copies only own
        // properties), so the bundle does not list the builtin's exports, which differ between Node versions.
        b.onLoad({ filter: /.*/, namespace: 'lazy-builtin' }, (a) => ({
          contents: `let m; const load = () => (m ??= require('node:${a.path}'));\nmodule.exports = Object.create(new Proxy({}, { get: (_, k) => (k === '__esModule' ? undefined : load()[k]) }));`,
          loader: 'js',
        }));
      },
    },
    {
      // The precompiled validators go into the bundle (and so into its code cache) instead of
      // being loaded from dist/src/validate/compiled-schemas.cjs at run time.
      name: 'bundled-validators',
      setup(b) {
        b.onResolve({ filter: /^\.\/precompiled\.js$/ }, (a) => (a.importer.endsWith(join('validate', 'schema.js')) ? { path: 'precompiled', namespace: 'ingressc' } : undefined));
        b.onLoad({ filter: /^precompiled$/, namespace: 'ingressc' }, () => ({
          contents: `export const precompiledValidators = () => require(${JSON.stringify(join(root, 'dist', 'src', 'validate', 'compiled-schemas.cjs'))});`,
          loader: 'js',
          resolveDir: root,
        }));
      },
    },
  ],
});
writeCodeCache(cli);
