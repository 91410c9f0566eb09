/**
 * The grammars of the gzip keys (configmap.md "use-gzip" and the gzip-* keys), as nginx.tmpl writes
 * them into the http block under use-gzip:
 *   gzip_comp_level <gzip-level>; gzip_disable "<gzip-disable>"; gzip_min_length <gzip-min-length>;
 *   gzip_types <gzip-types>;
 * ingressc accepts what nginx then loads and what means the same on every target; the rest is a
 * located error (IC2300), never a broken or different config.
 */
/** enable-brotli and the brotli-* keys as set (brotli_comp_level, brotli_min_length, brotli_types under enable-brotli). */
export interface BrotliSettings {
    enable?: boolean;
    level?: number;
    minLength?: number;
    types?: string[] | '*';
}
/** The compression settings as set (lower/controller-config.ts fills ingress-nginx's defaults). */
export interface GzipSettings {
    use?: boolean;
    level?: number;
    minLength?: number;
    /** Lowercase, deduplicated, sorted; "*" alone: every type. */
    types?: string[] | '*';
    /** One regex of the portable subset, searched case-insensitively in User-Agent; "" (default): none. */
    disable?: string;
}
type Parsed = {
    value: unknown;
} | {
    expected: string;
};
/** gzip_comp_level accepts 1 to 9 (ingress-nginx writes the number as it parsed it). */
export declare function parseGzipLevel(value: string): Parsed;
/** brotli_comp_level accepts 0 to 11. */
export declare function parseBrotliLevel(value: string): Parsed;
/** gzip_min_length: a byte count. */
export declare const parseByteCount: (value: string) => Parsed;
export declare function parseMimeTypes(value: string): Parsed;
/**
 * gzip_disable "<value>": one regex, which nginx searches case-insensitively in User-Agent. The
 * word "msie6" is nginx's own MSIE 4-6 test, not a regex: refused, with the regex to write instead.
 */
export declare function parseUserAgentRegex(value: string): Parsed;
export {};
