import { type RequestRedirect } from '../../ir/types.js';
import type { Handler } from './types.js';
type Scheme = 'http' | 'https';
/**
 * A RequestRedirect (docs/ir-v2.md) as the handler of a route on the `scheme` server, or
 * undefined where that server proxies (an HTTPS redirect on HTTPS). User text is a Caddy literal
 * (no placeholder braces); the placeholders are the emitter's own:
 *   - a verbatim Location (permanent/temporal-redirect); a path gets {http.request.scheme}://{http.request.host}
 *     first (the Host as sent, without port), unless relative;
 *   - app-root: {http.request.scheme}://{http.request.hostport} + the path, as nginx's
 *     $scheme://$http_host (the Host header as sent);
 *   - HTTPS: https://{http.request.host} + the listener's port + the request URI, without its
 *     final "/" unless preserve-trailing-slash (a vars_regexp on the URI captures the rest).
 */
export declare function redirectHandler(f: RequestRedirect, scheme: Scheme, ports: {
    http: number;
    https: number;
}): Handler | undefined;
export {};
