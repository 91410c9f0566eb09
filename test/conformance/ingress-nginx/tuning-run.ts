// Runs the upstream tuning cases (tuning-cases.ts) on one target. Live on nginx, HAProxy, Envoy and
// Caddy when the target's support rows list every key of the case (or the case has none): real
// backends behind the real proxy. Where a key has no row, the compile must succeed with the one
// "not applied" warning per key (IC2103, or IC3152 for a ConfigMap key): the case is then not
// applicable there. Traefik and Gateway API have no proxy to observe: their evaluators route
// requests but cannot show buffering or retries, so only the warnings are checked there.
import http from 'node:http';
import { compile, type CompileResult, type TargetName } from '../../../src/index.js';
import { NGINX_PREFIX } from '../../../src/providers/ingress-nginx/read.js';
import { supportOf } from '../../../src/providers/ingress-nginx/support.js';
import { writeFiles } from '../../e2e/run-table.js';
import { acceptUpgrades, freePort, listenLoopback, startProxy, upgradedBy, upgradeRequest, type ProxyKind } from '../../harness/index.js';
import type { ScenarioResult } from '../scenario.js';
import { TUNING_CASES, type TuningCase, type TuningCheck } from './tuning-cases.js';

export const TUNING_FEATURE = 'ingress-nginx/upstream-tuning';
const LIVE: readonly string[] = ['nginx', 'haproxy', 'envoy', 'caddy'];
const HOST = 'proxy.foo.com';
/** How long a check waits for the other side before it goes on (only "did not stream" waits this long). */
const PATIENCE_MS = 3000;
/** More than every kernel buffer between backend, proxy and a client that stops reading (loopback autotuning: ~8 MiB). */
const LARGE_BYTES = 64 * 65536 * 8;

/** The recording backend: /big-header, /stream, POST /upload, else what it received (JSON). */
class Recorder {
  private releases: (() => void)[] = [];
  private seenUpload: (() => void)[] = [];
  private finished: (() => void)[] = [];
  readonly server = http.createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    if (path === '/big-header') {
      res.writeHead(200, { 'x-echo-service': 'good', 'x-big': 'x'.repeat(6000), 'content-length': 2 });
      res.end('ok');
    } else if (path === '/large') {
      // LARGE_BYTES in 64 KiB writes, as fast as the proxy reads them; `finished` once all are handed to the kernel.
      res.writeHead(200, { 'x-echo-service': 'good', 'content-type': 'application/octet-stream', 'content-length': LARGE_BYTES });
      const chunk = Buffer.alloc(65536, 'x');
      let left = LARGE_BYTES / chunk.length;
      const pump = (): void => {
        while (left > 0) {
          left--;
          if (!res.write(chunk)) return void res.once('drain', pump);
        }
        res.end();
      };
      res.on('finish', () => this.finished.splice(0).forEach((f) => f()));
      pump();
    } else {
      this.seenUpload.splice(0).forEach((f) => f());
      let bodyLength = 0;
      req.on('data', (c: Buffer) => (bodyLength += c.length));
      req.on('end', () => {
        const body = JSON.stringify({ httpVersion: req.httpVersion, headers: req.headers, bodyLength });
        res.writeHead(200, { 'x-echo-service': 'good', 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
        res.end(body);
      });
    }
  });
  /** WebSocket handshakes: 101, then every byte echoed (harness/upgrade.ts). */
  private readonly upgrades = acceptUpgrades(this.server, 'good');
  release(): void {
    this.releases.splice(0).forEach((f) => f());
    this.upgrades.destroyAll();
  }
  onFinished(f: () => void): void {
    this.finished.push(f);
  }
  onUpload(f: () => void): void {
    this.seenUpload.push(f);
  }
}

/** An endpoint answering every request 502. */
const badServer = (): http.Server =>
  http.createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      res.writeHead(502, { 'x-echo-service': 'bad', 'content-length': 0 });
      res.end();
    });
  });

/** An endpoint that reads a request and closes the connection without an answer. */
const resetServer = (): http.Server =>
  http.createServer((req) => {
    req.resume();
    req.on('end', () => req.socket.destroy());
  });

const ingressYaml = (c: TuningCase): string => `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: tuning
  namespace: default
  annotations: ${JSON.stringify(c.annotations)}
spec:
  ingressClassName: nginx
  rules:
  - host: ${HOST}
    http:
      paths:
      - {path: ${JSON.stringify(c.path?.path ?? '/')}, pathType: ${c.path?.pathType ?? 'Prefix'}, backend: {service: {name: echo, port: {number: 80}}}}
`;

export function compileTuning(c: TuningCase, target: TargetName, ports: { http: number; https: number }, endpoints: readonly number[]): CompileResult {
  return compile([{ path: 'tuning.yaml', text: ingressYaml(c) }], {
    target,
    listenHttp: `127.0.0.1:${ports.http}`,
    listenHttps: `127.0.0.1:${ports.https}`,
    backends: [`default/echo:80=${endpoints.map((p) => `127.0.0.1:${p}`).join(',')}`],
    ...(c.configMap
      ? { controllerConfig: { path: 'controller-configmap.yaml', text: `apiVersion: v1\nkind: ConfigMap\nmetadata: {name: ingress-nginx-controller, namespace: ingress-nginx}\ndata: ${JSON.stringify(c.configMap)}\n` } }
      : {}),
  });
}

const annotationKeys = (c: TuningCase): string[] => Object.keys(c.annotations).map((k) => k.slice(NGINX_PREFIX.length));
/** Keys the target has no row for: each must bring its one warning. */
const unsupported = (c: TuningCase, target: TargetName): { annotations: string[]; configMap: string[] } => ({
  annotations: annotationKeys(c).filter((k) => !supportOf(k, target)),
  // A ConfigMap key the case's annotation replaces is not applied at all: the annotation warns.
  configMap: Object.keys(c.configMap ?? {}).filter((k) => !supportOf(k, target) && !(`${NGINX_PREFIX}${k}` in c.annotations)),
});

function get(port: number, path: string, onFirstData?: () => void, method = 'GET'): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }> {
  return new Promise((resolve, reject) => {
    const r = http.request({ host: '127.0.0.1', port, path, method, headers: { Host: HOST, ...(method === 'POST' ? { 'Content-Length': '2' } : {}) }, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (d: Buffer) => {
        if (chunks.length === 0) onFirstData?.();
        chunks.push(d);
      });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString() }));
      res.on('error', reject);
    });
    r.setTimeout(20_000, () => r.destroy(new Error(`${method} ${path}: no answer in 20 s`)));
    r.on('error', reject);
    r.end(method === 'POST' ? 'ok' : undefined);
  });
}

/** A chunked POST: its second half is sent once the backend saw the request, or after PATIENCE_MS. */
function streamedUpload(port: number, rec: Recorder): Promise<{ status: number; seenEarly: boolean }> {
  return new Promise((resolve, reject) => {
    let seenEarly = false;
    let finished = false;
    const r = http.request({ host: '127.0.0.1', port, path: '/upload', method: 'POST', headers: { Host: HOST, 'Transfer-Encoding': 'chunked' }, agent: false }, (res) => {
      res.resume();
      res.on('end', () => resolve({ status: res.statusCode ?? 0, seenEarly }));
    });
    const finish = (): void => {
      if (finished) return;
      finished = true;
      clearTimeout(timer);
      r.end('b'.repeat(1000));
    };
    rec.onUpload(() => {
      if (!finished) seenEarly = true;
      finish();
    });
    const timer = setTimeout(finish, PATIENCE_MS);
    r.setTimeout(20_000, () => r.destroy(new Error('POST /upload: no answer in 20 s')));
    r.on('error', reject);
    r.write('a'.repeat(1000));
  });
}

/** Did the backend hand over the whole /large response while the client read none of it (within `waitMs`)? */
function slowClient(port: number, rec: Recorder, waitMs: number): Promise<boolean> {
  return new Promise((resolve, reject) => {
    let done = false;
    const settle = (v: boolean): void => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      r.destroy();
      resolve(v);
    };
    rec.onFinished(() => settle(true));
    const timer = setTimeout(() => settle(false), waitMs);
    const r = http.get({ host: '127.0.0.1', port, path: '/large', headers: { Host: HOST }, agent: false }, (res) => res.pause());
    r.on('error', (e) => (done ? undefined : reject(e)));
  });
}

/** A WebSocket handshake (harness/upgrade.ts): does the backend's 101 come back, and then its echo? */
const upgrade = async (port: number): Promise<boolean> => upgradedBy(await upgradeRequest({ port, host: HOST, path: '/ws', timeoutMs: 20_000 })) === 'good';

async function runCheck(q: TuningCheck, port: number, rec: Recorder): Promise<string | undefined> {
  switch (q.kind) {
    case 'big-header': {
      const r = await get(port, '/big-header');
      return r.status === q.expect ? undefined : `GET /big-header (6 KB response header): status ${r.status}, expected ${q.expect}`;
    }
    case 'slow-client': {
      // The client reads nothing: a buffering proxy still takes the whole response from the backend.
      // Waits long for "finished" when that is expected, briefly for "not finished": slowness never decides.
      const finished = await slowClient(port, rec, q.buffered ? 30_000 : PATIENCE_MS);
      return finished === q.buffered ? undefined : `GET /large (${LARGE_BYTES} bytes) by a client that reads nothing: the backend ${finished ? 'sent the whole response (the proxy buffered it)' : `could not send the whole response within ${q.buffered ? 30 : PATIENCE_MS / 1000} s (the proxy did not buffer it)`}, expected ${q.buffered ? 'buffered' : 'not buffered'}`;
    }
    case 'request-stream': {
      const r = await streamedUpload(port, rec);
      if (r.status !== 200) return `POST /upload (chunked): status ${r.status}`;
      return r.seenEarly === q.streamed ? undefined : `POST /upload: the backend ${r.seenEarly ? 'saw the request before the body was complete (streamed)' : `did not see the request within ${PATIENCE_MS} ms while the body was incomplete (buffered)`}, expected ${q.streamed ? 'streamed' : 'buffered'}`;
    }
    case 'upgrade': {
      const up = await upgrade(port);
      return up === q.upgraded ? undefined : `GET /ws with Upgrade: websocket: ${up ? 'upgraded' : 'not upgraded (no 101, or no echo)'}, expected ${q.upgraded ? 'upgraded' : 'not upgraded'}`;
    }
    case 'seen': {
      const r = await get(port, '/');
      const seen = JSON.parse(r.body || '{}') as { httpVersion?: string; headers?: Record<string, string> };
      if (r.status !== 200) return `GET /: status ${r.status}`;
      if (q.httpVersion !== undefined && seen.httpVersion !== q.httpVersion) return `the backend saw HTTP/${seen.httpVersion}, expected HTTP/${q.httpVersion}`;
      if (q.connection !== undefined && (seen.headers?.connection ?? null) !== q.connection) return `the backend saw Connection: ${JSON.stringify(seen.headers?.connection)}, expected ${JSON.stringify(q.connection)}`;
      return undefined;
    }
    case 'spread': {
      const who: string[] = [];
      for (let i = 0; i < q.count; i++) {
        const r = await get(port, '/', undefined, q.method);
        const by = r.headers['x-echo-service'];
        who.push(by === 'good' && r.status === 200 ? 'good' : by === 'bad' && r.status === 502 ? 'bad' : r.status >= 500 && by === undefined ? 'proxy' : `${r.status}/${String(by)}`);
      }
      const wrong = who.filter((s) => !(q.among as string[]).includes(s));
      const missing = q.must.filter((s) => !who.includes(s));
      return wrong.length || missing.length ? `${q.count} ${q.method ?? 'GET'}s answered by: ${who.join(' ')}; expected only ${q.among.join('/')} with each of ${q.must.join(', ')}` : undefined;
    }
  }
}

async function runOne(c: TuningCase, target: TargetName): Promise<{ outcome: ScenarioResult['outcome']; reason: string; details?: string }> {
  const miss = unsupported(c, target);
  if (miss.annotations.length || miss.configMap.length || !LIVE.includes(target)) {
    // Not applied: one warning per key, and the Ingress still compiles.
    const r = compileTuning(c, target, { http: 18080, https: 18443 }, [9]);
    if (!r.ok) return { outcome: 'failed', reason: 'compile failed', details: r.diagnostics.map((d) => `${d.code} ${d.message}`).join('\n') };
    const warned = (code: string, key: string): boolean => r.diagnostics.filter((d) => d.code === code && d.message.includes(key)).length === 1;
    const silent = [...miss.annotations.filter((k) => !warned('IC2103', `${NGINX_PREFIX}${k} (`)), ...miss.configMap.filter((k) => !warned('IC3152', ` ${k} (`))];
    if (silent.length) return { outcome: 'failed', reason: `${target} has no row for ${silent.join(', ')} and did not warn once per key` };
    const keys = [...miss.annotations, ...miss.configMap];
    return { outcome: 'n/a', reason: keys.length ? `not applied on ${target} (tuning: one warning per key): ${keys.join(', ')}` : `${target} is checked through an evaluator, which cannot show how the proxy talks to the backend` };
  }
  const not = c.notOn?.[target];
  if (not !== undefined) return { outcome: 'n/a', reason: not };
  const rec = new Recorder();
  const good = await listenLoopback(rec.server);
  const bad = await listenLoopback(badServer());
  const reset = await listenLoopback(resetServer());
  try {
    const refused = await freePort();
    const ports = { good: good.port, bad: bad.port, reset: reset.port, refused };
    const endpoints = (c.endpoints ?? ['good']).map((e) => ports[e]);
    const probe = compileTuning(c, target, { http: 18080, https: 18443 }, endpoints);
    if (!probe.ok) return { outcome: 'failed', reason: 'compile failed', details: probe.diagnostics.map((d) => `${d.code} ${d.message}`).join('\n') };
    const proxy = await startProxy({
      kind: target as ProxyKind,
      build: (ports, dir) => {
        const r = compileTuning(c, target, ports, endpoints);
        if (!r.ok) throw new Error(r.diagnostics.map((d) => `${d.code} ${d.message}`).join('\n'));
        writeFiles(dir, r.files);
      },
    });
    const problems: string[] = [];
    try {
      for (const q of c.checksOn?.[target] ?? c.checks) {
        const p = await runCheck(q, proxy.ports.http, rec);
        if (p) problems.push(p);
      }
    } finally {
      rec.release();
      await proxy.stop();
    }
    if (problems.length) return { outcome: 'failed', reason: problems[0]!, details: `${c.source}: ${c.it}\n${problems.join('\n')}` };
    return { outcome: 'passed', reason: `${(c.checksOn?.[target] ?? c.checks).length} checks${c.notes?.[target] ? ` (not checked: ${c.notes[target]})` : ''}` };
  } finally {
    rec.release();
    await Promise.all([good.close(), bad.close(), reset.close()]);
  }
}

/** Every upstream tuning case on `target`, as conformance results. */
export async function runTuningCases(target: TargetName): Promise<ScenarioResult[]> {
  const out: ScenarioResult[] = [];
  for (const [i, c] of TUNING_CASES.entries()) {
    let r: Awaited<ReturnType<typeof runOne>>;
    try {
      r = await runOne(c, target);
    } catch (e) {
      r = { outcome: 'failed', reason: (e as Error).message.split('\n')[0] ?? 'error', details: (e as Error).message };
    }
    out.push({ feature: TUNING_FEATURE, index: i + 1, line: 0, name: `${c.source}: ${c.it}`, outcome: r.outcome, reason: r.reason, ...(r.details ? { details: r.details } : {}), flags: [] });
  }
  return out;
}
