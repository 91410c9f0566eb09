import type { AuthValuePart } from '../../ir/types.js';
/**
 * Second wall for every manifest-derived string that enters caddy.json (validation is the first).
 * Caddy expands `{placeholders}` at run time in host matchers, upstream dial addresses and header
 * values, and `\` escapes a brace there; a brace in a host or path would turn user text into a
 * request-time lookup. No valid Ingress value has one, nor a control or non-ASCII character:
 * seeing one means validation was bypassed, so it is refused rather than escaped.
 */
export declare function caddyLiteral(s: string): string;
/**
 * The one writer of caddy.json: JSON.stringify quotes every string (Go's encoding/json reads
 * exactly that), so no value can break out of its field. Small objects stay on one line (a path
 * route is one line), which keeps 10k-host configs a fraction of fully indented JSON. `repeated`:
 * objects the value holds more than once, and how often (shared-routes.ts).
 */
export declare function caddyJson(value: unknown, repeated?: ReadonlyMap<object, number>): string;
/** caddyJson's text in ~64 KB chunks (caddy.json is written piece by piece). */
export declare function caddyJsonChunks(value: unknown, repeated?: ReadonlyMap<object, number>): string[];
/**
 * path_regexp patterns (Go RE2, case-sensitive, unanchored unless anchored here). Caddy's `path`
 * matcher cannot be used: it is case-insensitive and reads `*`, `?`, `[` as globs.
 * Exact: the path itself. Prefix: the path or the path + "/" + anything (element-wise); "/" has
 * no matcher at all.
 */
export declare function exactPathRegexp(path: string): string;
/** A plain string prefix (ingress-nginx's ImplementationSpecific): "/api" also matches "/apiv2". */
export declare function stringPrefixPathRegexp(path: string): string;
export declare function prefixPathRegexp(path: string): string;
/** Host matcher value for an Ingress wildcard: Caddy's `*.suffix` matches exactly one label. */
export declare function wildcardHost(suffix: string): string;
/** A dial address as Caddy reads it: "host:port", an IPv6 address in brackets. */
/**
 * A header name (an HTTP token) as a key of Caddy's header maps and inside `{http.request.header.*}`
 * placeholders. `underscore`: names a ConfigMap of headers may hold (customheaders.go's [a-zA-Z0-9_-]+).
 */
export declare function caddyHeaderName(name: string, opts?: {
    underscore?: boolean;
}): string;
export declare const dialAddress: (host: string, port: number) => string;
/** An auth request header's value (auth-proxy-set-headers): literal text, and placeholders for nginx's variables. */
export declare function caddyAuthValue(parts: readonly AuthValuePart[]): string;
