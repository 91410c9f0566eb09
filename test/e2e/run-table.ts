import assert from 'node:assert/strict';
import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import { compile, type CompileResult } from '../../src/index.js';
import { send, startEcho, startProxy, skipReason, type EchoServer, type ProxyKind, type Reply } from '../harness/index.js';
import { ROUTE_TABLE, type TableCase, type TableRequest } from './route-table.js';

/** Compiles a table case for a target, listening on loopback ports, backends pointed at echo servers. */
export function compileCase(c: TableCase, target: 'nginx' | 'haproxy' | 'envoy' | 'traefik' | 'gateway-api', ports: { http: number; https: number }, echoPorts: Record<string, number>): CompileResult {
  return compile(c.sources(), {
    target,
    listenHttp: `127.0.0.1:${ports.http}`,
    listenHttps: `127.0.0.1:${ports.https}`,
    backends: Object.entries(echoPorts).map(([ref, port]) => `${ref}=127.0.0.1:${port}`),
    ...c.options,
  });
}

export function writeFiles(dir: string, files: CompileResult['files']): void {
  for (const f of files) {
    const p = join(dir, f.path);
    mkdirSync(dirname(p), { recursive: true });
    writeFileSync(p, f.content, { mode: f.mode ?? 0o644 });
    chmodSync(dirname(p), 0o755);
  }
}

/** Checks one reply against the spec's expectation; returns a description of each mismatch. */
export function checkReply(req: TableRequest, reply: Pick<Reply, 'status' | 'headers' | 'json' | 'peerCN'>, httpsPort: number): string[] {
  const e = req.expect;
  const problems: string[] = [];
  if (reply.status !== e.status) problems.push(`status ${reply.status}, expected ${e.status}`);
  if (e.service !== undefined) {
    const seen = reply.json as { service?: string; path?: string; host?: string } | undefined;
    if (seen?.service !== e.service) problems.push(`served by ${seen?.service ?? '(not a backend)'}, expected ${e.service}`);
    else {
      const path = e.backendPath ?? req.path;
      if (seen.path !== path) problems.push(`backend saw path ${seen.path}, expected ${path}`);
      const host = e.backendHost ?? req.host;
      if (host !== undefined && seen.host !== host) problems.push(`backend saw Host ${seen.host}, expected ${host}`);
    }
  }
  if (e.location !== undefined) {
    const loc = String(reply.headers.location ?? '');
    const want = `${e.location}:${httpsPort}${req.path}`;
    if (loc !== want) problems.push(`Location ${JSON.stringify(loc)}, expected ${JSON.stringify(want)}`);
  }
  if (e.certCN !== undefined && reply.peerCN !== e.certCN) problems.push(`certificate CN ${reply.peerCN}, expected ${e.certCN}`);
  return problems;
}

export const describeRequest = (r: TableRequest): string => `${r.method ?? 'GET'} ${r.https ? 'https' : 'http'}://${r.host ?? '(no host)'}${r.path}`;

/** Registers one test per table case, each against a live proxy of `kind` on loopback. */
export function runRouteTable(kind: ProxyKind, cases: TableCase[] = ROUTE_TABLE): void {
  const skip = skipReason(kind);
  for (const c of cases) {
    test(`${kind}: ${c.name}`, { skip }, async () => {
      const echoes: EchoServer[] = [];
      try {
        const echoPorts: Record<string, number> = {};
        for (const [ref, name] of Object.entries(c.services)) {
          const e = await startEcho(name);
          echoes.push(e);
          echoPorts[ref] = e.port;
        }
        const proxy = await startProxy({
          kind,
          build: (ports, dir) => {
            const r = compileCase(c, kind, ports, echoPorts);
            assert.ok(r.ok, `compile failed: ${JSON.stringify(r.diagnostics, null, 2)}`);
            writeFiles(dir, r.files);
          },
        });
        try {
          const failures: string[] = [];
          for (const req of c.requests) {
            const reply = await send({
              port: req.https ? proxy.ports.https : proxy.ports.http,
              path: req.path,
              ...(req.host !== undefined ? { host: req.host } : {}),
              ...(req.method ? { method: req.method } : {}),
              ...(req.https ? { tls: { servername: req.sni ?? (req.host ?? '').split(':')[0]!.toLowerCase() } } : {}),
            });
            const problems = checkReply(req, reply, proxy.ports.https);
            if (problems.length) failures.push(`${describeRequest(req)}: ${problems.join('; ')}`);
          }
          assert.deepEqual(failures, [], `${kind} routed differently from the Ingress spec:\n${failures.join('\n')}\n--- proxy log ---\n${proxy.logs().slice(-3000)}`);
        } finally {
          await proxy.stop();
        }
      } finally {
        await Promise.all(echoes.map((e) => e.close()));
      }
    });
  }
}
