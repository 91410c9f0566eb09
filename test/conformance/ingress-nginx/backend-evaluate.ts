// The ported backend cases (backend-cases.ts) on the targets without a proxy here, through their
// evaluators. Whether the real backend would answer follows from what the output makes the proxy
// speak to it, against what the backend speaks:
// - Traefik (test/traefik/): the router a request takes, then the server URL its service dials:
//   its scheme (http, https, h2c), and the static serversTransport (the backends' certificates come
//   from a private CA: without insecureSkipVerify Traefik would refuse them);
// - Gateway API (test/gateway-api/): the route (HTTPRoute or GRPCRoute: a GRPCRoute's backends get
//   HTTP/2) and the BackendTLSPolicy of its Service (TLS exactly when there is one, validated
//   against the policy's CA for its hostname).
import { isIP } from 'node:net';
import type { TargetName } from '../../../src/index.js';
import { validateStream } from '../../gateway-api/crd-validator.js';
import { modelOf } from '../../gateway-api/output.js';
import { modelOptionsFromStatic, TraefikModel } from '../../traefik/evaluate.js';
import { NeedsAuth, type AuthReply } from '../../traefik/forward-auth.js';
import { readOutput } from '../../traefik/output.js';
import { traefikValidator } from '../../traefik/strict-schema.js';
import type { BackendCase, BackendKind } from './backend-cases.js';
import { backendCtx, checkRefusal, claimed, compileCase, type CaseOutcome } from './backend-run.js';

/** What the evaluator says one request gets: a status, the service (backend name), the :authority/Host, request headers set on the way. */
type Answer = { status: number; service?: string; authority?: string; setHeaders?: Record<string, string> };
type Ask = (host: string, https: boolean, grpc: boolean, path?: string) => Answer;

function check(c: BackendCase, ask: Ask): CaseOutcome {
  const problems: string[] = [];
  for (const q of c.requests) {
    if (q.kind === 'http') {
      const a = ask(q.host, q.https === true, false, q.path);
      if (a.status !== q.expect.status) problems.push(`${q.https ? 'https' : 'http'}://${q.host}/: ${a.status}, expected ${q.expect.status}`);
      else if (q.expect.service !== undefined && a.service !== q.expect.service) problems.push(`${q.host}: ${a.service}, expected ${q.expect.service}`);
    } else {
      if (q.delayMs) continue; // a slow backend: timeouts are not evaluated
      const a = ask(q.host, q.tls, true);
      // Metadata the backend sees: the client's unless a middleware set the header.
      const seen = (k: string): string | undefined => a.setHeaders?.[k] ?? q.metadata?.[k];
      const mdOk = !q.expect.ok || Object.entries(q.expect.metadata ?? {}).every(([k, v]) => seen(k) === v);
      if (q.expect.ok && (a.status !== 200 || a.service !== q.expect.service || a.authority !== q.expect.authority || !mdOk)) problems.push(`gRPC ${q.host}: ${JSON.stringify(a)}, expected ${JSON.stringify(q.expect)}`);
      if (!q.expect.ok && a.status === 200) problems.push(`gRPC ${q.host}: served, expected an error`);
    }
  }
  return problems.length ? { outcome: 'failed', reason: problems[0]!, details: `${c.source}: ${c.it}\n${c.translation}\n${problems.join('\n')}` } : { outcome: 'passed', reason: `${c.requests.length} requests (evaluator)` };
}

/** Fake ports: the evaluators never dial; each service gets its own. */
const fakePorts = (c: BackendCase): Record<string, number> => Object.fromEntries(Object.keys(c.services).map((s, i) => [s, 20001 + i]));

/** The scheme a backend of this kind answers on. */
const SPEAKS: Record<BackendKind, string> = {
  http: 'http:',
  https: 'https:',
  'https-tls13': 'https:',
  'https-aes128': 'https:',
  'https-mtls': 'https:',
  'https-balancer': 'https:',
  'https-stranger': 'https:',
  grpc: 'h2c:',
  grpcs: 'https:',
  'grpcs-stranger': 'https:',
  auth: 'http:',
};

let traefikValidate: ReturnType<typeof traefikValidator> | undefined;

export function evaluateTraefikCase(c: BackendCase): CaseOutcome {
  const ports = fakePorts(c);
  const ctx = backendCtx();
  const r = compileCase(c, 'traefik', ctx, ports, { http: 18080, https: 18443 });
  const refusal = c.compileError || !claimed(c, 'traefik') ? checkRefusal(c, 'traefik', r) : undefined;
  if (refusal) return refusal;
  if (!r.ok) return { outcome: 'failed', reason: 'compile failed', details: r.diagnostics.map((d) => `${d.code} ${d.message}`).join('\n') };
  const out = readOutput(r.files);
  const schema = (traefikValidate ??= traefikValidator())(out.dynamic);
  if (schema.length) return { outcome: 'failed', reason: 'schema', details: schema.join('\n') };
  const skipVerify = (out.static as { serversTransport?: { insecureSkipVerify?: boolean } }).serversTransport?.insecureSkipVerify === true;
  const model = new TraefikModel(out.dynamic, modelOptionsFromStatic(out.static));
  /**
   * Go's TLS client with the service's serversTransport (else the static one): the backend's
   * certificate must chain to a rootCAs file (none: the system roots, which do not hold the test
   * CAs) and name serverName (else the URL's host), unless insecureSkipVerify; a backend asking
   * for a client certificate needs `certificates`.
   */
  const handshake = (service: string, kind: BackendKind, urlHost: string): boolean => {
    const name = out.dynamic.http?.services?.[service]?.loadBalancer?.serversTransport;
    const t = name !== undefined ? out.dynamic.http?.serversTransports?.[name] : { insecureSkipVerify: skipVerify };
    if (!t) return false;
    if (kind === 'https-mtls' && !(t.certificates ?? []).some((x) => out.files.has(x.certFile) && out.files.has(x.keyFile))) return false;
    if (t.insecureSkipVerify) return true;
    const cert = CERTS[kind];
    if (!cert) return false;
    const ca = cert.ca === 'ca' ? ctx.ca.cert : ctx.otherCa.cert;
    return (t.rootCAs ?? []).some((f) => out.files.get(f) === ca) && cert.names.includes(t.serverName ?? urlHost);
  };
  return check(c, (host, https, grpc, path) => {
    const o = routeWithAuth(model, { host, path: grpc ? '/ingressc.Echo/Unary' : (path ?? '/'), https, ...(grpc ? { method: 'POST' } : {}) });
    if (o.kind !== 'proxied') return { status: o.status };
    const url = new URL(o.servers[0]!);
    // A name (an ExternalName Service): Traefik's resolver, played by the case's DNS records; no record, no connection.
    if (c.dns && !isIP(url.hostname) && c.dns.records[url.hostname] === undefined) return { status: 502 };
    const svc = Object.entries(ports).find(([, p]) => String(p) === url.port)?.[0];
    const kind = svc !== undefined ? c.services[svc] : undefined;
    if (!kind || SPEAKS[kind] !== url.protocol) return { status: 502 };
    if (url.protocol === 'https:' && !handshake(o.service, kind, url.hostname)) return { status: 502 };
    return { status: 200, service: svc!, setHeaders: o.setHeaders, ...(o.forwardedHost !== undefined ? { authority: o.forwardedHost } : {}) };
  });
}

/**
 * A route through forwardAuth middlewares, answered as the harness's auth server answers
 * /response-headers?<name>=<value> (200 with those headers): the only auth path the cases use.
 */
function routeWithAuth(model: TraefikModel, req: Parameters<TraefikModel['route']>[0]): ReturnType<TraefikModel['route']> {
  const replies: AuthReply[] = [];
  for (;;) {
    try {
      return model.route(req, replies);
    } catch (e) {
      if (!(e instanceof NeedsAuth)) throw e;
      const url = new URL(e.request.url);
      if (url.pathname !== '/response-headers') throw new Error(`auth ${url.pathname}: the evaluator answers /response-headers only`);
      replies.push({ status: 200, headers: Object.fromEntries([...url.searchParams].map(([k, v]) => [k.toLowerCase(), [v]])) });
    }
  }
}

/** The names in each backend certificate and the CA that signed it (backend-run.ts backendCtx). */
const CERTS: Partial<Record<BackendKind, { names: string[]; ca: 'ca' | 'otherCa' }>> = {
  https: { names: ['backend.test'], ca: 'ca' },
  'https-tls13': { names: ['backend.test'], ca: 'ca' },
  'https-aes128': { names: ['backend.test'], ca: 'ca' },
  'https-mtls': { names: ['backend.test'], ca: 'ca' },
  'https-balancer': { names: ['upstream_balancer', 'upstream-balancer.test'], ca: 'ca' },
  'https-stranger': { names: ['backend.test'], ca: 'otherCa' },
  grpcs: { names: ['backend.test'], ca: 'ca' },
  'grpcs-stranger': { names: ['backend.test'], ca: 'otherCa' },
};

export function evaluateGatewayCase(c: BackendCase): CaseOutcome {
  const ctx = backendCtx();
  const r = compileCase(c, 'gateway-api', ctx, fakePorts(c), { http: 18080, https: 18443 });
  const refusal = c.compileError || !claimed(c, 'gateway-api') ? checkRefusal(c, 'gateway-api', r) : undefined;
  if (refusal) return refusal;
  if (c.gatewayRefused) {
    const ok = !r.ok && r.diagnostics.some((d) => d.code === 'IC4110' && d.loc !== undefined);
    return ok ? { outcome: 'n/a', reason: `refused (IC4110): ${c.gatewayRefused}` } : { outcome: 'failed', reason: `must refuse with IC4110: ${c.gatewayRefused}` };
  }
  if (!r.ok) return { outcome: 'failed', reason: 'compile failed', details: r.diagnostics.map((d) => `${d.code} ${d.message}`).join('\n') };
  const crd = r.files.flatMap((f) => validateStream(f.content).problems);
  if (crd.length) return { outcome: 'failed', reason: 'CRD validation', details: crd.join('\n') };
  const model = modelOf(r);
  if (c.gatewayUndecided) {
    // Undecided by the spec, and said so: IC4511 at the ExternalName Service's first use.
    if (!r.diagnostics.some((d) => d.code === 'IC4511' && d.loc !== undefined && d.message.includes(`/${c.gatewayUndecided!.service} `)))
      return { outcome: 'failed', reason: `no IC4511 warning for the ExternalName Service ${c.gatewayUndecided.service}` };
    return undecided(c, c.gatewayUndecided, (host, https, grpc) =>
      model.route({ host, path: grpc ? '/ingressc.Echo/Unary' : '/', https, ...(grpc ? { method: 'POST', headers: { 'content-type': 'application/grpc' } } : {}) }, https ? 18443 : 18080),
    );
  }
  return check(c, (host, https, grpc, path) => {
    const o = model.route({ host, path: grpc ? '/ingressc.Echo/Unary' : (path ?? '/'), https, ...(grpc ? { method: 'POST', headers: { 'content-type': 'application/grpc' } } : {}) }, https ? 18443 : 18080);
    if (o.kind !== 'proxied') return { status: o.status };
    const svc = o.backend.name;
    const kind = c.services[svc];
    if (!kind) return { status: 502 };
    const cert = CERTS[kind];
    if (!!cert !== !!o.backendTls) return { status: 502 };
    if (cert && o.backendTls && (!cert.names.includes(o.backendTls.hostname) || o.backendTls.caPem !== (cert.ca === 'ca' ? ctx.ca.cert : ctx.otherCa.cert))) return { status: 502 };
    if (kind.startsWith('grpc') && o.routeKind !== 'GRPCRoute') return { status: 502 };
    return { status: 200, service: svc, ...(o.forwardedHost !== undefined ? { authority: o.forwardedHost } : {}) };
  });
}

/** Every request's route names `u.service` (else a failure): the outcome is then the implementation's (n/a). */
function undecided(c: BackendCase, u: NonNullable<BackendCase['gatewayUndecided']>, route: (host: string, https: boolean, grpc: boolean) => ReturnType<ReturnType<typeof modelOf>['route']>): CaseOutcome {
  for (const q of c.requests) {
    const o = q.kind === 'http' ? route(q.host, q.https === true, false) : route(q.host, q.tls, true);
    const to = o.kind === 'proxied' ? o.backend.name : `status ${o.status}`;
    if (to !== u.service) return { outcome: 'failed', reason: `${q.host}: the route leads to ${to}, expected the Service ${u.service}` };
  }
  return { outcome: 'n/a', reason: u.why };
}

export function evaluateCase(c: BackendCase, target: Extract<TargetName, 'traefik' | 'gateway-api'>): CaseOutcome {
  return target === 'traefik' ? evaluateTraefikCase(c) : evaluateGatewayCase(c);
}
