import type { AffinityPolicy, CorsPolicy, Endpoint } from '../../ir/types.js';
/**
 * ingress-nginx's CORS in a route's own backend: txn.cors is set when the policy applies (the
 * Origin, the last Origin header, matched case-insensitively at its end, or every request with
 * "*"); a matching OPTIONS is answered 204 there, before the access rules (ingress-nginx answers it
 * in nginx's rewrite phase, before allow/deny); http-after-response sets the headers on every
 * response of the request, HAProxy's own (204, 503) included, replacing the server's.
 */
export declare function corsRules(p: CorsPolicy | undefined): string[];
/**
 * ingress-nginx's cookie affinity as HAProxy's cookie persistence in the route's own backend:
 * `insert indirect` sets the cookie only when the request has none naming a server of this
 * backend, as ingress-nginx sets it only when it picks a new endpoint. Each server's cookie value
 * is an opaque hash of its address. The cookie names one server, so a session stays on its
 * endpoint while it exists (ingress-nginx's persistent mode; support rows note the balanced one).
 * HAProxy writes its own "path=/" first; the Path attribute added after it is the one clients use
 * (RFC 6265 5.3: the last Path attribute wins).
 */
/** Backend lines of affinity besides the cookie: session-cookie-change-on-failure. */
export declare function affinityOptions(a: AffinityPolicy): string[];
export declare function cookieLine(a: AffinityPolicy): string;
/**
 * Rules of a backend with affinity: Expires, a date relative to each response (ingress-nginx:
 * ngx.cookie_time(now + seconds); HAProxy writes the RFC 1123 form of the same instant), and Secure
 * on HTTPS requests (ingress-nginx's default).
 */
export declare function affinityRules(a: AffinityPolicy | undefined): string[];
/** A server's cookie value. */
export declare const serverCookie: (e: Endpoint) => string;
