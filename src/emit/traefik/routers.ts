import { upstreamHost, type Route, type RouteTable, type VirtualHost } from '../../ir/types.js';
import { DEFAULT_KEY, hostMiddlewareName, NOOP_SERVICE, NOT_FOUND_MIDDLEWARE, REDIRECT_MIDDLEWARE, UNAVAILABLE_MIDDLEWARE, WEB, WEBSECURE, vhostKey } from './names.js';
import { priorities } from './priority.js';
import { catchAllRule, routeRule } from './rules.js';
import type { Middleware, Router } from './types.js';

/** What a router hands the request to: an upstream's service, or a fixed status. */
interface Target {
  service: string;
  middleware?: string;
  /** Runs before the service (the Host the backend receives). */
  hostMiddleware?: string;
}

export interface RouterSet {
  routers: Record<string, Router>;
  /** Middlewares the routers reference (they must be defined). */
  used: Set<string>;
  /** The Host-setting middlewares, by name. */
  hostMiddlewares: Record<string, Middleware>;
}

/**
 * Routers in IR order: per vhost its exact routes, its prefixes (longest first), then its
 * catch-all; each as an HTTP router on `web` and, when HTTPS is served, a TLS router on
 * `websecure` (Traefik routers serve either plain or TLS requests, never both).
 *
 * The catch-all (`Host(..)` alone at the bottom of the vhost's class) is what keeps the IR's
 * "no fall-through between host classes": without it a request for a known host with an unknown
 * path would go on down Traefik's flat list to a wildcard or host-less `PathPrefix("/")`. It
 * serves the vhost fallback, or 404 through an ipAllowList that admits nobody. The host-less
 * vhost has one too: a request must match a router for Traefik to refuse encoded characters.
 */
export function buildRouters(ir: RouteTable, services: ReadonlySet<string>, unavailable: ReadonlySet<string>): RouterSet {
  const prio = priorities(ir);
  const https = ir.certificates.length > 0;
  const routers: Record<string, Router> = {};
  const used = new Set<string>();

  // The headers middleware's customRequestHeaders sets the request's Host itself when the key is
  // "Host" (pkg/middlewares/headers), and passHostHeader forwards it.
  const hostNames = new Map<string, string>();
  const hostMiddlewares: Record<string, Middleware> = {};
  const hostMiddleware = (host: string): string => {
    let name = hostNames.get(host);
    if (name === undefined) {
      name = hostMiddlewareName(hostNames.size + 1);
      hostNames.set(host, name);
      hostMiddlewares[name] = { headers: { customRequestHeaders: { Host: host } } };
    }
    return name;
  };
  const target = (upstream: string | undefined, r?: Route): Target => {
    if (upstream === undefined) return { service: NOOP_SERVICE, middleware: NOT_FOUND_MIDDLEWARE };
    if (unavailable.has(upstream)) return { service: NOOP_SERVICE, middleware: UNAVAILABLE_MIDDLEWARE };
    if (!services.has(upstream)) throw new Error(`traefik: route names unknown upstream ${upstream}`);
    const host = r ? upstreamHost(r) : undefined;
    return { service: upstream, ...(host !== undefined ? { hostMiddleware: hostMiddleware(host) } : {}) };
  };
  const add = (name: string, rule: string, priority: number, t: Target, redirect: boolean): void => {
    // With the redirect, the HTTP router never reaches its target: only the redirect applies.
    const own = [t.middleware, t.hostMiddleware].filter((m): m is string => m !== undefined);
    const httpMw = redirect ? [REDIRECT_MIDDLEWARE] : own;
    put(`${name}_http`, { entryPoints: [WEB], rule, priority, ...(httpMw.length ? { middlewares: httpMw } : {}), service: t.service });
    if (https) put(`${name}_https`, { entryPoints: [WEBSECURE], rule, priority, ...(own.length ? { middlewares: own } : {}), service: t.service, tls: {} });
  };
  const put = (name: string, r: Router): void => {
    if (routers[name]) throw new Error(`traefik: duplicate router name ${name}`);
    routers[name] = r;
    for (const m of r.middlewares ?? []) used.add(m);
  };

  for (const vh of ir.vhosts) {
    const key = vhostKey(vh);
    const redirect = vh.tls?.sslRedirect === true;
    vh.exact.forEach((r, i) => add(`${key}_exact_${i}`, routeRule(vh, r), prio.exact(vh.kind, r.path), target(r.upstream, r), redirect));
    vh.prefix.forEach((r, i) => add(`${key}_prefix_${i}`, routeRule(vh, r), prio.prefix(vh.kind, r.path), target(r.upstream, r), redirect));
    if (needsCatchAll(vh)) add(`${key}_${vh.fallback ? 'fallback' : 'notfound'}`, catchAllRule(vh), prio.catchAll(vh.kind), target(vh.fallback), redirect);
  }
  // Requests no vhost claims: the default backend (or a 404) when there is no host-less vhost to
  // own them. Some router must match every request: Traefik refuses encoded characters
  // (encodedCharacters, static-config.ts) only in a matched router, and answers 404 otherwise.
  if (!ir.vhosts.some((v) => v.kind === 'any')) add(DEFAULT_KEY, catchAllRule(undefined), prio.catchAll('any'), target(ir.defaultUpstream), false);
  return { routers, used, hostMiddlewares };
}

function needsCatchAll(vh: VirtualHost): boolean {
  return !vh.prefix.some((r) => r.path === '/'); // the root prefix already takes every path
}
