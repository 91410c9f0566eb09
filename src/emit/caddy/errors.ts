import type { Route as IrRoute } from '../../ir/types.js';
import type { VariantSettings } from '../upstream-variants.js';
import { caddyHeaderName, caddyLiteral } from './quote.js';
import type { Handler, MatcherSet, ReverseProxyHandler, Route } from './types.js';

/**
 * A default-backend standing in for a Service without endpoints (RouteErrors.standIn): X-Code and
 * the context headers, and X-Format from the client's Accept placeholder (header names are HTTP
 * tokens; values pass caddyLiteral, so nothing but the placeholder below is expanded).
 */
export function standInHeaders(v: VariantSettings | undefined): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const h of v?.headers ?? []) {
    out[caddyHeaderName(h.name)] = [caddyLiteral(h.value)];
  }
  if (v?.acceptAs !== undefined) out[v.acceptAs] = ['{http.request.header.Accept}'];
  return out;
}

/**
 * ingress-nginx's error pages (RouteErrors: custom-http-errors, default-backend) on Caddy. The
 * route's handlers run in a subroute whose `errors` routes take the listed codes:
 *   - the route's upstream statuses become errors in its reverse_proxy's handle_response
 *     (`intercept`, unless disable-proxy-intercept-errors), the upstream's body dropped;
 *   - Caddy's own answers for the route are errors already (a failed upstream 502/504, the body
 *     limit's 413, basic auth's 401) or become one here (the error handler: 503 without endpoints, 403 of a source range);
 * an error with one of the codes gets the error page: the context headers, then the error
 * upstream's shared handler (errorPageRoute), or 404 without one. Any other error is written as
 * before (the subroute's empty answer with its status).
 */
export function withErrorPages(r: Pick<IrRoute, 'errors'>, handlers: Handler[], page: (upstream: string) => Handler): Handler[] {
  const e = r.errors;
  if (!e || e.codes.length === 0) return handlers;
  const codes = new Set(e.codes);
  const c = e.context;
  const handle: Handler[] =
    e.upstream === undefined
      ? [{ handler: 'static_response', status_code: 404 }]
      : [
          {
            handler: 'headers',
            request: { set: { 'X-Namespace': [caddyLiteral(c.namespace)], 'X-Ingress-Name': [caddyLiteral(c.ingress)], 'X-Service-Name': [caddyLiteral(c.service)], 'X-Service-Port': [caddyLiteral(c.servicePort)] } },
          },
          page(e.upstream),
        ];
  return [{ handler: 'subroute', routes: [{ handle: handlers.map((h) => asError(h, codes)) }], errors: { routes: [{ match: [{ vars: { '{http.error.status_code}': e.codes.map(String) } }], handle }] } }];
}

/** A static answer with one of the codes becomes an error of that status (nested subroutes included). */
function asError(h: Handler, codes: ReadonlySet<number>): Handler {
  if (h.handler === 'static_response' && codes.has(h.status_code) && h.headers === undefined) return { handler: 'error', status_code: String(h.status_code) };
  if (h.handler === 'subroute') return { ...h, routes: h.routes.map((x) => ({ ...x, handle: x.handle.map((y) => asError(y, codes)) })) };
  return h;
}

/** The reverse_proxy's handle_response turning the intercepted upstream statuses into errors. */
export function interceptResponses(v: VariantSettings | undefined): Pick<ReverseProxyHandler, 'handle_response'> {
  if (!v?.intercept?.length) return {};
  return { handle_response: [{ match: { status_code: v.intercept }, routes: [{ handle: [{ handler: 'error', status_code: '{http.reverse_proxy.status_code}' }] }] }] };
}

/**
 * One error upstream's page handler (a named route shared by every route it serves), as
 * nginx.tmpl's @custom_ location: the same request with its path "/" (query kept), Host as the
 * client sent it, X-Code, X-Original-URI (the request target as received), X-Format (the client's
 * non-empty Accept, else none), X-Request-ID (the client's non-empty one, else a UUID); Caddy sets
 * X-Forwarded-For to the peer, or with the realip keys the reverse_proxy's forwardedProxySet does.
 * Its answer goes to the client as it is.
 */
export function errorPageRoute(proxy: ReverseProxyHandler): Route {
  const empty = (placeholder: string): MatcherSet => ({ vars: { [placeholder]: [''] } });
  return {
    handle: [
      { handler: 'rewrite', uri: '/' },
      { handler: 'headers', request: { delete: ['X-Format'] } },
      {
        handler: 'subroute',
        routes: [
          { match: [{ not: [empty('{http.request.header.Accept}')] }], handle: [{ handler: 'headers', request: { set: { 'X-Format': ['{http.request.header.Accept}'] } } }] },
          { match: [empty('{http.request.header.X-Request-ID}')], handle: [{ handler: 'headers', request: { set: { 'X-Request-ID': ['{http.request.uuid}'] } } }] },
        ],
      },
      { ...proxy, headers: { ...proxy.headers, request: { set: { ...proxy.headers.request?.set, 'X-Code': ['{http.error.status_code}'], 'X-Original-URI': ['{http.request.orig_uri}'] } } } },
    ],
  };
}
