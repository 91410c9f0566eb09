import { redirectOf, type RequestRedirect, type Route as IrRoute, type RouteTable, type Upstream, type VirtualHost } from '../../ir/types.js';
import { redirectHandler } from './redirects.js';
import { UpstreamVariants, type VariantSettings } from '../upstream-variants.js';
import { compareStrings } from '../../util/compare.js';
import { caddyLiteral, exactPathRegexp, prefixPathRegexp, stringPrefixPathRegexp, wildcardHost } from './quote.js';
import { exactHostTree, wildcardGroups, type HostRoute } from './host-dispatch.js';
import type { Handler, Route, Server } from './types.js';

export type Scheme = 'http' | 'https';

/**
 * The routes of one server, in the IR's evaluation order. Caddy runs the handlers of every
 * matching route in order unless a route is terminal, and answers an empty 200 when nothing
 * writes a response, so every host and path route is terminal and every list ends with a
 * catch-all:
 *   one route per exact host, then per wildcard (a host matcher `*.suffix` takes one label only,
 *   so deeper names go on to the next routes), each holding a subroute with the exact paths,
 *   the prefixes longest first and the host's fallback or 404 (no fall-through); both grouped
 *   when there are many (host-dispatch.ts); then the host-less vhost without host matcher, or
 *   the default backend, or 404.
 */
export function serverRoutes(ir: RouteTable, scheme: Scheme): Pick<Server, 'routes' | 'named_routes'> {
  const upstreams = new Map(ir.upstreams.map((u) => [u.id, u]));
  const named = new Map<string, Route>();
  const variants = new UpstreamVariants();
  const action = (id: string | undefined, r?: IrRoute): Handler => {
    const u = id === undefined ? undefined : upstreams.get(id);
    if (id !== undefined && u === undefined) throw new Error(`caddy: unknown upstream ${JSON.stringify(id)}`);
    if (u === undefined) return { handler: 'static_response', status_code: 404 };
    if (u.endpoints.length === 0) return { handler: 'static_response', status_code: 503 };
    // Routes with their own Host or timeouts share a handler per distinct setting.
    const name = variants.name(u.id, r);
    if (!named.has(name)) named.set(name, { handle: [reverseProxy(u, variants.all().find((v) => v.name === name))] });
    return { handler: 'invoke', name: caddyLiteral(name) };
  };
  const done = (routes: Route[]): Pick<Server, 'routes' | 'named_routes'> =>
    named.size === 0 ? { routes } : { routes, named_routes: Object.fromEntries([...named].sort(([a], [b]) => compareStrings(a, b))) };
  const exact: HostRoute[] = [];
  const wildcards: { suffix: string; host: HostRoute }[] = [];
  const hosts = (): Route[] => [...exactHostTree(exact), ...wildcardGroups(wildcards)];
  for (const vh of ir.vhosts) {
    // A redirect (redirects.ts) answers before the route proxies; absent on the server it does not apply to.
    const redirected = (r: RequestRedirect | undefined): Handler | undefined => (r ? redirectHandler(r, scheme, { http: ir.listen.http.port, https: ir.listen.https.port }) : undefined);
    const answer = (id: string | undefined, r?: IrRoute): Handler => (r ? redirected(redirectOf(r, true) ?? redirectOf(r, scheme === 'https')) : redirected(vh.fallbackRedirect)) ?? action(id, r);
    const vhostRedirect: RequestRedirect = { type: 'RequestRedirect', scheme: 'https', plainHttpOnly: true, statusCode: 308, ...(vh.tls?.stripTrailingSlash ? { stripTrailingSlash: true } : {}) };
    const routes = scheme === 'http' && vh.tls?.sslRedirect ? [{ handle: [redirected(vhostRedirect)!], terminal: true as const }] : vhostRoutes(vh, answer);
    if (vh.kind === 'any') return done([BAD_ESCAPES, ...hosts(), ...routes]);
    const names = hostNames(vh);
    const host: HostRoute = { names, route: { match: [{ host: names }], handle: [{ handler: 'subroute', routes }], terminal: true } };
    if (vh.kind === 'exact') exact.push(host);
    else wildcards.push({ suffix: vh.wildcardSuffix, host });
  }
  return done([BAD_ESCAPES, ...hosts(), { handle: [action(ir.defaultUpstream)], terminal: true }]);
}

/**
 * The normalisation rule's 400 for an escaped "/", "\" or NUL (normalize-path.ts), checked on the
 * request target as received: Caddy's matchers see the decoded, cleaned path, where %2F has become
 * a separator and a segment holding it may have been removed by a "..". (Invalid escapes are
 * already a 400 from Go's HTTP server.)
 */
const BAD_ESCAPES: Route = {
  match: [{ vars_regexp: { '{http.request.uri}': { pattern: '^[^?]*%(?:2[fF]|5[cC]|00)' } } }],
  handle: [{ handler: 'static_response', status_code: 400 }],
  terminal: true,
};

/** Caddy's host matcher ignores case and the port, but not a trailing dot: list both spellings. */
function hostNames(vh: VirtualHost): string[] {
  const name = vh.kind === 'wildcard' ? wildcardHost(vh.wildcardSuffix) : caddyLiteral(vh.name);
  return [name, `${name}.`];
}

function vhostRoutes(vh: VirtualHost, action: (id: string | undefined, r?: IrRoute) => Handler): Route[] {
  // Regex mode comes only with annotations that have no caddy support row (compile fails before).
  if (vh.pathOrder === 'regex-first-match') throw new Error(`caddy: regex paths of ${vh.name} reached the emitter`);
  const routes: Route[] = [];
  const pathRoute = (pattern: string, r: IrRoute): Route => ({ match: [{ path_regexp: { pattern } }], handle: [action(r.upstream, r)], terminal: true });
  for (const r of vh.exact) routes.push(pathRoute(exactPathRegexp(r.path), r));
  for (const r of vh.prefix) {
    if (r.path === '/') {
      // Matches everything: the fallback after it is unreachable.
      routes.push({ handle: [action(r.upstream, r)], terminal: true });
      return routes;
    }
    routes.push(pathRoute(r.match === 'StringPrefix' ? stringPrefixPathRegexp(r.path) : prefixPathRegexp(r.path), r));
  }
  routes.push({ handle: [action(vh.fallback)], terminal: true });
  return routes;
}

/**
 * The reverse_proxy of an upstream with endpoints, shared by all its routes through `invoke`
 * (one handler per route would mean one connection pool each: 50,000 routes took 1.2 GB to
 * load). Caddy keeps the Host header and sets X-Forwarded-For/-Proto/-Host by default; round
 * robin like the other targets. Without endpoints the route answers 503, without upstream 404.
 */
function reverseProxy(u: Upstream, v?: VariantSettings): Handler {
  const t = v?.timeouts;
  // The http transport's dial, read and write timeouts are ingress-nginx's connect, read and send.
  const transport = t
    ? {
        transport: {
          protocol: 'http' as const,
          ...(t.connect !== undefined ? { dial_timeout: `${t.connect}s` } : {}),
          ...(t.read !== undefined ? { read_timeout: `${t.read}s` } : {}),
          ...(t.send !== undefined ? { write_timeout: `${t.send}s` } : {}),
        },
      }
    : {};
  return {
    handler: 'reverse_proxy',
    upstreams: u.endpoints.map((e) => ({ dial: caddyLiteral(e.host.includes(':') ? `[${e.host}]:${e.port}` : `${e.host}:${e.port}`) })),
    load_balancing: { selection_policy: { policy: 'round_robin' } },
    // Caddy drops its own Server header from proxied responses; set it as nginx and Envoy do
    // (they replace the upstream's), which the conformance suite expects of an Ingress.
    headers: { ...(v?.host !== undefined ? { request: { set: { Host: [caddyLiteral(v.host)] } } } : {}), response: { set: { Server: ['Caddy'] } } },
    ...transport,
  };
}


