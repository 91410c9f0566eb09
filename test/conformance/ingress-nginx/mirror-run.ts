// Runs the mirror cases (mirror-cases.ts) on one target. Each case is compiled alone first: a key
// the target has no row for must bring its one warning (IC2103; where that is mirror-target, the
// case is not applicable: nothing is mirrored), a target the target cannot express must be a
// located refusal (IC3071, the support row's reason). The cases the target takes are then compiled
// together, one host each, and served by ONE proxy start (nginx, Envoy): for each, the client must
// get the echo Service's answer and the mirror (plain or HTTPS recorder) the copy the case says.
import http from 'node:http';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import { compile, type CompileResult, type TargetName } from '../../../src/index.js';
import { NGINX_PREFIX } from '../../../src/providers/ingress-nginx/read.js';
import { supportOf } from '../../../src/providers/ingress-nginx/support.js';
import { writeFiles } from '../../e2e/run-table.js';
import { makeCert, skipReason, startEcho, startProxy, type ProxyKind } from '../../harness/index.js';
import type { ScenarioResult } from '../scenario.js';
import { modelOptionsFromStatic, TraefikModel } from '../../traefik/evaluate.js';
import { readOutput } from '../../traefik/output.js';
import { MIRROR_CASES, type MirrorCase, type MirrorCopy } from './mirror-cases.js';

export const MIRROR_FEATURE = 'ingress-nginx/mirror';
/** Targets with a live proxy that mirrors (the others warn: their rows say why). */
const LIVE: readonly string[] = ['nginx', 'envoy'];
/** Traefik has no proxy here: its rule evaluator shows the copy a mirroring service sends (not its body). */
const EVALUATED: readonly string[] = ['traefik'];
/** How long a copy may take to arrive after the client's answer. */
const COPY_WAIT_MS = 5000;

interface Seen {
  method: string;
  path: string;
  host: string | undefined;
  contentLength: boolean;
  body: string;
}

/** A mirror: records every request it gets and answers 204. */
class Recorder {
  readonly seen: Seen[] = [];
  private waiters: (() => void)[] = [];
  readonly handler = (req: http.IncomingMessage, res: http.ServerResponse): void => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      this.seen.push({ method: req.method ?? '', path: req.url ?? '', host: req.headers.host, contentLength: req.headers['content-length'] !== undefined, body: Buffer.concat(chunks).toString() });
      this.waiters.splice(0).forEach((w) => w());
      res.writeHead(204);
      res.end();
    });
  };
  /** The next copy, or undefined after `ms`. */
  next(ms: number): Promise<Seen | undefined> {
    if (this.seen.length) return Promise.resolve(this.seen.shift());
    return new Promise((resolve) => {
      const t = setTimeout(() => resolve(undefined), ms);
      this.waiters.push(() => {
        clearTimeout(t);
        resolve(this.seen.shift());
      });
    });
  }
}

const listen = (s: http.Server): Promise<number> => new Promise((resolve) => s.listen(0, '127.0.0.1', () => resolve((s.address() as AddressInfo).port)));
const close = (s: http.Server): Promise<void> => new Promise((resolve) => {
  s.closeAllConnections();
  s.close(() => resolve());
});

/** The case's annotations with the recorders' addresses in place of "{mirror}" and "{mirror-tls}". */
const annotationsOf = (c: MirrorCase, mirrors: { plain: number; tls: number }): Record<string, string> =>
  Object.fromEntries(Object.entries(c.annotations).map(([k, v]) => [k, v.replace('{mirror-tls}', `127.0.0.1:${mirrors.tls}`).replace('{mirror}', `127.0.0.1:${mirrors.plain}`)]));

const ingressYaml = (cs: readonly MirrorCase[], mirrors: { plain: number; tls: number }): string =>
  cs
    .map(
      (c, i) => `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: mirror-${i}
  namespace: default
  annotations: ${JSON.stringify(annotationsOf(c, mirrors))}
spec:
  ingressClassName: nginx
  rules:
  - host: ${c.host}
    http:
      paths:
      - {path: /, pathType: Prefix, backend: {service: {name: echo, port: {number: 80}}}}
`,
    )
    .join('---\n');

function compileCases(cs: readonly MirrorCase[], target: TargetName, ports: { http: number; https: number }, echo: number, mirrors: { plain: number; tls: number }): CompileResult {
  return compile([{ path: 'mirror.yaml', text: ingressYaml(cs, mirrors) }], {
    target,
    listenHttp: `127.0.0.1:${ports.http}`,
    listenHttps: `127.0.0.1:${ports.https}`,
    backends: [`default/echo:80=127.0.0.1:${echo}`],
  });
}

const keysOf = (c: MirrorCase): string[] => Object.keys(c.annotations).map((k) => k.slice(NGINX_PREFIX.length));

/** What the case's lone compile says on `target`: refused, not mirrored (warnings only), or taken. */
function probe(c: MirrorCase, target: TargetName): { take: true } | { result: Pick<ScenarioResult, 'outcome' | 'reason'> & { details?: string } } {
  const r = compileCases([c], target, { http: 18080, https: 18443 }, 9, { plain: 10, tls: 11 });
  const text = r.diagnostics.map((d) => `${d.code} ${d.message}`).join('\n');
  const refused = r.diagnostics.filter((d) => d.code === 'IC3071' && d.message.includes(`${NGINX_PREFIX}mirror-target`));
  if (!r.ok) {
    const why = supportOf('mirror-target', target)?.refuse?.(annotationsOf(c, { plain: 10, tls: 11 })[`${NGINX_PREFIX}mirror-target`]!);
    if (refused.length === 1 && why !== undefined && r.diagnostics.every((d) => d.severity !== 'error' || d === refused[0]))
      return { result: { outcome: 'n/a', reason: `refused with a located error (IC3071): ${why}` } };
    return { result: { outcome: 'failed', reason: 'compile failed', details: text } };
  }
  // Each key without a row: exactly one warning naming it.
  const missing = keysOf(c).filter((k) => !supportOf(k, target));
  const silent = missing.filter((k) => r.diagnostics.filter((d) => d.code === 'IC2103' && d.message.includes(`${NGINX_PREFIX}${k} (`)).length !== 1);
  if (silent.length) return { result: { outcome: 'failed', reason: `${target} has no row for ${silent.join(', ')} and did not warn once per key`, details: text } };
  if (missing.includes('mirror-target') || (!LIVE.includes(target) && !EVALUATED.includes(target))) return { result: { outcome: 'n/a', reason: `not mirrored on ${target} (tuning: one warning per key): ${missing.join(', ') || 'no live proxy'}` } };
  return { take: true };
}

function send(port: number, c: MirrorCase): Promise<{ status: number; service: string | undefined }> {
  return new Promise((resolve, reject) => {
    const body = c.request.body;
    const r = http.request(
      { host: '127.0.0.1', port, path: c.request.target, method: c.request.method, headers: { Host: c.host, ...(body !== undefined ? { 'Content-Length': String(Buffer.byteLength(body)) } : {}) }, agent: false },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (d: Buffer) => chunks.push(d));
        res.on('end', () => {
          let service: string | undefined;
          try {
            service = (JSON.parse(Buffer.concat(chunks).toString()) as { service?: string }).service;
          } catch {
            service = undefined;
          }
          resolve({ status: res.statusCode ?? 0, service });
        });
      },
    );
    r.setTimeout(10_000, () => r.destroy(new Error(`${c.request.method} ${c.request.target}: no answer in 10 s`)));
    r.on('error', reject);
    r.end(body);
  });
}

function compareCopy(want: MirrorCopy, got: Seen | undefined): string | undefined {
  if (!got) return `the mirror got no copy within ${COPY_WAIT_MS} ms`;
  const host = want.host.replace('{mirror}', '127.0.0.1');
  const wrong: string[] = [];
  if (got.method !== want.method) wrong.push(`method ${got.method}, expected ${want.method}`);
  if (got.path !== want.path) wrong.push(`path ${JSON.stringify(got.path)}, expected ${JSON.stringify(want.path)}`);
  if (got.host !== host) wrong.push(`Host ${JSON.stringify(got.host)}, expected ${JSON.stringify(host)}`);
  if (got.body !== want.body) wrong.push(`body ${JSON.stringify(got.body)}, expected ${JSON.stringify(want.body)}`);
  if (want.contentLength !== undefined && got.contentLength !== want.contentLength) wrong.push(`Content-Length ${got.contentLength ? 'sent' : 'absent'}, expected ${want.contentLength ? 'sent' : 'absent'}`);
  return wrong.length ? `the copy: ${wrong.join('; ')}` : undefined;
}

/** Every mirror case on `target`, as conformance results (one proxy start for the cases it takes). */
export async function runMirrorCases(target: TargetName): Promise<ScenarioResult[]> {
  const results = new Map<number, Pick<ScenarioResult, 'outcome' | 'reason'> & { details?: string }>();
  const taken: [number, MirrorCase][] = [];
  for (const [i, c] of MIRROR_CASES.entries()) {
    const p = probe(c, target);
    if ('take' in p) taken.push([i, c]);
    else results.set(i, p.result);
  }
  const skip = LIVE.includes(target) ? skipReason(target as ProxyKind) : undefined;
  if (taken.length && skip) for (const [i] of taken) results.set(i, { outcome: 'n/a', reason: skip });
  else if (taken.length && EVALUATED.includes(target)) evaluateTraefik(taken, results);
  else if (taken.length) await runLive(target as ProxyKind, taken, results);
  return MIRROR_CASES.map((c, i) => {
    const r = results.get(i)!;
    return { feature: MIRROR_FEATURE, index: i + 1, line: 0, name: `${c.source}: ${c.it}`, outcome: r.outcome, reason: r.reason, ...(r.details ? { details: r.details } : {}), flags: [] };
  });
}

async function runLive(kind: ProxyKind, taken: [number, MirrorCase][], results: Map<number, Pick<ScenarioResult, 'outcome' | 'reason'> & { details?: string }>): Promise<void> {
  const plain = new Recorder();
  const tls = new Recorder();
  const cert = makeCert(['127.0.0.1']);
  const plainServer = http.createServer(plain.handler);
  const tlsServer = https.createServer({ cert: cert.cert, key: cert.key }, tls.handler);
  const echo = await startEcho('echo');
  const mirrors = { plain: await listen(plainServer), tls: await listen(tlsServer) };
  try {
    const proxy = await startProxy({
      kind,
      build: (ports, dir) => {
        const r = compileCases(taken.map(([, c]) => c), kind, ports, echo.port, mirrors);
        if (!r.ok) throw new Error(r.diagnostics.map((d) => `${d.code} ${d.message}`).join('\n'));
        writeFiles(dir, r.files);
      },
    });
    try {
      for (const [i, c] of taken) {
        const recorder = c.annotations[`${NGINX_PREFIX}mirror-target`]!.includes('{mirror-tls}') ? tls : plain;
        plain.seen.length = 0;
        tls.seen.length = 0;
        const main = await send(proxy.ports.http, c);
        const problems: string[] = [];
        if (main.status !== 200 || main.service !== 'echo') problems.push(`the client got ${main.status} from ${main.service ?? 'no echo'}, expected 200 from the echo Service`);
        const p = compareCopy(c.copyOn?.[kind] ?? c.copy, await recorder.next(COPY_WAIT_MS));
        if (p) problems.push(p);
        const other = recorder === tls ? plain : tls;
        if (other.seen.length) problems.push(`the other mirror got ${other.seen.length} request(s)`);
        results.set(i, problems.length ? { outcome: 'failed', reason: problems[0]!, details: `${c.source}: ${c.it}\n${problems.join('\n')}` } : { outcome: 'passed', reason: `answered by echo; the mirror got ${c.request.method} ${(c.copyOn?.[kind] ?? c.copy).path}` });
      }
    } finally {
      await proxy.stop();
    }
  } finally {
    await Promise.all([close(plainServer), close(tlsServer), echo.close()]);
  }
}

/** Traefik: the evaluator's answer must be the echo Service's, with one copy to the mirror's server (path and Host as the case says; the body is not modelled). */
function evaluateTraefik(taken: [number, MirrorCase][], results: Map<number, Pick<ScenarioResult, 'outcome' | 'reason'> & { details?: string }>): void {
  const mirrors = { plain: 18091, tls: 18092 };
  const r = compileCases(taken.map(([, c]) => c), 'traefik', { http: 18080, https: 18443 }, 18090, mirrors);
  if (!r.ok) {
    for (const [i] of taken) results.set(i, { outcome: 'failed', reason: 'compile failed', details: r.diagnostics.map((d) => `${d.code} ${d.message}`).join('\n') });
    return;
  }
  const out = readOutput(r.files);
  const model = new TraefikModel(out.dynamic, modelOptionsFromStatic(out.static));
  for (const [i, c] of taken) {
    const o = model.route({ host: c.host, path: c.request.target, https: false, clientIp: '127.0.0.1', ...(c.request.body !== undefined ? { bodyBytes: Buffer.byteLength(c.request.body) } : {}) });
    const want = c.copyOn?.traefik ?? c.copy;
    const tlsMirror = c.annotations[`${NGINX_PREFIX}mirror-target`]!.includes('{mirror-tls}');
    const server = `${tlsMirror ? 'https' : 'http'}://127.0.0.1:${tlsMirror ? mirrors.tls : mirrors.plain}`;
    const problems: string[] = [];
    if (o.kind !== 'proxied' || !o.servers.includes('http://127.0.0.1:18090')) problems.push(`the evaluator answered ${o.kind} ${o.status}, expected the echo Service's`);
    const copies = o.kind === 'proxied' ? (o.mirrors ?? []) : [];
    if (copies.length !== 1) problems.push(`${copies.length} mirror copies, expected 1`);
    else {
      const m = copies[0]!;
      // Traefik's Host is the server URL's, with its port (support row mirror-target).
      const host = `${want.host.replace('{mirror}', '127.0.0.1')}:${tlsMirror ? mirrors.tls : mirrors.plain}`;
      if (m.percent !== 100 || m.servers.join() !== server) problems.push(`the copy goes to ${m.servers.join()} at ${m.percent}%, expected ${server} at 100%`);
      if (m.forwardedPath !== want.path) problems.push(`the copy's path ${JSON.stringify(m.forwardedPath)}, expected ${JSON.stringify(want.path)}`);
      if (m.forwardedHost !== host) problems.push(`the copy's Host ${JSON.stringify(m.forwardedHost)}, expected ${JSON.stringify(host)}`);
    }
    results.set(i, problems.length ? { outcome: 'failed', reason: problems[0]!, details: `${c.source}: ${c.it}\n${problems.join('\n')}` } : { outcome: 'passed', reason: `evaluator: answered by echo, one copy to the mirror at ${want.path} (the body is not modelled)` });
  }
}
