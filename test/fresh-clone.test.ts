import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { repoRoot } from './harness/proxies.js';
import { hasGitCheckout, npmUserEnv, snapshotRepo } from './helpers/snapshot-repo.js';

/**
 * The README's two commands, as written there, on a fresh `git clone` in a directory that holds nothing
 * else: the repository must not need any file outside itself (test data lives in third_party/). The
 * nested `npm test` runs the unit, conformance and Traefik schema tests and the committed-build check
 * (the parts that read test data or build), on this Node only; the whole suite already runs here.
 * Its conformance run reads every vendored feature file and CRD on one live proxy and both
 * evaluators (INGRESSC_CONFORMANCE_TARGETS): the other proxies ran them in the suite itself.
 */
const ROOT = repoRoot();
const SUBSET = ['dist/test/unit', 'dist/test/conformance', 'dist/test/traefik', 'dist/test/committed-build.test.js'];

function skipReason(): string | undefined {
  // scripts/run-tests.mjs runs the suite once per tested Node; one fresh clone per `npm test` is enough.
  if (process.env.INGRESSC_TEST_EXTRA_NODE === '1') return 'the fresh clone is tested on the first Node of this npm test';
  const missing: string[] = [];
  if (!hasGitCheckout()) missing.push('git and a git checkout of ingressc');
  if (spawnSync('npm', ['--version'], { stdio: 'ignore' }).status !== 0) missing.push('npm');
  if (missing.length === 0) return undefined;
  const why = `the fresh-clone test needs ${missing.join(', ')}`;
  if (process.env.CI === 'true') throw new Error(`${why} (required in CI)`);
  return `${why}; skipping`;
}

/** The two ```sh blocks of the README's "The two commands" section. */
function readmeCommands(): string[] {
  const section = readFileSync(join(ROOT, 'README.md'), 'utf8').split(/^## /m).find((s) => s.startsWith('The two commands'));
  assert.ok(section, 'README.md has no "## The two commands" section');
  const blocks = [...section.matchAll(/```sh\n([\s\S]*?)```/g)].map((m) => m[1]!.trim());
  assert.equal(blocks.length, 2, 'expected two ```sh blocks in "The two commands"');
  return blocks;
}

test("a fresh clone with nothing next to it passes the README's two commands", { skip: skipReason(), timeout: 900_000 }, () => {
  const [install, testCommand] = readmeCommands();
  const tmp = mkdtempSync(join(tmpdir(), 'ingressc-clone-'));
  try {
    const env = npmUserEnv(tmp, join(homedir(), '.npm'));
    const snapshot = join(tmp, 'snapshot');
    snapshotRepo(snapshot, env);
    const work = join(tmp, 'work');
    mkdirSync(work);
    const clone = join(work, 'ingressc');
    execFileSync('git', ['clone', '-q', snapshot, clone], { env, stdio: 'ignore' });
    assert.deepEqual(execFileSync('ls', ['-A', work], { encoding: 'utf8' }).trim(), 'ingressc', 'the clone has neighbours');
    // The proxies, installed into the checkout as the README says (`.proxies`), are not in git.
    if (existsSync(join(ROOT, '.proxies'))) symlinkSync(join(ROOT, '.proxies'), join(clone, '.proxies'));

    const run = (command: string) => spawnSync('sh', ['-c', command], { cwd: clone, env: { ...env, INGRESSC_TEST_THIS_NODE_ONLY: '1', INGRESSC_CONFORMANCE_TARGETS: 'nginx,traefik,gateway-api' }, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
    const first = run(install!);
    assert.equal(first.status, 0, `${install}\n${first.stdout}${first.stderr}`);
    assert.match(readFileSync(join(clone, 'out', 'nginx', 'nginx.conf'), 'utf8'), /server_name "cafe\.example\.com";/);

    const second = run(`${testCommand} -- ${SUBSET.join(' ')}`);
    const out = `${second.stdout}${second.stderr}`;
    assert.equal(second.status, 0, `${testCommand} failed in the clone:\n${out.slice(-20_000)}`);
    assert.match(out, /# fail 0/);
    assert.doesNotMatch(out, /# pass 0\n/);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
});
