import { goRegexp } from '../traefik/go-regexp.js';
import { corsAnswer, type CorsFilter } from './cors.js';
/**
 * What a Gateway API implementation does with one request, from the spec (v1.6.1 HTTPRoute and
 * Gateway API reference), without an implementation:
 *  - listener: on the request's port and protocol, the listener (of the Gateway or its
 *    ListenerSets) whose hostname matches the SNI (HTTPS) or Host (HTTP) most specifically
 *    (exact > longest wildcard > none); its first certificateRef is the certificate;
 *  - routes: HTTPRoutes whose parentRefs name that listener; a route's hostnames match the Host
 *    (port ignored, one trailing dot dropped) exactly or, for "*.suffix", any name ending in
 *    ".suffix" (one or more labels); no hostnames = any host;
 *  - hostname precedence: rules of the route with the most specific matching hostname
 *    (non-wildcard characters, then characters); `fallThrough: false` (default, Envoy Gateway's
 *    model) keeps only the routes of that hostname, `fallThrough: true` (a literal reading of the
 *    spec) lets a less specific route's rules match when none of them does;
 *  - match precedence: Exact > longest PathPrefix > method > most header matches > most query
 *    matches; then the oldest route, then {namespace}/{name}, then rule order. ingressc's output
 *    must never rely on creation timestamps: two routes tied up to that point throw
 *    AmbiguousRouteError;
 *  - PathPrefix is element-wise ("/foo" matches "/foo", "/foo/", "/foo/bar", not "/foobar"; a
 *    trailing "/" in the value is ignored); Exact compares the whole path;
 *  - RegularExpression (Implementation-specific; the choices of Envoy Gateway, whose source was
 *    read for them: internal/gatewayapi/sort.go and its xDS translation): the value is RE2 syntax
 *    (read with the Go/RE2 translator of test/traefik/go-regexp.ts) that must match the WHOLE path
 *    (query excluded), as an Envoy safe_regex route match does; it ranks after Exact and before
 *    PathPrefix, a longer pattern text first; equal lengths fall to rule order (Envoy Gateway's
 *    sort is not stable there: ingressc never writes two of equal length on one host);
 *  - URLRewrite path: ReplaceFullPath replaces the path (query kept); ReplacePrefixMatch replaces
 *    the PathPrefix the rule matched, element-wise, per the spec's table ("/foo" → "/xyz":
 *    "/foo/bar" → "/xyz/bar", "/foo" → "/xyz", "/foo/" → "/xyz/"; → "/": "/foo/bar" → "/bar",
 *    "/foo" and "/foo/" → "/");
 *  - CORS filter: see cors.ts (a preflight answered by the gateway, headers on the proxied response);
 *  - no rule: 404; RequestRedirect: its status and Location (scheme, port — the scheme's
 *    well-known port is left out —, the request's host and path); backendRefs: the Service, or
 *    503 when it has no ready endpoints (the spec's SHOULD), 500 when it cannot be resolved.
 */
export interface GwRequest {
  host?: string;
  /** Path with optional query. */
  path: string;
  method?: string;
  https?: boolean;
  /** SNI; defaults to the host without port. */
  sni?: string;
  /** A list is several lines of one header (read joined by ","). */
  headers?: Record<string, string | readonly string[]>;
}

export interface ServiceRef {
  namespace: string;
  name: string;
  port: number;
}

export type GwOutcome =
  | {
      kind: 'proxied';
      status: 200;
      route: string;
      /** HTTPRoute, or GRPCRoute (the backend is spoken to with HTTP/2: h2c, or h2 over TLS). */
      routeKind?: 'HTTPRoute' | 'GRPCRoute';
      backend: ServiceRef;
      forwardedPath: string;
      forwardedHost: string | undefined;
      backendRequestTimeout?: string;
      /** The BackendTLSPolicy of the backend Service: TLS, validated for `hostname` against the CA PEM. */
      backendTls?: { hostname: string; caPem: string };
      setHeaders?: Record<string, string>;
      /** Headers the gateway puts on the backend's response: the CORS filter's (lowercase names), then a ResponseHeaderModifier's set (names as written), which replace the backend's. */
      responseHeaders?: Record<string, string>;
    }
  | { kind: 'redirect'; status: number; route: string; location: string }
  /** A CORS preflight the gateway answers itself (cors.ts). */
  | { kind: 'preflight'; status: 200; route: string; responseHeaders: Record<string, string> }
  | { kind: 'status'; status: 404 | 500 | 503; route?: string; reason: string };

export class AmbiguousRouteError extends Error {}

interface Obj {
  apiVersion: string;
  kind: string;
  metadata: { name: string; namespace: string; creationTimestamp?: string };
  spec: Record<string, unknown>;
}
interface Listener {
  name: string;
  hostname?: string;
  port: number;
  protocol: string;
  tls?: { certificateRefs?: { name: string; namespace?: string }[] };
}
interface ParentRef {
  group?: string;
  kind?: string;
  name: string;
  namespace?: string;
  sectionName?: string;
}
interface PathMatch {
  type?: string;
  value?: string;
}
interface Match {
  path?: PathMatch;
  method?: string;
  headers?: { type?: string; name: string; value: string }[];
  queryParams?: { type?: string; name: string; value: string }[];
}
interface Rule {
  matches?: Match[];
  filters?: {
    type: string;
    requestRedirect?: { scheme?: string; hostname?: string; port?: number; path?: { type: string; replaceFullPath?: string }; statusCode?: number };
    urlRewrite?: { hostname?: string; path?: { type?: string; replaceFullPath?: string; replacePrefixMatch?: string } };
    requestHeaderModifier?: { set?: { name: string; value: string }[] };
    cors?: CorsFilter;
    responseHeaderModifier?: { set?: { name: string; value: string }[] };
  }[];
  backendRefs?: { name: string; namespace?: string; port?: number; kind?: string; group?: string; weight?: number }[];
  timeouts?: { backendRequest?: string; request?: string };
}
interface RouteSpec {
  parentRefs?: ParentRef[];
  hostnames?: string[];
  rules?: Rule[];
}

export interface ModelOptions {
  fallThrough?: boolean;
  /** Whether a Service has ready endpoints (default: yes). */
  ready?: (ref: ServiceRef) => boolean;
}

interface PlacedListener extends Listener {
  /** Parent object: kind/namespace/name. */
  parent: { kind: string; namespace: string; name: string };
}

export class GatewayModel {
  private readonly listeners: PlacedListener[] = [];
  private readonly routes: Obj[];
  private readonly opts: Required<ModelOptions>;

  constructor(objects: readonly Obj[], opts: ModelOptions = {}) {
    this.opts = { fallThrough: opts.fallThrough ?? false, ready: opts.ready ?? (() => true) };
    const gateways = objects.filter((o) => o.kind === 'Gateway');
    if (gateways.length !== 1) throw new Error(`expected one Gateway, found ${gateways.length}`);
    const gw = gateways[0]!;
    for (const l of (gw.spec.listeners as Listener[]) ?? []) this.listeners.push({ ...l, parent: { kind: 'Gateway', namespace: gw.metadata.namespace, name: gw.metadata.name } });
    for (const s of objects.filter((o) => o.kind === 'ListenerSet')) {
      const p = s.spec.parentRef as ParentRef;
      if (p.name !== gw.metadata.name || (p.namespace ?? s.metadata.namespace) !== gw.metadata.namespace) throw new Error(`ListenerSet ${s.metadata.name} is not attached to the Gateway`);
      if (s.metadata.namespace !== gw.metadata.namespace || (gw.spec.allowedListeners as { namespaces?: { from?: string } } | undefined)?.namespaces?.from !== 'Same') throw new Error(`Gateway does not allow ListenerSet ${s.metadata.name}`);
      for (const l of (s.spec.listeners as Listener[]) ?? []) this.listeners.push({ ...l, parent: { kind: 'ListenerSet', namespace: s.metadata.namespace, name: s.metadata.name } });
    }
    const names = new Set<string>();
    for (const l of this.listeners) {
      const key = `${l.parent.kind}/${l.parent.name}/${l.name}`;
      if (names.has(key)) throw new Error(`duplicate listener ${key}`);
      names.add(key);
    }
    this.routes = objects.filter((o) => o.kind === 'HTTPRoute' || o.kind === 'GRPCRoute');
    for (const r of this.routes) for (const p of (r.spec as RouteSpec).parentRefs ?? []) if (!this.listenerOf(r, p).length) throw new Error(`${r.kind} ${r.metadata.name}: parentRef ${p.kind ?? 'Gateway'}/${p.name}/${p.sectionName ?? ''} names no listener`);
    this.policies = objects.filter((o) => o.kind === 'BackendTLSPolicy');
    this.configMaps = objects.filter((o) => o.kind === 'ConfigMap');
    checkRouteKinds(this.routes, (r, p) => this.listenerOf(r, p));
  }

  private readonly policies: Obj[];
  private readonly configMaps: Obj[];

  /** The BackendTLSPolicy targeting a Service (whole Service; sectionName is not modelled). */
  private backendTls(b: ServiceRef): { hostname: string; caPem: string } | 'invalid' | undefined {
    const p = this.policies.find((x) => x.metadata.namespace === b.namespace && (x.spec.targetRefs as { kind: string; name: string; sectionName?: string }[]).some((t) => t.kind === 'Service' && t.name === b.name && t.sectionName === undefined));
    if (!p) return undefined;
    const v = p.spec.validation as { hostname: string; caCertificateRefs?: { kind: string; name: string }[] };
    const ref = v.caCertificateRefs?.[0];
    const cm = ref?.kind === 'ConfigMap' ? this.configMaps.find((c) => c.metadata.namespace === b.namespace && c.metadata.name === ref.name) : undefined;
    const pem = (cm as unknown as { data?: Record<string, string> } | undefined)?.data?.['ca.crt'];
    return pem ? { hostname: v.hostname, caPem: pem } : 'invalid';
  }

  private listenerOf(route: Obj, p: ParentRef): PlacedListener[] {
    const ns = p.namespace ?? route.metadata.namespace;
    return this.listeners.filter((l) => l.parent.kind === (p.kind ?? 'Gateway') && l.parent.name === p.name && l.parent.namespace === ns && (p.sectionName === undefined || p.sectionName === l.name));
  }

  /** The listener a connection lands on, or undefined (connection refused / no such listener). */
  selectListener(https: boolean, port: number | undefined, name: string): PlacedListener | undefined {
    const cands = this.listeners.filter((l) => l.protocol === (https ? 'HTTPS' : 'HTTP') && (port === undefined || l.port === port));
    let best: PlacedListener | undefined;
    let bestScore: number[] | undefined;
    for (const l of cands) {
      const s = l.hostname === undefined ? [0, 0] : hostnameScore(l.hostname, name);
      if (!s) continue;
      if (!bestScore || compare(s, bestScore) > 0) {
        best = l;
        bestScore = s;
      }
    }
    return best;
  }

  route(req: GwRequest, port?: number): GwOutcome & { listener?: string; certificate?: string } {
    const host = canonicalHost(req.host);
    const sni = req.sni ?? host;
    const listener = this.selectListener(req.https === true, port, req.https ? sni : host);
    if (!listener) return { kind: 'status', status: 404, reason: 'no listener' };
    const cert = listener.tls?.certificateRefs?.[0];
    const extra = { listener: listener.name, ...(cert ? { certificate: `${cert.namespace ?? listener.parent.namespace}/${cert.name}` } : {}) };
    const q = req.path.indexOf('?');
    const path = q < 0 ? req.path : req.path.slice(0, q);
    const query = new URLSearchParams(q < 0 ? '' : req.path.slice(q + 1));
    const headers = new Map(Object.entries(req.headers ?? {}).map(([k, v]) => [k.toLowerCase(), typeof v === 'string' ? v : v.join(',')]));
    const method = req.method ?? 'GET';

    interface Cand {
      route: Obj;
      rule: Rule;
      m: Match;
      ruleIndex: number;
      host: number[];
      match: number[];
    }
    const cands: Cand[] = [];
    for (const r of this.routes) {
      const spec = r.spec as RouteSpec;
      if (!(spec.parentRefs ?? []).some((p) => this.listenerOf(r, p).includes(listener))) continue;
      const hs = routeHostScore(spec.hostnames, listener.hostname, host);
      if (!hs) continue;
      (spec.rules ?? []).forEach((rule, ruleIndex) => {
        if (r.kind === 'GRPCRoute') {
          // gRPC: POST with content-type application/grpc, path "/<service>/<method>".
          if (method !== 'POST' || !(headers.get('content-type') ?? '').startsWith('application/grpc')) return;
          for (const m of rule.matches?.length ? (rule.matches as unknown as GrpcMatch[]) : [{}]) {
            const ms = grpcMatchScore(m, path);
            if (ms) cands.push({ route: r, rule, m: {}, ruleIndex, host: hs, match: ms });
          }
          return;
        }
        for (const m of rule.matches?.length ? rule.matches : [{ path: { type: 'PathPrefix', value: '/' } }]) {
          const ms = matchScore(m, path, method, headers, query);
          if (ms) cands.push({ route: r, rule, m, ruleIndex, host: hs, match: ms });
        }
      });
    }
    // Without fall-through, only the most specific hostname among the routes that match the host counts.
    let pool = cands;
    if (!this.opts.fallThrough) {
      const allHost = this.routes
        .filter((r) => ((r.spec as RouteSpec).parentRefs ?? []).some((p) => this.listenerOf(r, p).includes(listener)))
        .map((r) => routeHostScore((r.spec as RouteSpec).hostnames, listener.hostname, host))
        .filter((s): s is number[] => s !== undefined);
      const top = allHost.reduce<number[] | undefined>((a, s) => (!a || compare(s, a) > 0 ? s : a), undefined);
      pool = top ? cands.filter((c) => compare(c.host, top) === 0) : [];
    }
    if (!pool.length) return { kind: 'status', status: 404, reason: 'no matching rule', ...extra };
    pool.sort((a, b) => compare(b.host, a.host) || compare(b.match, a.match) || cmpStr(routeKey(a.route), routeKey(b.route)) || a.ruleIndex - b.ruleIndex);
    const win = pool[0]!;
    const tie = pool.find((c) => c !== win && c.route !== win.route && compare(c.host, win.host) === 0 && compare(c.match, win.match) === 0);
    if (tie) throw new AmbiguousRouteError(`HTTPRoutes ${routeKey(win.route)} and ${routeKey(tie.route)} tie for ${host}${req.path}: the winner would depend on creation timestamps`);
    const name = win.route.metadata.name;
    const redirect = win.rule.filters?.find((f) => f.type === 'RequestRedirect')?.requestRedirect;
    if (redirect) {
      const scheme = redirect.scheme ?? (req.https ? 'https' : 'http');
      const rport = redirect.port ?? (redirect.scheme ? undefined : port);
      const well = (scheme === 'https' && rport === 443) || (scheme === 'http' && rport === 80) || rport === undefined;
      // path ReplaceFullPath (Extended): the path is replaced; the query is kept (Gateway API does not
      // say; Envoy's path_redirect keeps it).
      const q = req.path.indexOf('?');
      const target = redirect.path?.type === 'ReplaceFullPath' ? `${redirect.path.replaceFullPath ?? ''}${q < 0 ? '' : req.path.slice(q)}` : req.path;
      const location = `${scheme}://${redirect.hostname ?? host}${well ? '' : `:${rport}`}${target}`;
      return { kind: 'redirect', status: redirect.statusCode ?? 302, route: name, location, ...extra };
    }
    const cf = win.rule.filters?.find((f) => f.type === 'CORS')?.cors;
    const cors = cf ? corsAnswer(cf, method, headers) : undefined;
    if (cors?.preflight) return { kind: 'preflight', status: 200, route: name, responseHeaders: cors.headers, ...extra };
    const refs = win.rule.backendRefs ?? [];
    if (refs.length === 0) return { kind: 'status', status: 500, route: name, reason: 'no backendRefs', ...extra };
    // Several backendRefs: each request goes to one, drawn by weight (default 1; 0 never).
    const b = pickWeighted(refs);
    if (!b) return { kind: 'status', status: 500, route: name, reason: 'every backendRef has weight 0', ...extra };
    if ((b.kind ?? 'Service') !== 'Service' || (b.group ?? '') !== '' || b.port === undefined) return { kind: 'status', status: 500, route: name, reason: 'invalid backendRef', ...extra };
    const backend = { namespace: b.namespace ?? win.route.metadata.namespace, name: b.name, port: b.port };
    if (!this.opts.ready(backend)) return { kind: 'status', status: 503, route: name, reason: 'no ready endpoints', ...extra };
    // URLRewrite hostname replaces the Host the backend receives (path rewrites are not modelled).
    const rewrite = win.rule.filters?.find((f) => f.type === 'URLRewrite')?.urlRewrite;
    if (rewrite?.path?.type === 'ReplacePrefixMatch' && (win.rule.matches?.length !== 1 || win.m.path?.type !== 'PathPrefix')) return { kind: 'status', status: 500, route: name, reason: 'ReplacePrefixMatch without one PathPrefix match (route not accepted)', ...extra };
    // timeouts.backendRequest: a backend slower than this gets the Gateway's 504 (the caller knows the backend's delay).
    const bt = win.rule.timeouts?.backendRequest;
    // RequestHeaderModifier set: the backend receives these request headers (names lowercased).
    const sets = win.rule.filters?.filter((f) => f.type === 'RequestHeaderModifier').flatMap((f) => f.requestHeaderModifier?.set ?? []) ?? [];
    const setHeaders = sets.length ? { setHeaders: Object.fromEntries(sets.map((h) => [h.name.toLowerCase(), h.value])) } : {};
    const rsets = win.rule.filters?.filter((f) => f.type === 'ResponseHeaderModifier').flatMap((f) => f.responseHeaderModifier?.set ?? []) ?? [];
    const responseHeaders = rsets.length ? { responseHeaders: Object.fromEntries(rsets.map((h) => [h.name, h.value])) } : {};
    const tls = this.backendTls(backend);
    if (tls === 'invalid') return { kind: 'status', status: 500, route: name, reason: 'BackendTLSPolicy without its CA ConfigMap', ...extra };
    return {
      kind: 'proxied',
      status: 200,
      route: name,
      routeKind: win.route.kind as 'HTTPRoute' | 'GRPCRoute',
      backend,
      forwardedPath: rewritePath(req.path, rewrite?.path, win.m),
      forwardedHost: rewrite?.hostname ?? req.host,
      ...(bt !== undefined ? { backendRequestTimeout: bt } : {}),
      ...setHeaders,
      ...(cors || rsets.length ? { responseHeaders: { ...(cors?.headers ?? {}), ...(responseHeaders.responseHeaders ?? {}) } } : {}),
      ...(tls ? { backendTls: tls } : {}),
      ...extra,
    };
  }
}

/** A backendRef drawn at random by weight (the spec: "proportion of requests forwarded"). */
function pickWeighted<T extends { weight?: number }>(refs: readonly T[]): T | undefined {
  const live = refs.filter((r) => (r.weight ?? 1) > 0);
  const total = live.reduce((n, r) => n + (r.weight ?? 1), 0);
  let x = Math.random() * total;
  for (const r of live) {
    x -= r.weight ?? 1;
    if (x < 0) return r;
  }
  return live[live.length - 1];
}

const routeKey = (r: Obj): string => `${r.metadata.namespace}/${r.metadata.name}`;
const cmpStr = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Lexicographic comparison of score vectors. */
function compare(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) - (b[i] ?? 0);
  return 0;
}

/** Host header → name: lowercased, port and one trailing dot dropped. */
export function canonicalHost(h: string | undefined): string {
  let s = (h ?? '').trim().toLowerCase();
  const m = /^(\[[^\]]*\]|[^:]*)(?::\d*)?$/.exec(s);
  if (m) s = m[1]!;
  return s.endsWith('.') ? s.slice(0, -1) : s;
}

/** [non-wildcard characters, characters] when `pattern` matches `name`; a wildcard matches one or more labels. */
export function hostnameScore(pattern: string, name: string): number[] | undefined {
  if (pattern.startsWith('*.')) {
    const suffix = pattern.slice(1); // ".example.com"
    return name.endsWith(suffix) && name.length > suffix.length ? [0, pattern.length] : undefined;
  }
  return pattern === name ? [1, pattern.length] : undefined;
}

/** The route's hostnames, limited to the listener's, against the host; no hostnames = any host. */
function routeHostScore(hostnames: string[] | undefined, listenerHost: string | undefined, host: string): number[] | undefined {
  if (listenerHost !== undefined && !hostnameScore(listenerHost, host)) return undefined;
  if (!hostnames?.length) return [0, 0];
  let best: number[] | undefined;
  for (const h of hostnames) {
    const s = hostnameScore(h, host);
    if (s && (!best || compare(s, best) > 0)) best = s;
  }
  return best;
}

/** [kind (Exact 2, RegularExpression 1, PathPrefix 0), length, method, headers, query] when the match applies, else undefined. */
function matchScore(m: Match, path: string, method: string, headers: Map<string, string>, query: URLSearchParams): number[] | undefined {
  const type = m.path?.type ?? 'PathPrefix';
  const value = m.path?.value ?? '/';
  let exact = 0;
  let prefixLen = 0;
  if (type === 'Exact') {
    if (path !== value) return undefined;
    exact = 2;
  } else if (type === 'PathPrefix') {
    const v = trimSlash(value);
    if (!(v === '/' || path === v || path.startsWith(`${v}/`))) return undefined;
    prefixLen = v.length;
  } else if (type === 'RegularExpression') {
    if (!fullMatch(value).test(path)) return undefined;
    exact = 1;
    prefixLen = value.length;
  } else throw new Error(`path match type ${type} is not modelled`);
  if (m.method !== undefined && m.method !== method) return undefined;
  for (const h of m.headers ?? []) {
    if ((h.type ?? 'Exact') !== 'Exact') throw new Error(`header match type ${h.type} is not modelled`);
    if (headers.get(h.name.toLowerCase()) !== h.value) return undefined;
  }
  for (const qp of m.queryParams ?? []) {
    if ((qp.type ?? 'Exact') !== 'Exact') throw new Error(`query match type ${qp.type} is not modelled`);
    if (query.get(qp.name) !== qp.value) return undefined;
  }
  return [exact, prefixLen, m.method !== undefined ? 1 : 0, m.headers?.length ?? 0, m.queryParams?.length ?? 0];
}

const trimSlash = (v: string): string => (v.length > 1 && v.endsWith('/') ? v.slice(0, -1) : v);

const regexes = new Map<string, RegExp>();
/** An RE2 pattern as a JS RegExp that must match the whole subject. */
function fullMatch(re2: string): RegExp {
  let r = regexes.get(re2);
  if (!r) {
    const js = goRegexp(re2);
    r = new RegExp(`^(?:${js.source})$`, js.flags);
    regexes.set(re2, r);
  }
  return r;
}

/** The path (and query) the backend receives after a URLRewrite path. */
function rewritePath(target: string, rw: { type?: string; replaceFullPath?: string; replacePrefixMatch?: string } | undefined, m: Match): string {
  if (!rw) return target;
  const q = target.indexOf('?');
  const [path, query] = q < 0 ? [target, ''] : [target.slice(0, q), target.slice(q)];
  if (rw.type === 'ReplaceFullPath') return `${rw.replaceFullPath ?? ''}${query}`;
  if (rw.type !== 'ReplacePrefixMatch') throw new Error(`URLRewrite path type ${rw.type} is not modelled`);
  const prefix = trimSlash(m.path?.value ?? '/');
  const rest = prefix === '/' ? path.slice(1) : path.slice(prefix.length).replace(/^\//, '');
  const repl = trimSlash(rw.replacePrefixMatch ?? '/');
  const trailing = path.length > prefix.length && path.endsWith('/') && rest === '';
  if (repl === '/' || repl === '') return `/${rest}${query}`;
  return `${repl}${rest || trailing ? `/${rest}` : ''}${query}`;
}

interface GrpcMatch {
  method?: { type?: string; service?: string; method?: string };
}

/** [method given, service length] when a GRPCRoute match applies to the request path. */
function grpcMatchScore(m: GrpcMatch, path: string): number[] | undefined {
  const [, service = '', meth = '', ...rest] = path.split('/');
  if (rest.length) return undefined;
  const mm = m.method;
  if (!mm) return [0, 0, 0, 0, 0];
  if ((mm.type ?? 'Exact') !== 'Exact') throw new Error(`gRPC method match type ${mm.type} is not modelled`);
  if (mm.service !== undefined && mm.service !== service) return undefined;
  if (mm.method !== undefined && mm.method !== meth) return undefined;
  return [mm.method !== undefined ? 1 : 0, mm.service?.length ?? 0, 0, 0, 0];
}

/**
 * GRPCRoute hostnames: an HTTPRoute and a GRPCRoute attached to one listener with intersecting
 * hostnames are not both accepted (the older wins): ingressc's output must never contain that.
 */
function checkRouteKinds(routes: readonly Obj[], listenerOf: (r: Obj, p: ParentRef) => readonly object[]): void {
  const grpc = routes.filter((r) => r.kind === 'GRPCRoute');
  const http = routes.filter((r) => r.kind === 'HTTPRoute');
  const listeners = (r: Obj): Set<object> => new Set(((r.spec as RouteSpec).parentRefs ?? []).flatMap((p) => [...listenerOf(r, p)]));
  const intersect = (a: string[] | undefined, b: string[] | undefined): boolean => {
    if (!a?.length || !b?.length) return true;
    return a.some((x) => b.some((y) => x === y || (x.startsWith('*.') && y.endsWith(x.slice(1))) || (y.startsWith('*.') && x.endsWith(y.slice(1)))));
  };
  for (const g of grpc)
    for (const h of http) {
      const shared = [...listeners(g)].some((l) => listeners(h).has(l));
      if (shared && intersect((g.spec as RouteSpec).hostnames, (h.spec as RouteSpec).hostnames)) throw new Error(`GRPCRoute ${g.metadata.name} and HTTPRoute ${h.metadata.name} share a listener and hostnames: only one would be accepted`);
    }
}
