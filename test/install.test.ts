import assert from 'node:assert/strict';
import { execFileSync, spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { chmodSync, chownSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { after, before, test } from 'node:test';
import { repoRoot } from './harness/proxies.js';
import { gitEnv, hasGitCheckout, npmUserEnv, snapshotRepo } from './helpers/snapshot-repo.js';

/**
 * Installs the way users install: `npm install -g` of the tarball `npm pack` makes and of a git clone
 * (`git+file://`, what pre-commit's `language: node` runs), with and without `--ignore-scripts`, as root
 * and as another user, each followed by `ingressc` from PATH; and the library imported right after a
 * plain `npm install`. Only the npm registry is used (for ingressc's runtime dependencies), through the
 * local cache when it has them.
 */
const ROOT = repoRoot();
const VERSION = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
const OTHER_UID = 65534; // nobody: a user that owns nothing here
const asRoot = process.getuid?.() === 0;

function skipReason(): string | undefined {
  const missing: string[] = [];
  if (spawnSync('npm', ['--version'], { stdio: 'ignore' }).status !== 0) missing.push('npm');
  if (!hasGitCheckout()) missing.push('git and a git checkout of ingressc');
  if (asRoot && spawnSync('setpriv', ['--version'], { stdio: 'ignore' }).status !== 0) missing.push('setpriv (util-linux)');
  if (missing.length === 0) return undefined;
  const why = `install tests need ${missing.join(', ')}`;
  if (process.env.CI === 'true') throw new Error(`${why} (required in CI)`);
  return `${why}; skipping`;
}
const skip = skipReason();

let tmp = '';
let tarball = '';
let fixture = '';
before(() => {
  if (skip) return;
  tmp = mkdtempSync(join(tmpdir(), 'ingressc-install-'));
  chmodSync(tmp, 0o755); // the other user reads the tarball and the fixture from here
  const packed = JSON.parse(npm(['pack', '--json', '--pack-destination', tmp], ROOT).stdout) as { filename: string }[];
  tarball = join(tmp, packed[0]!.filename);
  fixture = join(tmp, 'cafe');
  cpSync(join(ROOT, 'fixtures', 'cafe'), fixture, { recursive: true });
});
after(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

/** npm with the user's cache, preferring what it holds; `home` isolates git and npm config. */
function npm(args: string[], cwd: string, home = tmp || tmpdir()): SpawnSyncReturns<string> {
  const r = spawnSync('npm', args, { cwd, env: npmUserEnv(home, join(homedir(), '.npm')), encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  assert.equal(r.status, 0, `npm ${args.join(' ')} failed:\n${r.stdout}${r.stderr}`);
  return r;
}

/** `ingressc` looked up on PATH = <prefix>/bin, as a shell would, optionally as the other user. */
function ingressc(prefix: string, args: string[], opts: { otherUser?: boolean } = {}): SpawnSyncReturns<string> {
  const env: NodeJS.ProcessEnv = { ...process.env, PATH: `${join(prefix, 'bin')}${delimiter}${process.env.PATH ?? ''}`, HOME: tmp, NO_COLOR: '1' };
  delete env.NODE_OPTIONS;
  const [cmd, argv] = opts.otherUser ? ['setpriv', [`--reuid=${OTHER_UID}`, `--regid=${OTHER_UID}`, '--clear-groups', '--', 'ingressc', ...args]] : ['ingressc', args];
  const r = spawnSync(cmd, argv as string[], { cwd: tmp, env, encoding: 'utf8' });
  if (r.error) throw r.error;
  return r;
}

/** What a working install does: version, lint and compile of the cafe example into a directory. */
function assertWorks(prefix: string, opts: { otherUser?: boolean } = {}): void {
  const v = ingressc(prefix, ['--version'], opts);
  assert.equal(v.status, 0, v.stderr);
  assert.equal(v.stdout.trim(), VERSION);
  const lint = ingressc(prefix, ['lint', fixture], opts);
  assert.equal(lint.status, 0, `${lint.stdout}${lint.stderr}`);
  const out = mkdtempSync(join(tmp, 'out-'));
  if (opts.otherUser) chownSync(out, OTHER_UID, OTHER_UID);
  const compiled = ingressc(prefix, ['compile', fixture, '--target', 'nginx', '--out', join(out, 'nginx')], opts);
  assert.equal(compiled.status, 0, `${compiled.stdout}${compiled.stderr}`);
  assert.match(readFileSync(join(out, 'nginx', 'nginx.conf'), 'utf8'), /server_name "cafe\.example\.com";/);
}

const installed = (prefix: string) => join(prefix, 'lib', 'node_modules', 'ingressc');
const cacheFiles = (prefix: string) => readdirSync(join(installed(prefix), 'dist', 'src', 'cli')).filter((f) => f.endsWith('.cache'));

/** No compiler or bundler comes with an install, and nothing was built into it. */
function assertRuntimeOnly(prefix: string): void {
  for (const tool of ['typescript', 'esbuild', '@types/node']) {
    assert.ok(!existsSync(join(installed(prefix), 'node_modules', tool)) && !existsSync(join(prefix, 'lib', 'node_modules', tool)), `${tool} was installed`);
  }
  assert.ok(!existsSync(join(installed(prefix), 'src')), 'the TypeScript sources were installed');
}

test('npm pack: the tarball holds the built CLI and library, no sources, tests or code cache', { skip }, () => {
  const files = execFileSync('tar', ['-tzf', tarball], { encoding: 'utf8' }).trim().split('\n');
  for (const f of ['bin/ingressc.js', 'dist/src/cli/ingressc.bundle.cjs', 'dist/src/index.js', 'dist/src/index.d.ts', 'dist/src/validate/compiled-schemas.cjs']) assert.ok(files.includes(`package/${f}`), `${f} is missing`);
  assert.deepEqual(files.filter((f) => /\.cache|^package\/(src|test|third_party|scripts|fixtures)\//.test(f)), []);
});

test('npm install -g <tarball>, also with --ignore-scripts: a working ingressc on PATH, for root and for another user', { skip, timeout: 600_000 }, () => {
  for (const flags of [[], ['--ignore-scripts']]) {
    const prefix = join(tmp, `global${flags.join('')}`);
    npm(['install', '-g', '--prefix', prefix, ...flags, tarball], tmp);
    assertRuntimeOnly(prefix);
    if (asRoot) {
      // Another user runs root's install first: it cannot write the code cache there, and need not.
      assertWorks(prefix, { otherUser: true });
      assert.deepEqual(cacheFiles(prefix), []);
    }
    assertWorks(prefix);
    assert.deepEqual(cacheFiles(prefix), [`ingressc.bundle.${process.version}-${process.arch}.cache`], 'the first run by the owner writes the code cache');
  }
  if (asRoot) {
    // Another user installs into a prefix of their own.
    const home = join(tmp, 'home');
    mkdirSync(home);
    chownSync(home, OTHER_UID, OTHER_UID);
    const prefix = join(home, 'prefix');
    const r = spawnSync('setpriv', [`--reuid=${OTHER_UID}`, `--regid=${OTHER_UID}`, '--clear-groups', '--', 'npm', 'install', '-g', '--prefix', prefix, tarball], { cwd: home, env: npmUserEnv(home), encoding: 'utf8' });
    assert.equal(r.status, 0, `npm install -g as uid ${OTHER_UID} failed:\n${r.stdout}${r.stderr}`);
    assertWorks(prefix, { otherUser: true });
  }
});

test('npm install -g git+file://<clone>, also with --ignore-scripts: a working ingressc on PATH without any build', { skip, timeout: 600_000 }, () => {
  const repo = join(tmp, 'repo');
  snapshotRepo(repo, gitEnv(tmp));
  for (const flags of [[], ['--ignore-scripts']]) {
    const prefix = join(tmp, `git${flags.join('')}`);
    npm(['install', '-g', '--prefix', prefix, ...flags, `git+file://${repo}`], tmp);
    assertRuntimeOnly(prefix);
    assertWorks(prefix);
  }
});

test("import { compile, lint, match, routes } from 'ingressc' works right after npm install", { skip, timeout: 600_000 }, () => {
  const app = join(tmp, 'app');
  mkdirSync(app);
  writeFileSync(join(app, 'package.json'), '{"name": "app", "private": true, "type": "module"}\n');
  npm(['install', tarball], app);
  assert.ok(existsSync(join(app, 'node_modules', 'ingressc', 'dist', 'src', 'index.d.ts')), 'no type declarations');
  const script = `import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { compile, lint, match, routes } from 'ingressc';
const dir = process.env.FIXTURE;
const sources = readdirSync(dir).map((f) => ({ path: f, text: readFileSync(join(dir, f), 'utf8') }));
const c = compile(sources, { target: 'nginx' });
const m = match(sources, { url: 'https://cafe.example.com/tea' });
console.log(JSON.stringify({ compile: c.ok && c.files.map((f) => f.path), lint: lint(sources, { targets: ['haproxy'] }).ok, match: m.answer, routes: routes(sources).rows.length }));`;
  writeFileSync(join(app, 'use.mjs'), script);
  const r = spawnSync(process.execPath, ['use.mjs'], { cwd: app, env: { ...process.env, FIXTURE: fixture }, encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  const got = JSON.parse(r.stdout) as { compile: string[]; lint: boolean; match: unknown; routes: number };
  assert.ok(got.compile.includes('nginx.conf'), r.stdout);
  assert.equal(got.lint, true);
  assert.deepEqual(got.match, { kind: 'backend', backend: 'default/tea-svc:80', upstream: 'default_tea-svc_80' });
  assert.ok(got.routes >= 2, r.stdout);
  assert.ok(!existsSync(join(app, 'node_modules', 'typescript')) && !existsSync(join(app, 'node_modules', 'esbuild')), 'a compiler or bundler came with the install');
});
