import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { test } from 'node:test';
import { repoRoot } from './harness/proxies.js';

/**
 * dist/src is committed: it is what `npm install -g git+…` (and so pre-commit) installs, because npm
 * cannot build a global git install (npm/cli#8440). Here the sources are built again, in another
 * directory with the Node running the tests, and every file must equal the committed one byte for
 * byte (nothing missing, nothing extra): a stale or machine-dependent build fails.
 */
const ROOT = repoRoot();
const git = (args: string[], input?: string) => execFileSync('git', args, { cwd: ROOT, encoding: 'utf8', input, maxBuffer: 64 * 1024 * 1024 });

function skipReason(): string | undefined {
  if (existsSync(join(ROOT, '.git'))) return undefined;
  if (process.env.CI === 'true') throw new Error('the committed-build check needs a git checkout (required in CI)');
  return 'not a git checkout; skipping';
}

test('dist/src is exactly what npm run dist makes from the sources (rebuilt elsewhere, compared byte for byte)', { skip: skipReason(), timeout: 300_000 }, () => {
  const tmp = mkdtempSync(join(tmpdir(), 'ingressc-rebuild-'));
  try {
    for (const p of ['src', 'scripts', 'schemas', 'bin', 'tsconfig.json', 'package.json']) cpSync(join(ROOT, p), join(tmp, p), { recursive: true });
    symlinkSync(join(ROOT, 'node_modules'), join(tmp, 'node_modules'));
    execFileSync(process.execPath, [join(tmp, 'scripts', 'build.mjs'), 'tsconfig.json'], { cwd: tmp, stdio: ['ignore', 'pipe', 'pipe'] });

    const built: string[] = [];
    const walk = (d: string): void => {
      for (const e of readdirSync(d, { withFileTypes: true })) {
        if (e.isDirectory()) walk(join(d, e.name));
        else if (!e.name.includes('.cache')) built.push(relative(tmp, join(d, e.name)));
      }
    };
    walk(join(tmp, 'dist', 'src'));
    const hashes = git(['hash-object', '--no-filters', '--stdin-paths'], built.map((f) => join(tmp, f)).join('\n')).trim().split('\n');
    const rebuilt = new Map(built.map((f, i) => [f.split('\\').join('/'), hashes[i]]));
    // What is staged: a developer runs `npm run dist` and `git add dist/src` before committing.
    const committed = new Map(
      git(['ls-files', '--stage', '--', 'dist/src'])
        .trim()
        .split('\n')
        .filter(Boolean)
        .map((l) => [l.slice(l.indexOf('\t') + 1), l.split(' ')[1]]),
    );
    const stale = [...rebuilt].filter(([f, h]) => committed.get(f) !== h).map(([f]) => (committed.has(f) ? `changed: ${f}` : `not committed: ${f}`));
    stale.push(...[...committed.keys()].filter((f) => !rebuilt.has(f)).map((f) => `no longer built: ${f}`));
    assert.deepEqual(stale, [], `dist/src is stale: run \`npm run dist\` and commit dist/src\n${stale.join('\n')}`);
    assert.ok(rebuilt.has('dist/src/cli/ingressc.bundle.cjs') && rebuilt.has('dist/src/index.js'));
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
});
