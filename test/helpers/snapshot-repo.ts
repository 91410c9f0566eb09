import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { repoRoot } from '../harness/proxies.js';

/** Git identity and config isolation for repositories the tests create (HOME is the test's temp dir). */
export function gitEnv(home: string): NodeJS.ProcessEnv {
  return {
    ...process.env,
    GIT_AUTHOR_NAME: 'ingressc test', GIT_AUTHOR_EMAIL: 'test@example.invalid', GIT_COMMITTER_NAME: 'ingressc test', GIT_COMMITTER_EMAIL: 'test@example.invalid',
    GIT_CONFIG_NOSYSTEM: '1', HOME: home,
  };
}

/**
 * The environment of a user's shell running npm: gitEnv without the npm_* variables that `npm test`
 * passes to its scripts (npm_config_cache, npm_config_local_prefix, …), with `cache` as npm's cache and
 * the registry's copies preferred when the cache has them.
 */
export function npmUserEnv(home: string, cache = join(home, '.npm')): NodeJS.ProcessEnv {
  const env = gitEnv(home);
  for (const k of Object.keys(env)) if (/^npm_/i.test(k)) delete env[k];
  return { ...env, npm_config_cache: cache, npm_config_prefer_offline: 'true', npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false' };
}

export const hasGitCheckout = (): boolean => existsSync(join(repoRoot(), '.git')) && spawnSync('git', ['--version'], { stdio: 'ignore' }).status === 0;

/**
 * A git repository at `dest` holding one commit of this checkout's working tree (tracked and untracked
 * files, not ignored ones), so tests that clone or install "from git" see uncommitted changes too.
 * Returns the commit.
 */
export function snapshotRepo(dest: string, env: NodeJS.ProcessEnv): string {
  const root = repoRoot();
  const sh = (args: string[], cwd: string) => execFileSync('git', args, { cwd, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 * 1024 * 1024 });
  mkdirSync(dest, { recursive: true });
  const files = sh(['ls-files', '-z', '--cached', '--others', '--exclude-standard'], root).split('\0').filter(Boolean);
  for (const f of files) {
    if (!existsSync(join(root, f))) continue; // deleted in the working tree
    mkdirSync(dirname(join(dest, f)), { recursive: true });
    cpSync(join(root, f), join(dest, f));
  }
  sh(['init', '-q'], dest);
  sh(['add', '-A'], dest);
  sh(['commit', '-q', '--no-verify', '-m', 'snapshot'], dest);
  return sh(['rev-parse', 'HEAD'], dest).trim();
}
