import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { BIN } from '../helpers/cli.js';
import { send, skipReason, startEcho, startProxy, type EchoServer, type Ports, type ProxyKind, type RunningProxy } from '../harness/index.js';

/**
 * "Run, recompile, reload" as the README documents it: the proxy runs from an `ingressc compile --out`
 * directory; ingressc rewrites that directory while the proxy serves; the proxy is reloaded its
 * documented way; a request loop runs across all of it. v1 -> v2 adds a route, removes one and moves
 * one to another backend.
 */
const route = (path: string, svc: string) => `      - {path: ${path}, pathType: Prefix, backend: {service: {name: ${svc}, port: {number: 80}}}}\n`;
const ingress = (routes: string) => `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata: {name: app, namespace: default}
spec:
  rules:
  - host: reload.test
    http:
      paths:
${routes}`;
const VERSIONS = {
  v1: { yaml: ingress(route('/stable', 'stable') + route('/moved', 'blue') + route('/removed', 'old')), services: ['stable', 'blue', 'old'] },
  v2: { yaml: ingress(route('/stable', 'stable') + route('/moved', 'green') + route('/added', 'new')), services: ['stable', 'green', 'new'] },
} as const;
type Version = keyof typeof VERSIONS;
/** What each version answers: the serving Service, or 404 (the host has no fallback). */
const ANSWERS: Record<Version, Record<string, string>> = {
  v1: { '/stable': 'stable', '/moved': 'blue', '/removed': 'old', '/added': '404' },
  v2: { '/stable': 'stable', '/moved': 'green', '/removed': '404', '/added': 'new' },
};
const PATHS = Object.keys(ANSWERS.v1);
// The loop's bound, whatever happens: above what runs while the old generation may take to exit (MAX_POLLS
// × 10 ms; an Envoy hot restart on a loaded machine took ~15 s, ~4,000 requests, where it usually takes 2-3 s).
const MAX_REQUESTS = 40_000;
const MAX_POLLS = 3000;

export interface ReloadWay {
  /** Run arguments, from the --out directory (its cwd). */
  args: (ports: Ports) => string[];
  /** Reloads the documented way after a recompile; resolves to "the previous generation has exited". */
  reload: (proxy: RunningProxy) => Promise<() => boolean>;
  /** Files the running proxy wrote into the --out directory that must survive a recompile. */
  runtimeFiles?: string[];
  /** Removes what the proxy leaves outside its directory once it has stopped. */
  cleanup?: () => void;
}

const answer = async (port: number, path: string): Promise<string> => {
  const r = await send({ port, host: 'reload.test', path });
  return r.status === 200 && r.json?.service ? String(r.json.service) : String(r.status);
};

function compileTo(kind: ProxyKind, out: string, work: string, v: Version, ports: Ports, echo: Record<string, EchoServer>): Promise<{ code: number | null; err: string }> {
  const file = join(work, `${v}.yaml`);
  writeFileSync(file, VERSIONS[v].yaml);
  const backends = VERSIONS[v].services.flatMap((s) => ['--backend', `default/${s}:80=127.0.0.1:${echo[s]!.port}`]);
  const args = [BIN, 'compile', file, '--out', out, '--listen-http', `127.0.0.1:${ports.http}`, '--listen-https', `127.0.0.1:${ports.https}`, ...backends];
  return new Promise((resolve) => {
    // Asynchronous, so the request loop keeps running while ingressc rewrites the directory.
    const child = spawn(process.execPath, [...args, '--target', kind], { stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, NO_COLOR: '1' } });
    let err = '';
    child.stderr.on('data', (c: Buffer) => (err += c.toString()));
    child.on('close', (code) => resolve({ code, err }));
  });
}

/** One test: start on v1, then for each step recompile to `to`, reload with `way`, and check the answers. */
export function reloadTest(kind: ProxyKind, name: string, steps: { to: Version; way: ReloadWay; label: string }[]): void {
  test(`${kind}: ${name}`, { skip: skipReason(kind), timeout: 180_000 }, async (t) => {
    const work = mkdtempSync(join(tmpdir(), 'ingressc-reload-'));
    const echo: Record<string, EchoServer> = {};
    for (const s of new Set([...VERSIONS.v1.services, ...VERSIONS.v2.services])) echo[s] = await startEcho(s);
    let proxy: RunningProxy | undefined;
    try {
      let out = '';
      proxy = await startProxy({
        kind,
        runDir: 'out',
        args: (ports) => steps[0]!.way.args(ports),
        build: async (ports, dir) => {
          out = join(dir, 'out');
          const r = await compileTo(kind, out, work, 'v1', ports, echo);
          assert.equal(r.code, 0, r.err);
          return { waitFor: [ports.http] };
        },
      });
      const port = proxy.ports.http;
      for (const p of PATHS) assert.equal(await answer(port, p), ANSWERS.v1[p], `v1 ${p}`);
      let from: Version = 'v1';
      for (const step of steps) {
        // The loop: sequential fresh connections, until the reload is over and a few rounds more.
        const seen: { path: string; got: string }[] = [];
        let stop = false;
        const loop = (async () => {
          for (let i = 0; !stop && i < MAX_REQUESTS; i++) {
            const path = PATHS[i % PATHS.length]!;
            // Counted when sent, not when answered: a request an old worker accepted may be answered
            // (and seen here) just after that worker exited, and still counts as sent before it did.
            const entry = { path, got: 'pending' };
            seen.push(entry);
            entry.got = await answer(port, path).catch((e: Error) => `error: ${e.message}`);
          }
        })();
        const after = async (n: number) => {
          const target = seen.length + n;
          for (let i = 0; seen.length <= target && i < MAX_POLLS; i++) await new Promise((r) => setTimeout(r, 5));
        };
        await after(8);
        const c = await compileTo(kind, out, work, step.to, proxy.ports, echo);
        assert.equal(c.code, 0, c.err);
        for (const f of step.way.runtimeFiles ?? []) assert.ok(existsSync(join(out, f)), `${f}, written by the running ${kind}, is gone after the recompile`);
        const signalledAt = seen.length;
        const oldGone = await step.way.reload(proxy);
        for (let i = 0; !oldGone() && i < MAX_POLLS; i++) await new Promise((r) => setTimeout(r, 10));
        assert.ok(oldGone(), `${step.label}: the previous ${kind} generation did not exit\n${proxy.logs().slice(-3000)}`);
        const reloadedAt = seen.length;
        await after(2 * PATHS.length);
        stop = true;
        await loop;

        const bad = seen.filter((s, i) => s.got !== ANSWERS[from][s.path] && s.got !== ANSWERS[step.to][s.path] ? true : i >= reloadedAt && s.got !== ANSWERS[step.to][s.path]);
        assert.deepEqual(bad, [], `${step.label}: answers that neither version gives (or the old one after the reload), of ${seen.length}\n${proxy.logs().slice(-3000)}`);
        assert.ok(seen.length > reloadedAt, 'the loop ran past the reload');
        const fromOnly = seen.filter((s) => s.path === '/removed' && s.got === ANSWERS[from]['/removed']).length;
        t.diagnostic(`${step.label}: ${seen.length} requests, ${signalledAt} before the reload, ${reloadedAt} before the old generation exited, ${fromOnly} /removed answered by ${from}`);
        for (const p of PATHS) assert.equal(await answer(port, p), ANSWERS[step.to][p], `${step.label}: ${step.to} ${p}`);
        from = step.to;
      }
    } finally {
      await proxy?.stop();
      for (const s of steps) s.way.cleanup?.();
      await Promise.all(Object.values(echo).map((e) => e.close()));
      rmSync(work, { recursive: true, force: true });
    }
  });
}
