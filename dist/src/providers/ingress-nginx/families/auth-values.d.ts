export type Parsed<T> = {
    value: T;
} | {
    expected: string;
};
export interface HttpUrl {
    scheme: 'http' | 'https';
    /** DNS name, IPv4, or IPv6 without brackets; "$host" only where allowed (auth-signin). */
    host: string;
    port?: number;
    /** "/" when the URL has no path. */
    path: string;
    /** Without "?"; absent when the URL has none. */
    query?: string;
}
/**
 * An absolute http or https URL: a host (DNS name, IPv4, [IPv6]), an optional port 1-65535, a path
 * and query of plain characters (see PATH, QUERY), no fragment, no user info.
 */
export declare function parseHttpUrl(value: string, opts?: {
    hostVariable?: boolean;
}): Parsed<HttpUrl>;
/** ingress-nginx's auth-secret: "name" (the Ingress's namespace) or "namespace/name". */
export declare function parseSecretRef(value: string, kind?: string): Parsed<{
    namespace?: string;
    name: string;
}>;
export declare function parseRealm(value: string): Parsed<string>;
/** ingress-nginx's auth-method list (authreq.ValidMethod): exact, upper case. */
export declare const AUTH_METHODS: readonly ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'CONNECT', 'OPTIONS', 'TRACE'];
/** ingress-nginx's header-name rule (authreq headerRegexp). */
export declare const AUTH_HEADER_NAME: RegExp;
/** auth-response-headers: comma-separated header names, each trimmed, empty items skipped (authreq). */
export declare function parseHeaderList(value: string): Parsed<string[]>;
/** auth-signin-redirect-param: a query parameter name. */
export declare function parseParamName(value: string): Parsed<string>;
/** auth-request-redirect: a header value (X-Auth-Request-Redirect): a path or URL of plain characters. */
export declare function parseRedirectValue(value: string): Parsed<string>;
/** ingress-nginx's ValidCacheDuration per comma-separated item: status codes, then nginx times. */
export declare function parseCacheDuration(value: string): Parsed<string[]>;
/** auth-cache-key: nginx variables and text (tuning: read, not emitted). */
export declare function parseCacheKey(value: string): Parsed<string>;
/** Go strconv.Atoi (auth-keepalive*). */
export declare function parseGoInt(value: string): Parsed<number>;
