// Crash safety for spawned process groups: kill them when the runner exits
// or is interrupted, and reap what a SIGKILLed runner left behind.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { groupMembers, identityAlive, procCwd, processIdentity } from './procfs.js';

/** Temp dirs we create are named like this; nothing else is ever reaped. */
export const DIR_PATTERN = /^ingressc-(nginx|haproxy|envoy|caddy)-/;
/** Marker files inside a proxy dir. */
export const OWNER_FILE = 'owner'; // "<runner pid> <start time>"
export const PGID_FILE = 'pgid';
export const KEPT_FILE = 'kept'; // stopped cleanly but kept for debugging

export const keepDirs = (): boolean => process.env.KEEP_PROXY_DIRS === '1';

const live = new Map<number, string>(); // pgid -> dir
let hooksInstalled = false;

export function trackGroup(pgid: number, dir: string): void {
  installHooks();
  live.set(pgid, dir);
}

export function untrackGroup(pgid: number): void {
  live.delete(pgid);
}

export function killGroup(pgid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pgid, signal);
  } catch {
    /* ESRCH: group already gone */
  }
}

/** Mark `dir` as owned by this runner so reapStale() in other runners leaves it alone. */
export function writeOwner(dir: string): void {
  fs.writeFileSync(path.join(dir, OWNER_FILE), `${processIdentity(process.pid) ?? process.pid}\n`);
}

function killAllSync(): void {
  for (const [pgid, dir] of live) {
    killGroup(pgid, 'SIGKILL');
    if (!keepDirs()) fs.rmSync(dir, { recursive: true, force: true });
  }
  live.clear();
}

function installHooks(): void {
  if (hooksInstalled) return;
  hooksInstalled = true;
  process.on('exit', killAllSync);
  for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    const onSignal = () => {
      killAllSync();
      process.removeListener(sig, onSignal);
      // Our listener suppressed the default action; re-raise it unless
      // someone else also handles this signal.
      if (process.listenerCount(sig) === 0) process.kill(process.pid, sig);
    };
    process.on(sig, onSignal);
  }
}

export type ReapResult = { killedGroups: number[]; removedDirs: string[] };

/**
 * Kill process groups and remove temp dirs left by runners that died without
 * running their exit hooks (e.g. SIGKILL). Only dirs matching DIR_PATTERN
 * that carry our owner marker and whose owner process is gone are touched,
 * so concurrently running test files are safe.
 */
export function reapStale(tmpRoot: string = os.tmpdir()): ReapResult {
  const result: ReapResult = { killedGroups: [], removedDirs: [] };
  let names: string[];
  try {
    names = fs.readdirSync(tmpRoot);
  } catch {
    return result;
  }
  for (const name of names) {
    if (!DIR_PATTERN.test(name)) continue;
    const dir = path.join(tmpRoot, name);
    let owner: string;
    try {
      owner = fs.readFileSync(path.join(dir, OWNER_FILE), 'utf8');
    } catch {
      continue; // not ours, or still being set up
    }
    if (identityAlive(owner)) continue;
    // One pgid per line: the proxy, then any process started beside it (an Envoy restart epoch).
    const pgids = readOr(path.join(dir, PGID_FILE), '').split('\n').map(Number);
    // Guard against pgid reuse: only kill a group whose members run in this dir (or below it).
    const real = realpathOr(dir); // /proc/<pid>/cwd is always the resolved path
    const inDir = (cwd: string | undefined) => cwd !== undefined && (cwd === real || cwd.startsWith(`${real}/`));
    for (const pgid of pgids) {
      if (pgid > 1 && groupMembers(pgid).some((pid) => inDir(procCwd(pid)))) {
        killGroup(pgid, 'SIGKILL');
        result.killedGroups.push(pgid);
      }
    }
    if (!keepDirs() && !fs.existsSync(path.join(dir, KEPT_FILE))) {
      fs.rmSync(dir, { recursive: true, force: true });
      result.removedDirs.push(dir);
    }
  }
  return result;
}

function readOr(file: string, fallback: string): string {
  try {
    return fs.readFileSync(file, 'utf8').trim();
  } catch {
    return fallback;
  }
}

function realpathOr(p: string): string {
  try {
    return fs.realpathSync(p);
  } catch {
    return p;
  }
}
