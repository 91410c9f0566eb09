import type { CorsPolicy } from './types.js';
/**
 * The origin list as one regex source, searched case-insensitively and anchored at the end only,
 * as ingress-nginx's `if ($http_origin ~* ((a)|(b))$)`. Entries passed the provider's grammar
 * ([a-z]+://, an optional "*.", [A-Za-z0-9.-], an optional :port, or "null"), so "." is the only
 * metacharacter left to escape. The source means the same in PCRE, RE2, Go and JavaScript;
 * undefined for an empty list (nothing matches).
 */
export declare function corsOriginSearch(origins: readonly string[]): string | undefined;
/** Does the request's Origin header make the policy apply? */
export declare function corsMatches(p: CorsPolicy, origin: string | undefined): boolean;
export declare const ECHO_ORIGIN: unique symbol;
/**
 * The headers a matched request's response carries, in ingress-nginx's order; the origin value is
 * ECHO_ORIGIN where the request's Origin is sent back (an origin list), "*" otherwise.
 */
export declare function corsHeaderTemplate(p: CorsPolicy): {
    name: string;
    value: string | typeof ECHO_ORIGIN;
}[];
export interface CorsOutcome {
    /** An OPTIONS request: the proxy answers 204 itself. */
    preflight: boolean;
    headers: {
        name: string;
        value: string;
    }[];
}
/** What the policy does to a request (undefined: nothing, the request is proxied untouched). */
export declare function corsOutcome(p: CorsPolicy, method: string, origin: string | undefined): CorsOutcome | undefined;
