import type { FamilyReader } from './reader.js';
/**
 * permanent/temporal redirects, app-root, from-to-www, force-ssl-redirect, preserve-trailing-slash,
 * server-alias, as written (valid values only). `ssl-redirect` itself is read by read.ts
 * (AnnotationSet.sslRedirect). What they mean is decided in src/lower/redirects.ts.
 */
export interface RedirectSettings {
    /**
     * permanent-redirect: an absolute http(s) URL, answered verbatim (ingress-nginx: `return <code> <url>;`),
     * or a path (redirect.go does not URL-check this key), which nginx makes absolute unless `relative`.
     */
    permanent?: string;
    /** permanent-redirect-code as written (digits). */
    permanentCode?: number;
    /** temporal-redirect: an absolute http(s) URL (redirect.go checks it); wins over `permanent` (read first). */
    temporal?: string;
    temporalCode?: number;
    /** app-root: a path; "/" is answered with 302 to it. */
    appRoot?: string;
    forceSslRedirect?: boolean;
    preserveTrailingSlash?: boolean;
    fromToWww?: boolean;
    /** server-alias: lowercased DNS names. */
    aliases?: string[];
    /**
     * relative-redirects "true" (or the ConfigMap's): nginx.tmpl writes `absolute_redirect off;`, so a
     * redirect nginx builds from a path keeps it as the Location instead of `<scheme>://<host><path>`.
     */
    relative?: boolean;
}
/** The redirect a location answers instead of proxying: ingress-nginx's redirect.go. */
export interface LocationRedirect {
    /** An absolute http(s) URL, or (permanent-redirect only) a path starting with "/". */
    url: string;
    code: number;
    /** The annotation that decided it (for diagnostics). */
    key: 'temporal-redirect' | 'permanent-redirect';
}
/**
 * nginx's `return code URL` sends a Location only for these codes; for the other 3xx codes it
 * sends the URL as the response body and no Location (ngx_http_rewrite_module "return").
 */
export declare const NGINX_REDIRECT_CODES: ReadonlySet<number>;
/**
 * redirect.go: temporal-redirect first (code 300–307, else 302), then permanent-redirect (code
 * 300–308, else 301). An empty URL is no redirect.
 */
export declare function locationRedirect(s: RedirectSettings | undefined): LocationRedirect | undefined;
/** An absolute http(s) URL: scheme, host, optional port, path, query; no fragment, no userinfo. */
export declare const REDIRECT_URL_RE: RegExp;
/** A path (absolute, no query), as app-root takes it. */
export declare const APP_ROOT_RE: RegExp;
/**
 * A path-absolute reference with an optional query (RFC 3986 path-absolute "?" query): "/", then
 * no second "/" (that would be "//host", a scheme-relative URL to another host).
 */
export declare const REDIRECT_PATH_RE: RegExp;
/** A location redirect's URL that is a path: nginx makes it absolute (or keeps it, with relative-redirects). */
export declare const isRedirectPath: (url: string) => boolean;
/** server-alias: comma-separated host names (ingress-nginx splits on "," and trims spaces). */
export declare function readAliases(value: string): {
    aliases: string[];
} | {
    error: string;
};
export declare const redirectsReader: FamilyReader;
