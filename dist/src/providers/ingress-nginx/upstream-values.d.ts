/**
 * Anchored grammars of the upstream annotations (upstream-vhost, proxy-*-timeout). Each parser
 * returns the value, or what was expected (the caller reports it, located at the key).
 */
export declare function parseUpstreamVhost(value: string): {
    value: string;
} | {
    expected: string;
};
/** A day is far beyond any proxy timeout anyone means; larger values are a typo. */
export declare const MAX_TIMEOUT_SECONDS = 86400;
/**
 * ingress-nginx reads these with strconv.Atoi (an optional sign and decimal digits, no unit) and
 * writes `<n>s`; a value Atoi refuses ("50k", "5s") falls back to the default there, silently.
 * ingressc reports it instead, and refuses 0 and negative numbers, which nginx would reject.
 */
export declare function parseTimeoutSeconds(value: string): {
    value: number;
} | {
    expected: string;
};
