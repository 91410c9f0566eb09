import type { BasicAuth } from '../../ir/types.js';
import type { Middleware } from './types.js';
/**
 * A fixed status without a backend: an ipAllowList that admits nobody rejects every request
 * with `rejectStatusCode` (Traefik v3.0+) and the body "Not Found" / "Service Unavailable" (none
 * with 204: Go's server sends no body with it).
 * 255.255.255.255 (limited broadcast) is never the source address of a TCP connection, and the
 * default strategy checks the connection's address, not X-Forwarded-For, so no client can pass.
 * (sourceRange must not be empty: Traefik refuses to build the middleware.)
 */
export declare const NOBODY: readonly string[];
export declare function statusMiddleware(status: 204 | 404 | 503): Middleware;
/**
 * allowlist-source-range: ipAllowList without an ipStrategy judges the connection's peer address
 * (X-Forwarded-For is not consulted) and refuses others with 403, as ingress-nginx does.
 */
export declare function allowListMiddleware(cidrs: readonly string[]): Middleware;
/**
 * Basic authentication (auth-type basic): Traefik's basicAuth answers 401 with
 * `WWW-Authenticate: Basic realm="<realm>"` ("traefik" when the realm is empty) and, with
 * removeHeader, drops Authorization before proxying (ingress-nginx clears it). Lowering let
 * through only the formats it checks ($apr1$, {SHA}). A list left empty gets a user no password
 * matches (a SHA-1 of all zero bits): Traefik needs at least one.
 */
export declare function basicAuthMiddleware(b: BasicAuth): Middleware;
/**
 * proxy-body-size: the buffering middleware reads the body (declared or chunked) and answers 413
 * above the limit, as nginx's client_max_body_size. (Its maxRequestBodyBytes 0 would mean
 * unlimited: a route with "0" gets no middleware.)
 */
export declare function bodyLimitMiddleware(bytes: number): Middleware;
