import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { repoRoot } from './harness/proxies.js';
import { gitEnv, snapshotRepo } from './helpers/snapshot-repo.js';

/**
 * The pre-commit hook, for real: pre-commit (from PyPI) installs this checkout as a hook repository
 * (`language: node`: `npm install -g git+file://<clone>`), and a commit with an invalid
 * Ingress is blocked with our message and line number, while a valid one goes through.
 *
 * pre-commit clones `repo:` at `rev:`, so uncommitted changes in the checkout would be invisible. The
 * test therefore commits a snapshot of the checkout's working tree (tracked + untracked, not ignored
 * files) into a temporary repository and uses that as the hook repository.
 */
const ROOT = repoRoot();
const ok = (cmd: string, args: string[]) => spawnSync(cmd, args, { stdio: 'ignore' }).status === 0;

function skipReason(): string | undefined {
  const missing: string[] = [];
  if (!ok('git', ['--version'])) missing.push('git');
  if (!ok('npm', ['--version'])) missing.push('npm');
  const havePreCommit = ok(join(ROOT, '.proxies', 'bin', 'pre-commit'), ['--version']);
  if (!havePreCommit && !ok('python3', ['-m', 'venv', '--help'])) missing.push('python3 (with venv)');
  if (!existsSync(join(ROOT, '.git'))) missing.push('a git checkout of ingressc');
  if (missing.length === 0) return undefined;
  const why = `pre-commit test needs ${missing.join(', ')}`;
  if (process.env.CI === 'true') throw new Error(`${why} (required in CI)`);
  return `${why}; skipping`;
}

/**
 * Packaging note: `language: node` installs the hook repository with `npm install -g git+file://…`,
 * which cannot build (npm/cli#8440): it installs the committed build, dist/src
 * (test/committed-build.test.ts keeps it fresh; test/install.test.ts tests that install by itself).
 */
test('pre-commit: an invalid Ingress blocks the commit with file:line; a valid one goes through', { skip: skipReason(), timeout: 900_000 }, () => {
  const tmp = mkdtempSync(join(tmpdir(), 'ingressc-precommit-'));
  try {
    const env: NodeJS.ProcessEnv = { ...gitEnv(tmp), PRE_COMMIT_HOME: join(tmp, 'cache'), NO_COLOR: '1', PRE_COMMIT_COLOR: 'never' };
    const sh = (cmd: string, args: string[], cwd: string) => execFileSync(cmd, args, { cwd, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 * 1024 * 1024 });

    // pre-commit: .proxies (installed by .ci/run), else a private venv from PyPI.
    let preCommit = join(ROOT, '.proxies', 'bin', 'pre-commit');
    if (!ok(preCommit, ['--version'])) {
      sh('python3', ['-m', 'venv', join(tmp, 'venv')], tmp);
      sh(join(tmp, 'venv', 'bin', 'pip'), ['install', '-q', '--disable-pip-version-check', 'pre-commit==4.7.0'], tmp);
      preCommit = join(tmp, 'venv', 'bin', 'pre-commit');
    }

    // Hook repository: a committed snapshot of this checkout's working tree.
    const hookRepo = join(tmp, 'hook-repo');
    const rev = snapshotRepo(hookRepo, env);
    assert.ok(existsSync(join(hookRepo, '.pre-commit-hooks.yaml')));

    // A user's repository with the hook installed.
    const user = join(tmp, 'user-repo');
    mkdirSync(join(user, 'k8s'), { recursive: true });
    sh('git', ['init', '-q'], user);
    writeFileSync(join(user, '.pre-commit-config.yaml'), `repos:\n  - repo: ${hookRepo}\n    rev: ${rev}\n    hooks:\n      - id: ingressc-lint\n`);
    sh(preCommit, ['install'], user);
    // The hook's environment is installed up front (pre-commit would do it inside the first commit).
    // npm's install of a git dependency sometimes trips over its own extraction (ENOTEMPTY on rmdir,
    // seen once in about six runs); that npm error, and only it, gets one more try.
    const installHooks = () => spawnSync(preCommit, ['install-hooks'], { cwd: user, env, encoding: 'utf8' });
    let hooks = installHooks();
    if (hooks.status !== 0 && /ENOTEMPTY/.test(`${hooks.stdout}${hooks.stderr}`)) hooks = installHooks();
    assert.equal(hooks.status, 0, `pre-commit install-hooks failed:\n${hooks.stdout}${hooks.stderr}`);
    const ingress = (host: string) => `apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata:\n  name: web\nspec:\n  rules:\n  - host: ${host}\n    http:\n      paths:\n      - path: /\n        pathType: Prefix\n        backend:\n          service:\n            name: web\n            port:\n              number: 80\n`;
    writeFileSync(join(user, 'k8s', 'ingress.yaml'), ingress('192.168.0.1'));
    writeFileSync(join(user, 'k8s', 'deploy.yaml'), 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n');
    writeFileSync(join(user, 'package.json'), '{"name": "app"}\n');
    sh('git', ['add', '-A'], user);
    const blocked = spawnSync('git', ['commit', '-m', 'bad ingress'], { cwd: user, env, encoding: 'utf8' });
    const out = `${blocked.stdout}${blocked.stderr}`;
    assert.notEqual(blocked.status, 0, `the commit went through:\n${out}`);
    assert.match(out, /k8s\/ingress\.yaml:7:11: error IC2020 host "192\.168\.0\.1" must be a DNS name, not an IP address/, out);
    assert.match(out, /ingressc lint \(Kubernetes Ingress\)\.+Failed/, out);
    assert.equal(spawnSync('git', ['rev-parse', '--verify', '-q', 'HEAD'], { cwd: user, env }).status, 1, 'no commit was made');

    writeFileSync(join(user, 'k8s', 'ingress.yaml'), ingress('web.example.com'));
    sh('git', ['add', '-A'], user);
    const passed = spawnSync('git', ['commit', '-m', 'good ingress'], { cwd: user, env, encoding: 'utf8' });
    assert.equal(passed.status, 0, `${passed.stdout}${passed.stderr}`);
    assert.match(`${passed.stdout}${passed.stderr}`, /ingressc lint \(Kubernetes Ingress\)\.+Passed/);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
});
