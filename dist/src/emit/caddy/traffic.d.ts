import type { AffinityPolicy, Endpoint, Route as IrRoute, Upstream } from '../../ir/types.js';
import type { Handler } from './types.js';
/**
 * ingress-nginx's CORS around a route's action, as a subroute: a matching OPTIONS (any OPTIONS with
 * "*") gets a 204 with the headers from Caddy itself; any other matching request gets them through a
 * deferred `headers` handler, applied when the response is written, so they replace the upstream's.
 * The Origin match is Go's regexp searched case-insensitively, anchored at the end, as ingress-nginx's
 * `~* (...)$`. `rest` (the access checks, filters and the upstream) runs after the preflight answer.
 * Its error answers get the headers too (the subroute's error routes).
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
/** A Cookie header regexp: a pair `a.cookie` whose value is the token of one of `endpoints`. */
export declare function cookieNames(a: AffinityPolicy, endpoints: readonly Endpoint[]): string;
/**
 * The handlers before a canary's weighted split (canary.ts) when a side has affinity: one proxy
 * serves both Services, so the cookie is the one of the side whose endpoint answered, looked up
 * from that endpoint when the response is written. An endpoint of a side without affinity maps
 * to an empty header name, which Go's server does not write: no cookie. (A request reaches the
 * split only without a cookie naming an endpoint of a sticky side: affinity decides first.)
 */
export declare function splitAffinityHandlers(sides: readonly {
    a: AffinityPolicy | undefined;
    u: Upstream;
}[]): Handler[];
