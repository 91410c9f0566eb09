import type { Endpoint, Route as IrRoute, Upstream } from '../../ir/types.js';
import type { Handler } from './types.js';
/**
 * ingress-nginx's CORS around a route's action, as a subroute: a matching OPTIONS (any OPTIONS with
 * "*") gets a 204 with the headers from Caddy itself; any other matching request gets them through a
 * deferred `headers` handler, applied when the response is written, so they replace the upstream's.
 * The Origin match is Go's regexp searched case-insensitively, anchored at the end, as ingress-nginx's
 * `~* (...)$`. `rest` (the access checks, filters and the upstream) runs after the preflight answer.
 */
export declare function corsHandlers(r: IrRoute | undefined, rest: Handler[]): Handler[];
/**
 * ingress-nginx's cookie affinity (Caddy's own cookie policy sets Path=/ and no HttpOnly, so it is
 * not used): the cookie names an endpoint by an opaque token (affinity-token.ts). A request whose
 * Cookie header carries the token of an endpoint goes to that endpoint alone; any other goes to the
 * upstream's round robin, and a deferred header adds the Set-Cookie, its token looked up (lazily,
 * when the response is written) from the endpoint the proxy used. Secure on HTTPS requests unless
 * session-cookie-secure makes it always. The cookie names one endpoint: ingress-nginx's persistent
 * mode (support rows note balanced).
 */
export declare function affinityHandler(r: IrRoute | undefined, u: Upstream | undefined, action: Handler, proxyTo: (e: Endpoint) => Handler): Handler;
