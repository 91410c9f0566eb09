export declare function isDns1123Subdomain(s: string): boolean;
export declare function isDns1123Label(s: string): boolean;
export declare function isDns1035Label(s: string): boolean;
/** "*.foo.com": a whole first label "*" followed by a DNS-1123 subdomain. */
export declare function isWildcardDns1123Subdomain(s: string): boolean;
/** IANA_SVC_NAME: ≤15 chars, [-a-z0-9], at least one letter, no "--", no leading/trailing "-". */
export declare function isIanaSvcName(s: string): boolean;
export declare function isValidPortNumber(n: number): boolean;
/**
 * Mirrors Go's netutils.ParseIPSloppy as the API server uses it to refuse IP hosts: dotted quads
 * (leading zeros allowed) and anything IPv6-shaped. A DNS-1123 name can only collide with the first.
 */
export declare function looksLikeIp(s: string): boolean;
/** Characters that must never reach a config file, whatever the field (CVE-2021-25748). */
export declare function hasControlChars(s: string): boolean;
/** ingress-nginx's strict-validate-path-type grammar (plus "~"), required for every path we lower. */
export declare const STRICT_PATH_RE: RegExp;
/** Longest path ingressc accepts: nginx refuses arguments over ~4 KB, HAProxy map lines too. */
export declare const MAX_PATH_LENGTH = 2048;
export declare const INVALID_PATH_SEQUENCES: readonly ['//', '/./', '/../', '%2f', '%2F'];
export declare const INVALID_PATH_SUFFIXES: readonly ['/..', '/.'];
