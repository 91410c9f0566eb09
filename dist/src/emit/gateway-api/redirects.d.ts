import type { Diagnostics } from '../../diagnostics/collector.js';
import { type RouteTable } from '../../ir/types.js';
/**
 * permanent-redirect / temporal-redirect as a Gateway API RequestRedirect: ingress-nginx answers
 * `return <code> <url>;`, the URL verbatim. RequestRedirect builds the Location from scheme,
 * hostname, port and a ReplaceFullPath path, so only URLs it writes back identically are taken:
 * lowercase http(s) scheme and host name, a port other than 80 and 443 (Envoy Gateway leaves both
 * out, whatever the scheme), a non-empty path, no query or fragment. What still differs (the request's
 * query string is appended, as Envoy's path_redirect keeps it) is in the support row's note.
 */
export interface RedirectUrl {
    scheme: 'http' | 'https';
    hostname: string;
    port?: number;
    path: string;
}
/** The URL's parts, or why a RequestRedirect cannot write it back verbatim. */
export declare function parseRedirectUrl(url: string): RedirectUrl | {
    problem: string;
};
/** Status codes a RequestRedirect takes. */
export declare const REDIRECT_CODES: ReadonlySet<number>;
/**
 * IC4509: ingress-nginx's HTTPS redirect drops the final "/" of the request URI unless
 * preserve-trailing-slash (lua_ingress.lua); a RequestRedirect keeps the request path (its path
 * modifier replaces it by a fixed value or a matched prefix, never a suffix), so the Location of
 * "/foo/" is ".../foo/" instead of ".../foo". Not expressible: reported once per host, at the first
 * redirecting path (or the host) it concerns.
 */
export declare function reportKeptSlash(ir: RouteTable, httpsListener: boolean, diags: Diagnostics): void;
