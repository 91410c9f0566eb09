/** A DNS name of RFC 1123 labels (no trailing dot). */
export declare const DNS_NAME: RegExp;
/**
 * The host of an http(s) URL annotation (auth-url, auth-signin, mirror-target) as written between
 * "://" and the port: "[IPv6]", IPv4 or a DNS name; lower-cased, without brackets; undefined when
 * it is none. `numericNames`: whether a name of digits and dots that is no IPv4 address passes.
 */
export declare function readUrlHost(raw: string, numericNames: boolean): string | undefined;
/** A URL's port, 1 to 65535: the number, undefined when absent, null when out of range. */
export declare const readUrlPort: (p: string | undefined) => number | undefined | null;
