// Runs the error-page cases (errors-cases.ts) on one target: live on nginx, HAProxy, Envoy and
// Caddy with one harness echo per ready Service, through the rule evaluator for Traefik. A target
// whose support rows do not list every key of a case must refuse it (IC2102, fail closed); one that
// lists them must serve it. Cases without annotations (the global default backend) run everywhere.
import { compile, type CompileResult, type TargetName } from '../../../src/index.js';
import { NGINX_PREFIX } from '../../../src/providers/ingress-nginx/read.js';
import { supportOf } from '../../../src/providers/ingress-nginx/support.js';
import { writeFiles } from '../../e2e/run-table.js';
import { send, startEcho, startProxy, type EchoServer, type ProxyKind, type Reply } from '../../harness/index.js';
import { modelOptionsFromStatic, TraefikModel } from '../../traefik/evaluate.js';
import { readOutput } from '../../traefik/output.js';
import { GatewayModel } from '../../gateway-api/evaluate.js';
import { parseAllDocuments } from 'yaml';
import type { ScenarioResult } from '../scenario.js';
import { ERROR_CASES, type ErrorCase, type ErrorRequest } from './errors-cases.js';

export const ERRORS_FEATURE = 'ingress-nginx/error-pages';
const LIVE: readonly string[] = ['nginx', 'haproxy', 'envoy', 'caddy'];

function manifests(c: ErrorCase): string {
  const docs: string[] = [];
  for (const i of c.ingresses)
    docs.push(`apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: ${JSON.stringify(i.name)}
  namespace: default
  annotations: ${JSON.stringify(i.annotations)}
spec:
  ingressClassName: nginx
  rules:
  - ${i.host ? `host: ${i.host}\n    ` : ''}http:
      paths:
      - {path: ${JSON.stringify(i.path ?? '/')}, pathType: ${i.pathType ?? 'Prefix'}, backend: {service: {name: ${i.service}, port: {number: ${c.services[i.service]?.ports[0] ?? 80}}}}}
`);
  for (const [name, s] of Object.entries(c.services)) {
    docs.push(`apiVersion: v1
kind: Service
metadata: {name: ${name}, namespace: default}
spec:
  ports: [${s.ports.map((p, n) => `{name: p${n}, port: ${p}}`).join(', ')}]
`);
    // A Service without ready endpoints: its EndpointSlice lists one that is not ready.
    if (!s.ready)
      docs.push(`apiVersion: discovery.k8s.io/v1
kind: EndpointSlice
metadata: {name: ${name}-1, namespace: default, labels: {kubernetes.io/service-name: ${name}}}
addressType: IPv4
ports: [{name: p0, port: ${s.ports[0]}}]
endpoints:
- addresses: [10.0.0.9]
  conditions: {ready: false}
`);
  }
  docs.push(`apiVersion: networking.k8s.io/v1
kind: IngressClass
metadata: {name: nginx}
spec: {controller: k8s.io/ingress-nginx}
`);
  return docs.join('---\n');
}

export function compileErrorCase(c: ErrorCase, target: TargetName, ports: { http: number; https: number }, echoes: ReadonlyMap<string, EchoServer>): CompileResult {
  const backends: string[] = [];
  for (const [name, s] of Object.entries(c.services)) {
    const e = echoes.get(name);
    if (s.ready && e) for (const p of s.ports) backends.push(`default/${name}:${p}=127.0.0.1:${e.port}`);
  }
  return compile([{ path: 'case.yaml', text: manifests(c) }], {
    target,
    listenHttp: `127.0.0.1:${ports.http}`,
    listenHttps: `127.0.0.1:${ports.https}`,
    backends,
    ...(c.globalDefault ? { defaultBackend: `default/${c.globalDefault}:${c.services[c.globalDefault]?.ports[0] ?? 80}` } : {}),
  });
}

const keysOf = (c: ErrorCase): string[] => [...new Set(c.ingresses.flatMap((i) => Object.keys(i.annotations)).map((k) => k.slice(NGINX_PREFIX.length)))];

/** What the target must do: serve, or refuse with which code. */
function expectation(c: ErrorCase, target: TargetName): { refuse?: string } {
  if (c.compileError) return { refuse: c.compileError };
  return keysOf(c).every((k) => supportOf(k, target)) ? {} : { refuse: 'IC2102' };
}

const describe = (q: ErrorRequest): string => `${q.method ?? 'GET'} http://${q.host || '(no host)'}${q.path}${q.headers ? ` ${JSON.stringify(q.headers)}` : ''}`;

/** Differences between the reply and what the request expects. */
function check(q: ErrorRequest, r: Pick<Reply, 'status' | 'headers' | 'body' | 'json'>, target: TargetName): string[] {
  const out: string[] = [];
  // A target whose support row names a difference expects what that row says (expectOn).
  const e = { ...q.expect, ...(q.expectOn?.[target] ?? {}) };
  const by = r.headers['x-echo-service'];
  const answered = typeof by === 'string' ? by : null;
  if (r.status !== e.status) out.push(`status ${r.status}, expected ${e.status}`);
  if (answered !== e.by) out.push(`answered by ${answered ?? '(the proxy)'}, expected ${e.by ?? '(the proxy)'}`);
  if (e.emptyBody && r.body !== '') out.push(`body ${JSON.stringify(r.body.slice(0, 80))}, expected empty`);
  for (const [name, want] of Object.entries(e.responseHeaders ?? {})) {
    const have = r.headers[name.toLowerCase()];
    if (JSON.stringify(have ?? null) !== JSON.stringify(want)) out.push(`response header ${name}: ${JSON.stringify(have)}, expected ${JSON.stringify(want)}`);
  }
  const seen = r.json as { path?: string; headers?: Record<string, unknown> } | undefined;
  const { bodyLength: length, method } = (r.json ?? {}) as { bodyLength?: number; method?: string };
  if (e.method !== undefined && method !== e.method) out.push(`the backend saw method ${method}, expected ${e.method}`);
  if (e.bodyLength !== undefined && length !== e.bodyLength) out.push(`the backend saw a body of ${length} bytes, expected ${e.bodyLength}`);
  if (e.path !== undefined && seen?.path !== e.path) out.push(`the backend saw path ${JSON.stringify(seen?.path)}, expected ${JSON.stringify(e.path)}`);
  for (const [name, want] of Object.entries(e.headers ?? {})) {
    if (q.headersNotOn?.[target]?.includes(name)) continue;
    const have = seen?.headers?.[name.toLowerCase()];
    // "*": any non-empty value (a generated X-Request-ID).
    if (want === null ? have !== undefined : want === '*' ? typeof have !== 'string' || have === '' : have !== want) out.push(`the backend saw ${name}: ${JSON.stringify(have)}, expected ${want === null ? 'none' : JSON.stringify(want)}`);
  }
  return out;
}

async function runOne(c: ErrorCase, target: TargetName): Promise<{ outcome: ScenarioResult['outcome']; reason: string; details?: string }> {
  const echoes = new Map<string, EchoServer>();
  try {
    for (const [name, s] of Object.entries(c.services)) if (s.ready) echoes.set(name, await startEcho(name));
    const want = expectation(c, target);
    const probe = compileErrorCase(c, target, { http: 18080, https: 18443 }, echoes);
    const errors = probe.diagnostics.filter((d) => d.severity === 'error');
    if (want.refuse) {
      if (probe.ok) return { outcome: 'failed', reason: `${target} must refuse this case (${want.refuse}) and compiled it` };
      // An invalid value is refused everywhere; a target without the keys' rows adds its IC2102.
      // IC2101: an access key of the case (a source range) without a row on the target, fail closed too.
      const allowed = new Set([want.refuse, ...(keysOf(c).every((k) => supportOf(k, target)) ? [] : ['IC2101', 'IC2102'])]);
      if (!errors.some((d) => d.code === want.refuse) || !errors.every((d) => allowed.has(d.code))) return { outcome: 'failed', reason: `refused with ${errors.map((d) => d.code).join(', ')}, expected only ${want.refuse}`, details: errors.map((d) => d.message).join('\n') };
      const why = errors.find((d) => d.code === want.refuse);
      return { outcome: c.compileError ? 'passed' : 'n/a', reason: `compile exits 1 (${want.refuse}${c.compileError ? '' : ', fail closed'}): ${why?.message.slice(0, 160) ?? ''}` };
    }
    // A value the target's support row refuses (IC3071, located): fail closed, as a missing row.
    if (!probe.ok && errors.length > 0 && errors.every((d) => d.code === 'IC3071')) return { outcome: 'n/a', reason: `compile exits 1 (IC3071, fail closed): ${errors[0]!.message.slice(0, 160)}` };
    if (!probe.ok) return { outcome: 'failed', reason: 'compile failed', details: errors.map((d) => `${d.code} ${d.message}`).join('\n') };
    const problems: string[] = [];
    if (LIVE.includes(target)) {
      const proxy = await startProxy({
        kind: target as ProxyKind,
        build: (ports, dir) => {
          const r = compileErrorCase(c, target, ports, echoes);
          if (!r.ok) throw new Error(r.diagnostics.map((d) => `${d.code} ${d.message}`).join('\n'));
          writeFiles(dir, r.files);
        },
      });
      try {
        for (const q of c.requests) {
          if (q.skipOn?.[target] !== undefined) continue;
          const r = await send({ port: proxy.ports.http, path: q.path, ...(q.host ? { host: q.host } : {}), ...(q.method ? { method: q.method, body: q.body ?? '' } : {}), ...(q.headers ? { headers: q.headers } : {}) });
          for (const p of check(q, r, target)) problems.push(`${describe(q)}: ${p}`);
        }
      } finally {
        await proxy.stop();
      }
    } else if (target === 'traefik') {
      // The evaluator routes; the harness echo's answer is simulated (a path ending in /status/NNN
      // answers NNN), for the errors middleware too. An error page is the echo's answer to it, sent
      // with the status Traefik keeps (the original one).
      const out = readOutput(probe.files);
      const model = new TraefikModel(out.dynamic, { ...modelOptionsFromStatic(out.static), upstreamStatus: (p) => echoStatus(p.path) });
      for (const q of c.requests) {
        if (q.skipOn?.[target] !== undefined) continue;
        const o = model.route({ ...(q.host ? { host: q.host } : {}), path: q.path, https: false, ...(q.method ? { method: q.method } : {}), ...(q.headers ? { headers: q.headers } : {}) });
        const served = o.kind === 'proxied' || o.kind === 'errorPage' ? o : undefined;
        const by = served ? [...echoes].find(([, e]) => served.servers.includes(e.url))?.[0] : undefined;
        const simulated = simulatedEcho(served ? { by, path: served.forwardedPath, setHeaders: served.setHeaders } : undefined, o.status, o.kind === 'errorPage' ? { ...q, method: 'GET' } : q);
        const reply = o.kind === 'errorPage' ? { ...simulated, status: o.status, ...(simulated.json ? { json: { ...(simulated.json as object), method: 'GET', bodyLength: 0 } } : {}) } : simulated;
        for (const p of check(q, reply, target)) problems.push(`${describe(q)}: ${p}`);
      }
    } else if (target === 'gateway-api') {
      // The route evaluator: Services are ready unless the case says not; the echo is simulated as for Traefik.
      const objects = probe.files.flatMap((f) => parseAllDocuments(f.content).map((d) => d.toJS() as ConstructorParameters<typeof GatewayModel>[0][number]).filter((x) => x !== null));
      const model = new GatewayModel(objects, { ready: (ref) => c.services[ref.name]?.ready !== false });
      for (const q of c.requests) {
        if (q.skipOn?.[target] !== undefined) continue;
        const o = model.route({ ...(q.host ? { host: q.host } : { host: '127.0.0.1' }), path: q.path, https: false, ...(q.method ? { method: q.method } : {}), ...(q.headers ? { headers: q.headers } : {}) });
        for (const p of check(q, simulatedEcho(o.kind === 'proxied' ? { by: o.backend.name, path: o.forwardedPath, setHeaders: o.setHeaders ?? {} } : undefined, o.status, q), target)) problems.push(`${describe(q)}: ${p}`);
      }
    } else return { outcome: 'n/a', reason: `no request runner for ${target} here (compiled)` };
    if (problems.length) return { outcome: 'failed', reason: problems[0]!, details: `${c.source}: ${c.it}\n${problems.join('\n')}` };
    return { outcome: 'passed', reason: `${c.requests.length} requests` };
  } finally {
    await Promise.all([...echoes.values()].map((e) => e.close()));
  }
}

/** Every error-page case on `target`, as conformance results. */
export async function runErrorCases(target: TargetName): Promise<ScenarioResult[]> {
  const out: ScenarioResult[] = [];
  for (const [i, c] of ERROR_CASES.entries()) {
    let r: Awaited<ReturnType<typeof runOne>>;
    try {
      r = await runOne(c, target);
    } catch (e) {
      r = { outcome: 'failed', reason: (e as Error).message.split('\n')[0] ?? 'error', details: (e as Error).message };
    }
    out.push({ feature: ERRORS_FEATURE, index: i + 1, line: 0, name: `${c.source}: ${c.it}`, outcome: r.outcome, reason: r.reason, ...(r.details ? { details: r.details } : {}), flags: [] });
  }
  return out;
}

/** The status the harness echo answers for a request target: NNN for a path ending in /status/NNN, else 200. */
const echoStatus = (path: string): number => Number(/^(?:\/[^?]*)?\/status\/([2-5][0-9]{2})$/.exec(path.split('?')[0]!)?.[1] ?? 200);

/** What the harness echo would answer for a request an evaluator proxied (a path ending in /status/NNN: NNN, empty body). */
function simulatedEcho(p: { by: string | undefined; path: string; setHeaders: Record<string, string> } | undefined, status: number, q: ErrorRequest): Pick<Reply, 'status' | 'headers' | 'body' | 'json'> {
  if (!p) return { status, headers: {}, body: '' };
  const code = /^(?:\/[^?]*)?\/status\/([2-5][0-9]{2})$/.exec(p.path.split('?')[0]!)?.[1];
  const headers: Record<string, string> = Object.fromEntries(Object.entries(q.headers ?? {}).map(([k, v]) => [k.toLowerCase(), v]));
  for (const [k, v] of Object.entries(p.setHeaders)) if (v === '') delete headers[k];
  else headers[k] = v;
  const by = p.by ? { 'x-echo-service': p.by } : {};
  return code ? { status: Number(code), headers: by, body: '' } : { status: 200, headers: by, body: '{}', json: { path: p.path, headers } };
}
