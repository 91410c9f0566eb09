import type { HeaderValue, RouteTable } from '../../ir/types.js';
/**
 * Literal text in a Caddy header value, which Caddy expands as placeholders: "{" and "}" escaped
 * with "\" (Caddy's replacer drops the one "\" just before a brace and keeps the brace; other
 * backslashes are literal). Printable ASCII only (the provider's grammar; live proof:
 * test/e2e/custom-headers.test.ts).
 */
export declare function caddyText(s: string): string;
/** Response headers (Route.responseHeaders) as a reverse_proxy's `headers.response.set`: they replace the upstream's. */
export declare const responseHeaderSet: (hs: readonly HeaderValue[] | undefined) => Record<string, string[]>;
/** RouteTable.requestHeaders (proxy-set-headers), set with the forwarded headers (forwarded-headers.ts). */
export declare const requestHeaderSet: (ir: Pick<RouteTable, 'requestHeaders'>) => Record<string, string[]>;
