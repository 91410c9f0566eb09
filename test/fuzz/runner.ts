import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { compile, type CompileResult, type Diagnostic, type RouteTable, type TargetName } from '../../src/index.js';
import { findProxy, validateDir, type ProxyKind } from '../harness/proxies.js';
import type { FuzzCase } from './generators.js';
import { testPem } from './generators.js';
import { ORACLES } from './oracles.js';

export const FUZZ_TARGETS: readonly TargetName[] = ['nginx', 'haproxy', 'envoy', 'traefik', 'caddy', 'gateway-api'];

/** Located target limits (not internal checks): what the target's language cannot say about valid input. */
const TARGET_LIMITS = new Set(['IC4080', 'IC4501', 'IC4504', 'IC4506', 'IC4120', 'IC4121', 'IC4122', 'IC4110', 'IC4111']);

export type Verdict =
  | { kind: 'rejected'; codes: string[] }
  | { kind: 'accepted'; result: CompileResult }
  | { kind: 'failure'; detail: string };

/** Warnings about ingressc's own output that are not injection failures, but worth reporting. */
export interface Finding {
  what: string;
  detail: string;
}

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;

/**
 * One case, one target: compile must not throw; either it fails with located error diagnostics
 * from parsing/validation/lowering (never an emitter's internal check), or the output passes the
 * oracle for its IR.
 */
export function runCase(c: FuzzCase, target: TargetName, findings: Finding[] = []): Verdict {
  let r: CompileResult;
  try {
    // Gateway API says ingress-nginx's string prefix only as a RegularExpression match, which puts the whole
    // host in regex rules: read ImplementationSpecific per spec there so the generated cases reach its plain rules.
    r = compile(c.sources, { ...c.options, target, ...(target === 'gateway-api' ? { pathSemantics: 'spec' as const } : {}) });
  } catch (e) {
    return { kind: 'failure', detail: `compile threw: ${(e as Error).stack?.split('\n').slice(0, 3).join(' | ')}` };
  }
  // User text in messages is escaped (collector.ts): a control character would forge log lines.
  for (const d of r.diagnostics)
    if (CONTROL.test(d.message)) return { kind: 'failure', detail: `control character in a diagnostic message: ${d.code}: ${JSON.stringify(d.message).slice(0, 200)}` };
  void findings;
  if (!r.ok) {
    const errors = r.diagnostics.filter((d) => d.severity === 'error');
    if (errors.length === 0) return { kind: 'failure', detail: 'ok is false without an error diagnostic' };
    const internal = errors.filter((d) => /^IC4/.test(d.code) && !(TARGET_LIMITS.has(d.code) && d.loc));
    if (internal.length) return { kind: 'failure', detail: `emitter refused what validation accepted: ${internal.map(describe).join('; ')}` };
    // IC1006 (nothing left after --ingress-class) is about the whole input set; IC5xxx are option errors.
    const unlocated = errors.filter((d) => !d.loc && !/^IC5/.test(d.code) && d.code !== 'IC1006');
    if (unlocated.length) return { kind: 'failure', detail: `error without a location: ${unlocated.map(describe).join('; ')}` };
    if (r.files.length) return { kind: 'failure', detail: 'files returned with errors' };
    return { kind: 'rejected', codes: [...new Set(errors.map((d) => d.code))].sort() };
  }
  if (!r.ir) return { kind: 'failure', detail: 'ok without an IR' };
  let problems: string[];
  try {
    problems = ORACLES[target](r.ir, r.files);
  } catch (e) {
    problems = [`oracle threw: ${(e as Error).message}`];
  }
  if (problems.length) return { kind: 'failure', detail: problems.slice(0, 6).join('\n    ') };
  return { kind: 'accepted', result: r };
}

const describe = (d: Diagnostic): string => `${d.code} ${short(d.message)}`;

/** Long messages keep their head and tail (the reason is usually at the end). */
export const short = (s: string, n = 300): string => (s.length <= n ? s : `${s.slice(0, n / 2)}…${s.slice(-n / 2)}`);

/**
 * A normalised shape of an accepted output: which constructs it uses and how big its strings
 * are, not the strings themselves. Only outputs of a new shape (plus a sample) go to the slow
 * real validators.
 */
export function shapeOf(target: TargetName, ir: RouteTable): string {
  const bucket = (n: number): number => (n <= 16 ? 0 : n <= 64 ? 1 : n <= 253 ? 2 : n <= 1000 ? 3 : n <= 4000 ? 4 : 5);
  const kinds = [...new Set(ir.vhosts.map((v) => v.kind))].sort().join(',');
  const paths = ir.vhosts.flatMap((v) => [...v.exact, ...v.prefix].map((r) => r.path));
  const chars = [...new Set(paths.join('').replace(/[a-z0-9/]/g, ''))].sort().join('');
  const hostChars = [...new Set(ir.vhosts.map((v) => v.name).join('').replace(/[a-z]/g, ''))].sort().join('');
  const eps = [...new Set(ir.upstreams.map((u) => (u.endpoints.length === 0 ? 'none' : u.endpoints.map((e) => (e.kind === 'dns' ? 'dns' : e.host.includes(':') ? 'ip6' : 'ip4')).join('+'))))].sort().join(',');
  return [
    target,
    kinds,
    ir.vhosts.some((v) => v.exact.length) ? 'E' : '',
    ir.vhosts.some((v) => v.prefix.some((r) => r.path === '/')) ? 'R' : '',
    ir.vhosts.some((v) => v.fallback) ? 'F' : '',
    ir.defaultUpstream ? 'D' : '',
    ir.certificates.length ? `T${Math.min(ir.certificates.length, 2)}${ir.certificates.some((c) => !c.certPem) ? 'm' : ''}` : '',
    ir.vhosts.some((v) => v.tls?.sslRedirect) ? 'S' : '',
    `p${bucket(Math.max(0, ...paths.map((p) => p.length)))}`,
    `h${bucket(Math.max(0, ...ir.vhosts.map((v) => v.name.length)))}`,
    `c${bucket(Math.max(0, ...ir.certificates.map((c) => c.id.length)))}`,
    chars,
    hostChars,
    eps,
    `${ir.listen.http.host}|${ir.listen.https.host}`,
  ].join(';');
}

const PROXY: Partial<Record<TargetName, ProxyKind>> = { nginx: 'nginx', haproxy: 'haproxy', envoy: 'envoy', caddy: 'caddy' };

export const proxyAvailable = (t: TargetName): boolean => {
  const k = PROXY[t];
  return k !== undefined && findProxy(k) !== undefined;
};

/**
 * Writes the output to a private temp dir (with the test certificate standing in for Secrets
 * that were not in the inputs, as a user would supply them) and runs the proxy's own checker.
 */
export async function realValidate(target: TargetName, r: CompileResult): Promise<{ ok: boolean; output: string }> {
  const kind = PROXY[target];
  if (!kind) return { ok: true, output: 'no binary for this target' };
  const dir = mkdtempSync(join(tmpdir(), 'ingressc-fuzz-'));
  try {
    for (const f of r.files) {
      mkdirSync(dirname(join(dir, f.path)), { recursive: true });
      writeFileSync(join(dir, f.path), f.content, { mode: f.mode ?? 0o644 });
    }
    const pem = testPem();
    for (const c of r.ir?.certificates ?? []) {
      if (c.certPem !== undefined) continue;
      mkdirSync(join(dir, 'certs'), { recursive: true });
      writeFileSync(join(dir, 'certs', `${c.id}.crt`), Buffer.from(pem.crt, 'base64'));
      writeFileSync(join(dir, 'certs', `${c.id}.key`), Buffer.from(pem.key, 'base64'), { mode: 0o600 });
    }
    return await validateDir(kind, dir, 120_000);
  } catch (e) {
    return { ok: false, output: `writing the output failed: ${(e as Error).message}` };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export interface TargetStats {
  generated: number;
  rejected: number;
  accepted: number;
  validated: number;
  validatedNewShape: number;
  failures: number;
  validatorFailures: number;
  /** Failures matching a reported, not yet fixed issue (known-issues.ts). */
  known: number;
}

export const emptyStats = (): TargetStats => ({ generated: 0, rejected: 0, accepted: 0, validated: 0, validatedNewShape: 0, failures: 0, validatorFailures: 0, known: 0 });

/** A small async pool for the validators (each is a separate process). */
export class Pool {
  private running = 0;
  private readonly queue: (() => void)[] = [];
  constructor(private readonly size: number) {}
  async run<T>(job: () => Promise<T>): Promise<T> {
    if (this.running >= this.size) await new Promise<void>((res) => this.queue.push(res));
    this.running++;
    try {
      return await job();
    } finally {
      this.running--;
      this.queue.shift()?.();
    }
  }
}
