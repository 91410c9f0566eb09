import { type RequestRedirect } from '../../ir/types.js';
import type { Route, RouteMatch } from './types.js';
/**
 * The Envoy routes answering a RequestRedirect (docs/ir-v2.md) for requests matching `match` on
 * the `scheme` listener, or [] when this listener proxies them (an HTTPS-only redirect on HTTPS):
 *   - a verbatim Location (permanent/temporal-redirect): a direct response with the header; a path
 *     after this listener's scheme and the request host (redirect-host.ts), unless relative;
 *   - app-root: path_redirect without the query, keeping scheme and the Host as sent;
 *   - HTTPS: https_redirect with the listener's port named; without preserve-trailing-slash the
 *     path's final "/" is removed by regex_rewrite, unless the request has a query (ingress-nginx
 *     looks at the last character of the whole request URI).
 */
export declare function redirectRoutes(f: RequestRedirect, scheme: 'http' | 'https', ports: {
    http: number;
    https: number;
}, match: () => RouteMatch, exactHost?: string): Route[];
