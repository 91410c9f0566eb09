/**
 * RE2 (Envoy's safe_regex, Go's regexp in Traefik and Caddy), to be matched against the whole
 * line (Envoy: a full match; the Go engines: wrap it in ^(?:...)$). RE2 has no look-ahead, so the
 * pairs before the deciding one are spelled as "a pair whose name is not `name`": it differs at
 * some character, ends early, or goes on after the name (and spaces) with something but "=";
 * nested, so the size stays linear in the name.
 */
export declare function cookieLineRegex(name: string, value: string): string;
/** PCRE with look-ahead (HAProxy, where an argument holds no space: \x20), anchored: the first `name` pair has `value`. */
export declare function cookieLookaheadRegex(name: string, value: string): string;
/** PCRE (nginx map), capturing the value of the first `name` pair in group 1. */
export declare function cookieCaptureRegex(name: string): string;
