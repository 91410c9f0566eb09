import type { SourceRef } from '../../diagnostics/types.js';
import { routesOf, upstreamHost, upstreamIsGrpc, type Route, type RouteTable, type Upstream, type VirtualHost } from '../../ir/types.js';
import type { GatewayRef } from './listeners.js';
import { API_VERSION, type BackendRef, type BackendTLSPolicy, type ConfigMap, type GRPCRouteMatch, type GRPCRouteRule, type ParentRef, type GRPCRoute } from './types.js';

export interface BackendProblem {
  origin: SourceRef;
  what: string;
  detail: string;
}

/** What a BackendTLSPolicy says of an upstream's TLS (versions, depth and ciphers are the implementation's). */
const expressed = (u: Upstream): string => JSON.stringify([u.tls?.verify?.ca, u.tls?.verify?.name, u.tls?.clientCertificate]);

/** Gateway API's PreciseHostname (BackendTLSPolicy validation.hostname). */
const PRECISE_HOSTNAME = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
/** GRPCMethodMatch service and method patterns. */
const GRPC_SERVICE = /^(?:\.?[A-Za-z_][A-Za-z_0-9]*)(?:\.[A-Za-z_][A-Za-z_0-9]*)*$/;
const GRPC_METHOD = /^[A-Za-z_][A-Za-z_0-9]*$/;

const upstreamsOf = (vh: VirtualHost): string[] => [...routesOf(vh).map((r) => r.upstream), ...(vh.fallback ? [vh.fallback] : [])];

/**
 * Which vhosts become a GRPCRoute: those whose every backend speaks gRPC. Gateway API lets a
 * listener hostname be served by an HTTPRoute or a GRPCRoute, not both (GRPCRoute hostnames: of
 * two intersecting routes of the two kinds only one is accepted, by creation time), so a vhost
 * mixing gRPC and HTTP backends, or a gRPC vhost whose hostname intersects an HTTP vhost's (the
 * host-less rules, the default backend, a covering wildcard), is refused.
 */
export function grpcVhosts(ir: RouteTable, byId: ReadonlyMap<string, Upstream>, problems: BackendProblem[]): Set<VirtualHost> {
  const isGrpc = (id: string): boolean => upstreamIsGrpc(byId.get(id)!);
  const grpc = new Set<VirtualHost>();
  const http = ir.vhosts.filter((vh) => !upstreamsOf(vh).some(isGrpc) || upstreamsOf(vh).length === 0);
  for (const vh of ir.vhosts) {
    const ups = upstreamsOf(vh);
    if (!ups.some(isGrpc)) continue;
    const what = `host ${vh.name === '*' ? '(any host)' : vh.name}`;
    if (!ups.every(isGrpc)) {
      problems.push({ origin: vh.origin, what, detail: 'it mixes gRPC (backend-protocol GRPC/GRPCS) and HTTP backends, and Gateway API serves a hostname with either a GRPCRoute or an HTTPRoute, never both' });
      continue;
    }
    const clash = http.find((o) => o.kind === 'any' || vh.kind === 'any' || (o.kind === 'wildcard' && vh.name.endsWith(`.${o.wildcardSuffix}`)) || (vh.kind === 'wildcard' && o.name.endsWith(`.${vh.wildcardSuffix}`)));
    const defaultRoute = ir.defaultUpstream !== undefined && !ir.vhosts.some((v) => v.kind === 'any');
    if (clash || defaultRoute) {
      problems.push({ origin: vh.origin, what, detail: `its GRPCRoute would share hostnames with the HTTPRoute of ${clash ? (clash.kind === 'any' ? 'the rules without host' : clash.name) : 'the default backend'} on one listener, and Gateway API accepts only one of the two` });
      continue;
    }
    if (vh.pathOrder === 'regex-first-match') {
      problems.push({ origin: vh.origin, what, detail: 'regular-expression paths (use-regex, rewrite-target) have no GRPCRoute match' });
      continue;
    }
    grpc.add(vh);
  }
  return grpc;
}

/** "/" → every method; Prefix "/pkg.Svc" → the service; Exact "/pkg.Svc/Method" → the method. */
function methodMatch(r: Route): GRPCRouteMatch | 'all' | { problem: string } {
  if ((r.match === 'Prefix' || r.match === 'StringPrefix') && r.path === '/') return 'all';
  const parts = r.path.split('/');
  if (r.match === 'Prefix' && parts.length === 2 && GRPC_SERVICE.test(parts[1]!)) return { method: { type: 'Exact', service: parts[1]! } };
  if (r.match === 'Exact' && parts.length === 3 && GRPC_SERVICE.test(parts[1]!) && GRPC_METHOD.test(parts[2]!)) return { method: { type: 'Exact', service: parts[1]!, method: parts[2]! } };
  return { problem: `path ${r.sourcePath} (${r.pathType}) is not a gRPC service ("/pkg.Service", Prefix) or method ("/pkg.Service/Method", Exact), which is all a GRPCRoute matches` };
}

/** The GRPCRoute of a gRPC vhost: rules by upstream, the fallback last (no matches). */
export function grpcRoute(vh: VirtualHost, name: string, namespace: string, parents: ParentRef[], hostname: string | undefined, backend: (id: string) => BackendRef, problems: BackendProblem[]): GRPCRoute {
  const groups = new Map<string, GRPCRouteMatch[] | 'all'>();
  const what = `host ${vh.name === '*' ? '(any host)' : vh.name}`;
  for (const r of [...vh.exact, ...vh.prefix]) {
    if (upstreamHost(r) !== undefined) problems.push({ origin: r.origin, what, detail: 'upstream-vhost: a GRPCRoute cannot rewrite the :authority' });
    if (r.policies?.timeouts?.read !== undefined) problems.push({ origin: r.origin, what, detail: 'proxy-read-timeout: a GRPCRoute has no timeouts' });
    if (r.policies?.cors) problems.push({ origin: r.origin, what, detail: 'enable-cors: a GRPCRoute has no CORS filter' });
    if (r.mirror) problems.push({ origin: r.origin, what, detail: 'mirror-target: ingressc writes no RequestMirror on a GRPCRoute' });
    const m = methodMatch(r);
    if (typeof m === 'object' && 'problem' in m) {
      problems.push({ origin: r.origin, what, detail: m.problem });
      continue;
    }
    const prev = groups.get(r.upstream);
    if (m === 'all' || prev === 'all') groups.set(r.upstream, 'all');
    else groups.set(r.upstream, [...(prev ?? []), m]);
  }
  const rules: GRPCRouteRule[] = [...groups].map(([id, ms]) => ({ ...(ms === 'all' ? {} : { matches: ms }), backendRefs: [backend(id)] }));
  if (vh.fallback && ![...groups.values()].includes('all')) rules.push({ backendRefs: [backend(vh.fallback)] });
  if (rules.length > 16) problems.push({ origin: vh.origin, what, detail: `its GRPCRoute would need ${rules.length} rules (at most 16)` });
  return { apiVersion: API_VERSION, kind: 'GRPCRoute', metadata: { name, namespace }, spec: { parentRefs: parents, ...(hostname ? { hostnames: [hostname] } : {}), rules } };
}

/**
 * TLS to backends (backend-protocol HTTPS/GRPCS) as BackendTLSPolicy: one per Service, which
 * validates the certificate against the Secret's ca.crt (copied into a ConfigMap, the core way to
 * name a CA) for the proxy-ssl-name hostname, and sends it as SNI. Gateway API has no unverified
 * TLS to a backend, no client certificate in the standard channel, and a policy covers every
 * port of the Service: those cases are refused.
 */
export function backendTls(ir: RouteTable, _gw: GatewayRef, problems: BackendProblem[]): { policies: BackendTLSPolicy[]; configMaps: ConfigMap[] } {
  const byService = new Map<string, Upstream[]>();
  for (const u of ir.upstreams) byService.set(`${u.namespace}/${u.service}`, [...(byService.get(`${u.namespace}/${u.service}`) ?? []), u]);
  const policies: BackendTLSPolicy[] = [];
  const configMaps = new Map<string, ConfigMap>();
  for (const [key, ups] of [...byService].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const tlsUps = ups.filter((u) => u.protocol === 'https' || u.protocol === 'grpcs');
    if (tlsUps.length === 0) continue;
    const u = tlsUps[0]!;
    const what = `Service ${key}`;
    if (ups.some((x) => x.protocol !== 'https' && x.protocol !== 'grpcs') || tlsUps.some((x) => expressed(x) !== expressed(u))) {
      problems.push({ origin: u.origin, what, detail: 'it is reached with and without TLS, or with different TLS settings, and a BackendTLSPolicy applies to the whole Service' });
      continue;
    }
    const v = u.tls?.verify;
    if (!v) {
      problems.push({ origin: u.origin, what, detail: 'backend-protocol HTTPS/GRPCS without proxy-ssl-verify: Gateway API has no unverified TLS to a backend (a BackendTLSPolicy always validates the certificate); set proxy-ssl-secret (with ca.crt), proxy-ssl-verify: "on" and proxy-ssl-name' });
      continue;
    }
    const hostname = v.name.toLowerCase().replace(/\.$/, '');
    if (!PRECISE_HOSTNAME.test(hostname)) {
      problems.push({ origin: u.origin, what, detail: `the backend certificate name ${JSON.stringify(v.name)} is not a hostname a BackendTLSPolicy takes; set proxy-ssl-name` });
      continue;
    }
    if (u.tls?.clientCertificate !== undefined) {
      problems.push({ origin: u.origin, what, detail: 'the proxy-ssl-secret holds a client certificate (tls.crt), which a BackendTLSPolicy cannot present' });
      continue;
    }
    const ca = ir.backendCertificates?.find((b) => b.id === v.ca);
    if (!ca?.caPem) throw new Error(`gateway-api: CA ${v.ca} without PEM`);
    const cmName = `ingressc-ca-${ca.secretName}`.slice(0, 253);
    configMaps.set(`${ca.namespace}/${cmName}`, { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: cmName, namespace: ca.namespace }, data: { 'ca.crt': ca.caPem } });
    policies.push({
      apiVersion: API_VERSION,
      kind: 'BackendTLSPolicy',
      metadata: { name: `${u.service}-backend-tls`.slice(0, 253), namespace: u.namespace },
      spec: { targetRefs: [{ group: '', kind: 'Service', name: u.service }], validation: { caCertificateRefs: [{ group: '', kind: 'ConfigMap', name: cmName }], hostname } },
    });
  }
  return { policies, configMaps: [...configMaps.values()] };
}
