import { execFile, spawnSync } from 'node:child_process';
import { promisify } from 'node:util';

const execFileAsync = promisify(execFile);

export const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

/**
 * Wall time (ms), CPU time (user + system, ms) and peak RSS (MB) of one process, via GNU time. CPU
 * time is what a busy shared machine disturbs least: ratios of it hold when wall-clock ratios do not.
 */
export function timeProcess(cmd: string, args: string[], cwd?: string): { ms: number; cpuMs: number; rssMb: number; ok: boolean; stderr: string } {
  const t0 = process.hrtime.bigint();
  const r = spawnSync('/usr/bin/time', ['-f', '%M %U %S', cmd, ...args], { cwd, encoding: 'utf8', maxBuffer: 1 << 28 });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  const lines = (r.stderr ?? '').trim().split('\n');
  const [rssKb, user, sys] = (lines[lines.length - 1] ?? '').split(' ').map(Number);
  return { ms, cpuMs: ((user ?? NaN) + (sys ?? NaN)) * 1000, rssMb: Number.isFinite(rssKb) ? rssKb! / 1024 : NaN, ok: r.status === 0, stderr: lines.slice(0, -1).join('\n') };
}

export type Run = ReturnType<typeof timeProcess>;

/** Median wall and CPU time and peak RSS of some runs; a failed run fails the benchmark. */
export function summarize(runs: readonly Run[]): { ms: number; cpuMs: number; rssMb: number } {
  const bad = runs.find((r) => !r.ok);
  if (bad) throw new Error(`benchmark command failed:\n${bad.stderr.slice(0, 2000)}`);
  return { ms: median(runs.map((r) => r.ms)), cpuMs: median(runs.map((r) => r.cpuMs)), rssMb: Math.max(...runs.map((r) => r.rssMb)) };
}

export function repeat(n: number, f: () => Run): { ms: number; cpuMs: number; rssMb: number } {
  return summarize(Array.from({ length: n }, f));
}

/**
 * wrk for a few seconds on loopback; requests/second. Asynchronous: the echo backend lives in this
 * process, and a blocking spawn would stall it (wrk then measures 0 requests).
 */
export async function wrk(url: string, host: string, seconds = 3): Promise<{ rps: number; non2xx: number }> {
  const { stdout } = await execFileAsync('wrk', ['-t1', '-c16', `-d${seconds}s`, '-H', `Host: ${host}`, url], { encoding: 'utf8', timeout: (seconds + 10) * 1000 });
  const m = /Requests\/sec:\s+([0-9.]+)/.exec(stdout);
  if (!m) throw new Error(`wrk failed: ${stdout}`);
  const bad = /Non-2xx or 3xx responses:\s+([0-9]+)/.exec(stdout);
  return { rps: Number(m[1]), non2xx: Number(bad?.[1] ?? 0) };
}
