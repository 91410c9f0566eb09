import type { Route as IrRoute } from '../../ir/types.js';
import type { VariantSettings } from '../upstream-variants.js';
import type { Handler, ReverseProxyHandler, Route } from './types.js';
/**
 * A default-backend standing in for a Service without endpoints (RouteErrors.standIn): X-Code and
 * the context headers, and X-Format from the client's Accept placeholder (header names are HTTP
 * tokens; values pass caddyLiteral, so nothing but the placeholder below is expanded).
 */
export declare function standInHeaders(v: VariantSettings | undefined): Record<string, string[]>;
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
export declare function withErrorPages(r: Pick<IrRoute, 'errors'>, handlers: Handler[], page: (upstream: string) => Handler): Handler[];
/** The reverse_proxy's handle_response turning the intercepted upstream statuses into errors. */
export declare function interceptResponses(v: VariantSettings | undefined): Pick<ReverseProxyHandler, 'handle_response'>;
/**
 * One error upstream's page handler (a named route shared by every route it serves), as
 * nginx.tmpl's @custom_ location: the same request with its path "/" (query kept), Host as the
 * client sent it, X-Code, X-Original-URI (the request target as received), X-Format (the client's
 * non-empty Accept, else none), X-Request-ID (the client's non-empty one, else a UUID); Caddy sets
 * X-Forwarded-For to the peer, or with the realip keys the reverse_proxy's forwardedProxySet does.
 * Its answer goes to the client as it is.
 */
export declare function errorPageRoute(proxy: ReverseProxyHandler): Route;
