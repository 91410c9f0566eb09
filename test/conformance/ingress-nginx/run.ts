// Runs the ported ingress-nginx cases (cases.ts) on one target: live on nginx, HAProxy and Envoy
// (requests sent from the case's loopback source addresses), through the rule evaluator for
// Traefik. A target that refuses to compile a case with IC2101 (fail closed) reports it as not
// applicable, with the refusal as the reason; any other compile failure is a failure.
import { compile, type CompileResult, type TargetName } from '../../../src/index.js';
import { NGINX_ANNOTATIONS } from '../../../src/providers/ingress-nginx/keys.js';
import { NGINX_PREFIX } from '../../../src/providers/ingress-nginx/read.js';
import { supportOf } from '../../../src/providers/ingress-nginx/support.js';
import { writeFiles } from '../../e2e/run-table.js';
import { postExpectingContinue, send, startAuthServer, startEcho, startProxy, type AuthServer, type ProxyKind } from '../../harness/index.js';
import { modelOptionsFromStatic, TraefikModel } from '../../traefik/evaluate.js';
import { readOutput } from '../../traefik/output.js';
import { askAuthServer } from '../../traefik/auth-client.js';
import { evaluatedReply } from '../../traefik/reply.js';
import type { ScenarioResult } from '../scenario.js';
import { ACCESS_CASES, ACCESS_EXTRA_CASES, BODY_CASES, REGEX_POLICY_CASES, type PortedCase, type PortedRequest } from './cases.js';
import { CANARY_CASES } from './canary-cases.js';
import { LIMIT_CASES } from './limit-cases.js';
import { AUTH_CASES, AUTH_EXTRA_CASES } from './auth-cases.js';
import { AUTH_HEADER_CASES } from './auth-headers-cases.js';
import { ROUTE_KIND_POLICY_CASES } from './regex-policy-cases.js';

export const PORTED_FEATURE = 'ingress-nginx/access-and-limits';
const LIVE: readonly string[] = ['nginx', 'haproxy', 'envoy', 'caddy'];
const isLive = (_c: PortedCase, target: string): boolean => LIVE.includes(target);

/** "{{auth}}" in an annotation value: the URL of the test's auth service. */
const withAuthUrl = (a: Record<string, string>, authUrl: string): Record<string, string> =>
  Object.fromEntries(Object.entries(a).map(([k, v]) => [k, v.replace('{{auth}}', authUrl)]));

const needsAuthServer = (c: PortedCase): boolean => c.ingresses.some((i) => Object.values(i.annotations).some((v) => v.includes('{{auth}}')));

const ingressYaml = (c: PortedCase, i: PortedCase['ingresses'][number], authUrl: string): string => `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: ${i.name}
  namespace: default
  annotations: ${JSON.stringify(withAuthUrl(i.annotations, authUrl))}
spec:
  ingressClassName: nginx
  rules:
  - host: ${c.host}
    http:
      paths:
      - {path: ${JSON.stringify(i.path ?? '/')}, pathType: ${i.pathType ?? 'Prefix'}, backend: {service: {name: ${i.service ?? 'echo'}, port: {number: 80}}}}
`;

/** A Service whose EndpointSlice has no ready endpoint: the route answers 503. */
const emptyService = (svc: string): string => `apiVersion: v1
kind: Service
metadata: {name: ${svc}, namespace: default}
spec:
  ports: [{port: 80}]
---
apiVersion: discovery.k8s.io/v1
kind: EndpointSlice
metadata: {name: ${svc}-1, namespace: default, labels: {kubernetes.io/service-name: ${svc}}}
addressType: IPv4
ports: [{port: 80}]
endpoints:
- addresses: [10.0.0.9]
  conditions: {ready: false}
`;

export function compilePorted(c: PortedCase, target: TargetName, ports: { http: number; https: number }, echoPort: number, authUrl = 'http://127.0.0.1:9'): CompileResult {
  const sources = c.ingresses.map((i) => ({ path: `${i.name}.yaml`, text: ingressYaml(c, i, authUrl) }));
  for (const s of c.noEndpoints ?? []) sources.push({ path: `${s}-service.yaml`, text: emptyService(s) });
  (typeof c.objects === 'function' ? c.objects(target) : c.objects ?? []).forEach((text, i) => sources.push({ path: `object-${i}.yaml`, text }));
  return compile(sources, { target, listenHttp: `127.0.0.1:${ports.http}`, listenHttps: `127.0.0.1:${ports.https}`, backends: [`default/echo:80=127.0.0.1:${echoPort}`] });
}

/**
 * The compile refused only because the target cannot enforce an access annotation (fail closed),
 * and support.ts indeed lists no support for one of the case's keys on it? (A refusal of a key the
 * matrix claims is a failure, not "n/a".)
 */
export function refusedClosed(r: CompileResult, c: PortedCase, target: TargetName): string | undefined {
  const errors = r.diagnostics.filter((d) => d.severity === 'error');
  // A located refusal the case expects on this target (a hash format it cannot check, a denied location).
  const expected = c.deniedWith ?? c.refusedWith?.[target];
  if (!r.ok && expected !== undefined && errors.length > 0 && errors.every((d) => d.code === expected || d.code === 'IC2101') && errors.some((d) => d.code === expected && d.loc !== undefined))
    return `compile exits 1 (fail closed): ${expected} at ${errors.find((d) => d.code === expected)!.loc!.file}:${errors.find((d) => d.code === expected)!.loc!.line}`;
  // IC2101: an access key the target cannot enforce; IC2102: a routing key it cannot honour.
  if (r.ok || errors.length === 0 || !errors.every((d) => d.code === 'IC2101' || d.code === 'IC2102')) return undefined;
  const keys = c.ingresses.flatMap((i) => Object.keys(i.annotations)).map((k) => k.slice(NGINX_PREFIX.length));
  if (keys.every((k) => supportOf(k, target))) return undefined;
  return `compile exits 1 (fail closed): ${[...new Set(errors.map((d) => d.field ?? d.message))].join(', ')} not ${errors.every((d) => d.code === 'IC2101') ? 'enforceable' : 'honoured'}`;
}

const describe = (c: PortedCase, q: PortedRequest): string => `${q.bodyBytes !== undefined ? `POST (${q.bodyBytes} bytes)` : 'GET'} http://${c.host}${q.path ?? '/'} from ${q.from}${q.headers ? ` ${JSON.stringify(q.headers)}` : ''}`;

const KNOWN: readonly string[] = ['nginx', 'haproxy', 'envoy', 'traefik', 'caddy'];

async function runOne(c: PortedCase, target: TargetName): Promise<{ outcome: ScenarioResult['outcome']; reason: string; details?: string }> {
  const r = await exercise(c, target);
  if (!KNOWN.includes(target) && !isLive(c, target)) return r;
  // An access key without a support row on the target must fail closed (IC2101); a row claims live proof.
  const unsupported = c.ingresses.some((i) => Object.keys(i.annotations).some((k) => NGINX_ANNOTATIONS.some((a) => `${NGINX_PREFIX}${a.key}` === k && a.kind === 'access') && !supportOf(k.slice(NGINX_PREFIX.length), target)));
  const mustRefuse = c.refusedOn?.includes(target) === true || c.deniedWith !== undefined || c.refusedWith?.[target] !== undefined || unsupported;
  const refused = r.outcome === 'n/a';
  if (mustRefuse && !refused) return { outcome: 'failed', reason: `${target} must refuse to compile this case (fail closed), and did not` };
  if (!mustRefuse && refused) return { outcome: 'failed', reason: `${target} refused a case it must serve: ${r.reason}` };
  return r;
}

async function exercise(c: PortedCase, target: TargetName): Promise<{ outcome: ScenarioResult['outcome']; reason: string; details?: string }> {
  const echo = await startEcho('echo');
  const auth: AuthServer | undefined = needsAuthServer(c) ? await startAuthServer() : undefined;
  const authUrl = auth?.url ?? 'http://127.0.0.1:9';
  try {
    const problems: string[] = [];
    const checkBurst = (q: PortedRequest, statuses: number[]): void => {
      // A target whose support row names another refusal status (expectOn) answers it where the case says `expect`.
      const among = (q.expectAmong ?? [q.expect]).map((s) => (s === q.expect ? (q.expectOn?.[target] ?? s) : s));
      const counts = statuses.reduce<Record<number, number>>((m, s) => ({ ...m, [s]: (m[s] ?? 0) + 1 }), {});
      const wrong = statuses.filter((s) => !among.includes(s));
      const missing = among.filter((s) => !statuses.includes(s));
      if (wrong.length || missing.length) problems.push(`${describe(c, q)} × ${q.burst} at once: statuses ${JSON.stringify(counts)}, expected only and each of ${among.join(', ')}`);
    };
    const check = (q: PortedRequest, status: number, service: string | undefined, reply?: { headers: Record<string, string | string[] | undefined>; json?: unknown }): void => {
      const expect = q.expectOn?.[target] ?? q.expect;
      if (status !== expect) problems.push(`${describe(c, q)}: status ${status}, expected ${expect}`);
      else if (expect === 200 && service !== 'echo') problems.push(`${describe(c, q)}: answered by ${service ?? '(not the backend)'}`);
      if (!reply) return;
      const header = (name: string): string | undefined => {
        const v = reply.headers[name];
        return Array.isArray(v) ? v.join(', ') : v;
      };
      for (const [name, value] of Object.entries(typeof q.expectHeaders === 'function' ? q.expectHeaders(target) : q.expectHeaders ?? {})) if (header(name) !== value) problems.push(`${describe(c, q)}: ${name} ${JSON.stringify(header(name))}, expected ${JSON.stringify(value)}`);
      for (const [name, part] of Object.entries(typeof q.expectHeaderContains === 'function' ? q.expectHeaderContains(target) : q.expectHeaderContains ?? {})) {
        const v = header(name);
        if (part === '' ? v !== undefined : !v?.includes(part)) problems.push(`${describe(c, q)}: ${name} ${JSON.stringify(v)}, expected ${part === '' ? 'none' : `one containing ${JSON.stringify(part)}`}`);
      }
      const seen = (reply.json as { headers?: Record<string, string | string[] | undefined> } | undefined)?.headers;
      for (const [name, value] of Object.entries(q.backendHeaders ?? {})) {
        const v = seen?.[name];
        if (value === null ? v !== undefined : v !== value) problems.push(`${describe(c, q)}: the backend saw ${name} ${JSON.stringify(v)}, expected ${value === null ? 'none' : JSON.stringify(value)}`);
      }
    };
    if (isLive(c, target)) {
      let refused: string | undefined;
      let compileError: string | undefined;
      let proxy;
      try {
        proxy = await startProxy({
          kind: target as ProxyKind,
          build: (ports, dir) => {
            const r = compilePorted(c, target, ports, echo.port, authUrl);
            refused = refusedClosed(r, c, target);
            if (!r.ok) {
              compileError = r.diagnostics.map((d) => `${d.code} ${d.message}`).join('\n');
              throw new Error('compile failed');
            }
            writeFiles(dir, r.files);
          },
        });
      } catch (e) {
        if (refused) return { outcome: 'n/a', reason: refused };
        return { outcome: 'failed', reason: compileError ? 'compile failed' : 'proxy did not start', details: compileError ?? (e as Error).message };
      }
      try {
        for (const q of c.requests) {
          if (q.burst !== undefined) {
            const replies = await Promise.all(
              Array.from({ length: q.burst }, () => send({ port: proxy.ports.http, host: c.host, path: q.path ?? '/', localAddress: q.from, timeoutMs: 20_000 }).then((r) => r.status, () => 0)),
            );
            checkBurst(q, replies);
            continue;
          }
          if (q.bodyBytes !== undefined) {
            const r = await postExpectingContinue(proxy.ports.http, c.host, q.path ?? '/', q.from, q.bodyBytes);
            check(q, r.status, r.service);
            continue;
          }
          const t0 = performance.now();
          const r = await send({ port: proxy.ports.http, host: c.host, path: q.path ?? '/', localAddress: q.from, timeoutMs: 60_000, ...(q.headers ? { headers: q.headers } : {}) });
          const ms = performance.now() - t0;
          // ?bytes=N replies are plain text: the echo names itself in a header.
          check(q, r.status, (r.json as { service?: string } | undefined)?.service ?? (r.headers['x-echo-service'] as string | undefined), r);
          if (q.atLeastMs !== undefined && ms < q.atLeastMs) problems.push(`${describe(c, q)}: answered in ${Math.round(ms)} ms, expected at least ${q.atLeastMs} ms`);
          if (q.atMostMs !== undefined && ms > q.atMostMs) problems.push(`${describe(c, q)}: answered in ${Math.round(ms)} ms, expected at most ${q.atMostMs} ms`);
        }
      } finally {
        await proxy.stop();
      }
    } else {
      const ports = { http: 18080, https: 18443 };
      const r = compilePorted(c, target, ports, echo.port, authUrl);
      const refused = refusedClosed(r, c, target);
      if (refused) return { outcome: 'n/a', reason: refused };
      if (!r.ok) return { outcome: 'failed', reason: 'compile failed', details: r.diagnostics.map((d) => `${d.code} ${d.message}`).join('\n') };
      // A target this runner cannot send requests to (Gateway API, Caddy): an access annotation must
      // have failed closed above; what compiles (tuning, with its warning) is not observable here.
      if (target !== 'traefik') {
        if (c.ingresses.some((i) => Object.keys(i.annotations).some((k) => NGINX_ANNOTATIONS.some((a) => `${NGINX_PREFIX}${a.key}` === k && a.kind === 'access'))))
          return { outcome: 'failed', reason: `${target} compiled an access annotation this runner cannot check` };
        return { outcome: 'n/a', reason: `no request runner for ${target} here; compiled with ${r.diagnostics.filter((d) => d.severity === 'warning').map((d) => d.code).join(', ') || 'no warning'}` };
      }
      const out = readOutput(r.files);
      const model = new TraefikModel(out.dynamic, modelOptionsFromStatic(out.static));
      const echoUrl = `http://127.0.0.1:${echo.port}`;
      for (const q of c.requests) {
        if (q.atLeastMs !== undefined || q.atMostMs !== undefined) return { outcome: 'failed', reason: 'the Traefik evaluator has no clock for response times: a bandwidth limit it compiles cannot be checked here' };
        // A burst arrives at one instant of the evaluator's clock, every request still in progress (inFlightReq) until all are answered.
        if (q.burst !== undefined) {
          const statuses: number[] = [];
          for (let i = 0; i < q.burst; i++) statuses.push((await model.routeAsync({ host: c.host, path: q.path ?? '/', https: false, clientIp: q.from, concurrent: true }, askAuthServer)).status);
          model.limits.settle();
          checkBurst(q, statuses);
          continue;
        }
        // forwardAuth calls the live auth server (askAuthServer); the rest is evaluated.
        const o = await model.routeAsync({ host: c.host, path: q.path ?? '/', https: false, clientIp: q.from, ...(q.headers ? { headers: q.headers } : {}), ...(q.bodyBytes !== undefined ? { method: 'POST', bodyBytes: q.bodyBytes } : {}) }, askAuthServer);
        check(q, o.status, o.kind === 'proxied' && o.servers.includes(echoUrl) ? 'echo' : undefined, evaluatedReply(q.headers, o));
      }
    }
    if (problems.length) return { outcome: 'failed', reason: problems[0]!, details: `${c.source}: ${c.it}\n${problems.join('\n')}` };
    return { outcome: 'passed', reason: `${c.requests.length} requests` };
  } finally {
    await echo.close();
    await auth?.close();
  }
}

export const PORTED_CASES: readonly PortedCase[] = [...ACCESS_CASES, ...ACCESS_EXTRA_CASES, ...BODY_CASES, ...REGEX_POLICY_CASES, ...CANARY_CASES, ...LIMIT_CASES, ...AUTH_CASES, ...AUTH_EXTRA_CASES, ...AUTH_HEADER_CASES, ...ROUTE_KIND_POLICY_CASES];

/** Every ported case on `target`, as conformance results (feature "ingress-nginx/access"). */
/** `only`: the cases to run (default all; a test may run one family's). */
export async function runPorted(target: TargetName, only: (c: PortedCase) => boolean = () => true): Promise<ScenarioResult[]> {
  const out: ScenarioResult[] = [];
  for (const [i, c] of PORTED_CASES.entries()) {
    if (!only(c)) continue;
    const r = await runOne(c, target);
    out.push({ feature: PORTED_FEATURE, index: i + 1, line: 0, name: `${c.source}: ${c.it}`, outcome: r.outcome, reason: r.reason, ...(r.details ? { details: r.details } : {}), flags: [] });
  }
  return out;
}
