/**
 * ingress-nginx's source-range lists (allowlist-source-range and its alias whitelist-source-range,
 * denylist-source-range, limit-whitelist): comma-separated, each entry trimmed, an IPv4 or IPv6
 * address or CIDR (Go's net.ParseCIDR, then net.ParseIP; one bad entry rejects the whole value).
 * The result is normalised as the controller does (network address masked: "10.0.0.1/8" is
 * "10.0.0.0/8"), duplicates dropped, sorted; a single address becomes a /32 or /128, which every
 * proxy reads the same way as nginx's bare address.
 */
export type SourceRangeResult = {
    cidrs: string[];
} | {
    error: string;
};
export declare function parseSourceRange(value: string): SourceRangeResult;
