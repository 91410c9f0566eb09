// Runs the ported header cases (headers-cases.ts): live on nginx, HAProxy, Envoy and Caddy; through
// the Traefik and Gateway API evaluators for the response headers they model (the request headers
// a backend receives are not observable there). A case a target must refuse passes when the
// compile fails with that code, located; any other compile failure is a failure.
import { compile, type CompileResult, type TargetName } from '../../../src/index.js';
import { configMapYaml, ingressYaml } from '../../e2e/configmap-live.js';
import { writeFiles } from '../../e2e/run-table.js';
import { evaluateGatewayApi } from '../../gateway-api/conformance-adapter.js';
import { send, startEcho, startProxy, type ProxyKind } from '../../harness/index.js';
import { modelOptionsFromStatic, TraefikModel } from '../../traefik/evaluate.js';
import { readOutput } from '../../traefik/output.js';
import type { ScenarioResult } from '../scenario.js';
import { HEADER_CASES, type HeaderCase, type HeaderRequest } from './headers-cases.js';

export const HEADERS_FEATURE = 'ingress-nginx/headers';
const LIVE: readonly string[] = ['nginx', 'haproxy', 'envoy', 'caddy'];

const mapYaml = (id: string, data: Record<string, string>): string => {
  const [namespace, name] = id.split('/');
  return `apiVersion: v1\nkind: ConfigMap\nmetadata: {name: ${name}, namespace: ${namespace}}\ndata:\n${Object.entries(data).map(([k, v]) => `  ${JSON.stringify(k)}: ${JSON.stringify(v)}\n`).join('')}`;
};

export function compileHeaders(c: HeaderCase, target: TargetName, ports: { http: number; https: number }, echoPort: number): CompileResult {
  const sources = [{ path: 'ing.yaml', text: ingressYaml('headers', c.host, c.annotations) }];
  for (const [id, data] of Object.entries(c.configMaps ?? {})) sources.push({ path: `${id.replace('/', '-')}.yaml`, text: mapYaml(id, data) });
  if (c.controller) sources.push({ path: 'cm.yaml', text: configMapYaml(c.controller) });
  return compile(sources, {
    target,
    listenHttp: `127.0.0.1:${ports.http}`,
    listenHttps: `127.0.0.1:${ports.https}`,
    backends: [`default/echo:80=127.0.0.1:${echoPort}`],
    ...(c.controller ? { controllerConfig: 'ingress-nginx/ingress-nginx-controller' } : {}),
  });
}

const describe = (c: HeaderCase, q: HeaderRequest): string => `GET http://${c.host}${q.path ?? '/'}${q.from ? ` from ${q.from}` : ''}${q.headers ? ` ${JSON.stringify(q.headers)}` : ''}`;

type Result = { outcome: ScenarioResult['outcome']; reason: string; details?: string };

/** The expected refusal on `target`: the case's own (every target) or its target's. */
function refusal(c: HeaderCase, target: TargetName, r: CompileResult): Result | undefined {
  const want = c.refusedWith ?? c.refusedOn?.[target];
  if (want === undefined) return r.ok ? undefined : { outcome: 'failed', reason: 'compile failed', details: r.diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.code} ${d.message}`).join('\n') };
  const hit = r.diagnostics.find((d) => d.code === want && d.severity === 'error' && d.loc);
  if (r.ok || !hit) return { outcome: 'failed', reason: `${target} must refuse this case with ${want}, located; got ${r.ok ? 'an output' : r.diagnostics.map((d) => d.code).join(', ')}` };
  const located = `${hit.code} at ${hit.loc!.file}:${hit.loc!.line}`;
  // Refused by ingress-nginx too (a denied location, 503): the same outcome, failing earlier. Else the target cannot do it.
  return c.refusedWith ? { outcome: 'passed', reason: `refused with ${located} (ingress-nginx answers 503)` } : { outcome: 'n/a', reason: `compile exits 1: ${located} (not honoured on ${target})` };
}

function checkReply(c: HeaderCase, q: HeaderRequest, status: number, responseHeaders: Record<string, string | string[] | undefined>, backend: Record<string, unknown> | undefined, problems: string[]): void {
  if (status !== q.expect) problems.push(`${describe(c, q)}: status ${status}, expected ${q.expect}`);
  if (status !== 200) return;
  const lower = Object.fromEntries(Object.entries(responseHeaders).map(([k, v]) => [k.toLowerCase(), Array.isArray(v) ? v.join(', ') : v]));
  for (const [name, value] of Object.entries(q.responseHeaders ?? {})) {
    const got = lower[name.toLowerCase()];
    if (value === null ? got !== undefined : got !== value) problems.push(`${describe(c, q)}: response header ${name} ${JSON.stringify(got)}, expected ${value === null ? 'none' : JSON.stringify(value)}`);
  }
  if (!backend) return;
  for (const [name, value] of Object.entries(q.backendHeaders ?? {})) if (backend[name] !== value) problems.push(`${describe(c, q)}: the backend saw ${name} ${JSON.stringify(backend[name])}, expected ${JSON.stringify(value)}`);
}

async function runOne(c: HeaderCase, target: TargetName): Promise<Result> {
  const echo = await startEcho('echo');
  try {
    const problems: string[] = [];
    if (LIVE.includes(target)) {
      const pre = compileHeaders(c, target, { http: 18080, https: 18443 }, echo.port);
      const refused = refusal(c, target, pre);
      if (refused) return refused;
      const proxy = await startProxy({ kind: target as ProxyKind, build: (ports, dir) => writeFiles(dir, compileHeaders(c, target, ports, echo.port).files) });
      try {
        for (const q of c.requests) {
          const r = await send({ port: proxy.ports.http, host: c.host, path: q.path ?? '/', ...(q.from ? { localAddress: q.from } : {}), ...(q.headers ? { headers: q.headers } : {}), timeoutMs: 20_000 });
          checkReply(c, q, r.status, r.headers, (r.json as { headers?: Record<string, unknown> } | undefined)?.headers, problems);
        }
      } finally {
        await proxy.stop();
      }
    } else {
      const r = compileHeaders(c, target, { http: 18080, https: 18443 }, echo.port);
      const refused = refusal(c, target, r);
      if (refused) return refused;
      if (c.requests.every((q) => !q.responseHeaders)) return { outcome: 'n/a', reason: `the ${target} evaluator does not model the request headers a backend receives` };
      const files = new Map(r.files.map((f) => [f.path, f.content]));
      for (const q of c.requests) {
        if (target === 'traefik') {
          const out = readOutput(r.files);
          const o = new TraefikModel(out.dynamic, modelOptionsFromStatic(out.static)).route({ host: c.host, path: q.path ?? '/', https: false, clientIp: q.from ?? '127.0.0.1', ...(q.headers ? { headers: q.headers } : {}) });
          checkReply(c, q, o.status, o.responseHeaders ?? {}, undefined, problems);
        } else {
          const o = evaluateGatewayApi('', { host: c.host, path: q.path ?? '/', https: false, method: 'GET', ...(q.headers ? { headers: Object.fromEntries(Object.entries(q.headers).map(([k, v]) => [k, [v]])) } : {}) }, files);
          checkReply(c, q, o.status, o.responseHeaders ?? {}, undefined, problems);
        }
      }
    }
    if (problems.length) return { outcome: 'failed', reason: problems[0]!, details: `${c.source}: ${c.it}\n${problems.join('\n')}` };
    return { outcome: 'passed', reason: `${c.requests.length} requests${LIVE.includes(target) ? '' : ' (evaluator: response headers and status)'}` };
  } finally {
    await echo.close();
  }
}

/** Every header case on `target`, as conformance results. */
export async function runHeaderCases(target: TargetName): Promise<ScenarioResult[]> {
  const out: ScenarioResult[] = [];
  for (const [i, c] of HEADER_CASES.entries()) {
    const r = await runOne(c, target);
    out.push({ feature: HEADERS_FEATURE, index: i + 1, line: 0, name: `${c.source}: ${c.it}`, outcome: r.outcome, reason: r.reason, ...(r.details ? { details: r.details } : {}), flags: [] });
  }
  return out;
}
