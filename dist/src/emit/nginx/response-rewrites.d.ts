import type { ResponseRewrites } from '../../ir/types.js';
/**
 * ResponseRewrites as ingress-nginx writes them in a location: proxy_redirect,
 * proxy_cookie_domain and proxy_cookie_path with a string (never "~": a regex) and its replacement.
 */
export declare function responseRewriteLines(rw: ResponseRewrites | undefined): string[];
