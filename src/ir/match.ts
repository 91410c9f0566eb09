import { normalizeRequestPath } from './normalize-path.js';
import { locationRegex, parsePortable, searchPortable, type PortableRegex } from './regex.js';
import { redirectOf, type RequestRedirect, type Route, type RouteFilter, type RouteTable, type VirtualHost } from './types.js';

/** The IR's reference semantics (see types.ts): every emitter must agree with these functions. */

/** Does Prefix route path `p` (normalised) match request path `path`? Element-wise. */
export function prefixMatches(p: string, path: string): boolean {
  return p === '/' || path === p || path.startsWith(`${p}/`);
}

const compiled = new Map<string, PortableRegex>();
const cachedRegex = (key: string, make: () => PortableRegex): PortableRegex => {
  let re = compiled.get(key);
  if (!re) compiled.set(key, (re = make()));
  return re;
};
/** The location regex of a RegularExpression route path (`^<path>`, case-insensitive). */
const routeRegex = (p: string): PortableRegex => cachedRegex(`^${p}`, () => locationRegex(p));

/** Does route `r` match request path `path`? */
export function routeMatches(r: Pick<Route, 'path' | 'match'>, path: string): boolean {
  switch (r.match) {
    case 'Exact':
      return r.path === path;
    case 'Prefix':
      return prefixMatches(r.path, path);
    case 'StringPrefix':
      return path.startsWith(r.path);
    case 'RegularExpression':
      return searchPortable(routeRegex(r.path), path) !== null;
  }
}

/** Route of `vh` for a request path (without query), or undefined for the vhost fallback. */
export function matchPath(vh: VirtualHost, path: string): Route | undefined {
  if (vh.pathOrder === 'regex-first-match') return vh.ordered?.find((r) => routeMatches(r, path));
  const exact = vh.exact.find((r) => r.path === path);
  if (exact) return exact;
  // vh.prefix is sorted longest first, so the first hit is the longest match.
  return vh.prefix.find((r) => routeMatches(r, path));
}

/** What the upstream receives after the route's filters: the path (query kept) and headers set. */
export interface Forwarded {
  pathWithQuery: string;
  setHeaders: { name: string; value: string }[];
}

export function applyFilters(filters: readonly RouteFilter[] | undefined, pathWithQuery: string): Forwarded {
  const cut = pathWithQuery.search(/[?#]/);
  let path = cut < 0 ? pathWithQuery : pathWithQuery.slice(0, cut);
  const query = cut < 0 ? '' : pathWithQuery.slice(cut);
  const setHeaders: Forwarded['setHeaders'] = [];
  for (const f of filters ?? []) {
    if (f.type === 'URLRewrite') {
      const { pattern, replacement } = f.path;
      const m = searchPortable(cachedRegex(pattern, () => parsePortable(pattern)), path);
      if (m) path = replacement.replace(/\{([1-9])\}/g, (_, n: string) => m[Number(n)] ?? '');
    } else if (f.type === 'RequestHeaderModifier') setHeaders.push(...f.set);
  }
  return { pathWithQuery: path + query, setHeaders };
}

/** Host header → vhost: lowercase, port dropped, exact > one-label wildcard > host-less. */
export function matchHost(ir: RouteTable, hostHeader: string): { vhost?: VirtualHost; host: string } {
  const host = normalizeHost(hostHeader);
  const exact = ir.vhosts.find((v) => v.kind === 'exact' && v.name === host);
  if (exact) return { vhost: exact, host };
  const dot = host.indexOf('.');
  if (dot > 0) {
    const wild = ir.vhosts.find((v) => v.kind === 'wildcard' && v.wildcardSuffix === host.slice(dot + 1));
    if (wild) return { vhost: wild, host };
  }
  const any = ir.vhosts.find((v) => v.kind === 'any');
  return any ? { vhost: any, host } : { host };
}

export function normalizeHost(h: string): string {
  let host = h.trim().toLowerCase();
  if (host.startsWith('[')) host = host.slice(0, host.indexOf(']') + 1);
  else if (host.includes(':')) host = host.slice(0, host.indexOf(':'));
  return host.endsWith('.') ? host.slice(0, -1) : host;
}

export interface MatchResult {
  vhost?: VirtualHost;
  route?: Route;
  /** Upstream id that serves the request; undefined = 404 from the proxy (or 400, see via). */
  upstream?: string;
  /** The normalised path the route was chosen by (normalize-path.ts); absent for a bad request. */
  path?: string;
  /** Why a request path is refused with 400 (via 'bad-request'). */
  badRequest?: string;
  /** Set when the route's filters change the request: what the upstream receives. */
  forwarded?: Forwarded;
  /** Set when the answer is a redirect (via 'redirect'): status and Location. */
  redirect?: { status: number; location: string };
  /** How the decision was made. */
  via: 'route' | 'vhost-fallback' | 'default-backend' | 'not-found' | 'bad-request' | 'redirect';
}

/** How the request arrived: with it, matchRequest answers redirects too (absent: routing only). */
export interface RequestContext {
  https: boolean;
}

/** The Location of a RequestRedirect (types.ts) for a request with this Host header and target. */
export function redirectLocation(f: RequestRedirect, ir: Pick<RouteTable, 'listen'>, hostHeader: string, target: string, https: boolean): string {
  if (f.location !== undefined) return f.location;
  let authority = hostHeader;
  let scheme = https ? 'https' : 'http';
  if (f.hostname !== undefined) authority = `${f.hostname}:${https ? ir.listen.https.port : ir.listen.http.port}`;
  else if (f.scheme) {
    scheme = f.scheme;
    const port = ir.listen.https.port;
    authority = normalizeHost(hostHeader) + (port === 443 ? '' : `:${port}`);
  }
  let rest = f.path ? f.path.value : target;
  if (!f.path && f.stripTrailingSlash && rest.endsWith('/')) rest = rest.slice(0, -1);
  return `${scheme}://${authority}${rest}`;
}

/** The vhost-level ssl-redirect (VhostTls.sslRedirect) as a RequestRedirect. */
const vhostRedirect = (vh: VirtualHost): RequestRedirect | undefined =>
  vh.tls?.sslRedirect ? { type: 'RequestRedirect', scheme: 'https', plainHttpOnly: true, statusCode: 308, ...(vh.tls.stripTrailingSlash ? { stripTrailingSlash: true } : {}) } : undefined;

export function matchRequest(ir: RouteTable, hostHeader: string, pathWithQuery: string, ctx?: RequestContext): MatchResult {
  const n = normalizeRequestPath(pathWithQuery);
  if (!n.ok) return { via: 'bad-request', badRequest: n.reason };
  const path = n.path;
  const https = ctx?.https === true;
  const { vhost } = matchHost(ir, hostHeader);
  if (!vhost) return ir.defaultUpstream ? { path, upstream: ir.defaultUpstream, via: 'default-backend' } : { path, via: 'not-found' };
  const route = matchPath(vhost, path);
  // A redirect answers before anything else the route or fallback does (nginx's rewrite phase).
  // The route's own redirect (permanent/temporal-redirect, app-root) comes before the HTTPS one.
  const own = route ? redirectOf(route, true) : undefined;
  const fb = vhost.fallbackRedirect && (!vhost.fallbackRedirect.plainHttpOnly || !https) ? vhost.fallbackRedirect : undefined;
  const redirect = own ?? (https ? undefined : vhostRedirect(vhost)) ?? (route ? redirectOf(route, https) : fb);
  if (redirect && ctx)
    return { vhost, path, ...(route ? { route } : {}), via: 'redirect', redirect: { status: redirect.statusCode, location: redirectLocation(redirect, ir, hostHeader, pathWithQuery, https) } };
  if (route) {
    // Filters see the normalised path, as nginx's rewrite sees $uri; the query is kept.
    const q = pathWithQuery.indexOf('?');
    const forwarded = route.filters?.length ? { forwarded: applyFilters(route.filters, q < 0 ? path : path + pathWithQuery.slice(q)) } : {};
    return { vhost, path, route, upstream: route.upstream, via: 'route', ...forwarded };
  }
  if (vhost.fallback) return { vhost, path, upstream: vhost.fallback, via: 'vhost-fallback' };
  return { vhost, path, via: 'not-found' };
}
