import type { FamilyReader } from './reader.js';
/**
 * permanent/temporal redirects, app-root, from-to-www, force-ssl-redirect, preserve-trailing-slash,
 * server-alias, as written (valid values only). `ssl-redirect` itself is read by read.ts
 * (AnnotationSet.sslRedirect). What they mean is decided in src/lower/redirects.ts.
 */
export interface RedirectSettings {
    /** permanent-redirect: an absolute http(s) URL, answered verbatim (ingress-nginx: `return <code> <url>;`). */
    permanent?: string;
    /** permanent-redirect-code as written (digits). */
    permanentCode?: number;
    /** temporal-redirect: as `permanent`; wins over it (redirect.go reads it first). */
    temporal?: string;
    temporalCode?: number;
    /** app-root: a path; "/" is answered with 302 to it. */
    appRoot?: string;
    forceSslRedirect?: boolean;
    preserveTrailingSlash?: boolean;
    fromToWww?: boolean;
    /** server-alias: lowercased DNS names. */
    aliases?: string[];
}
/** The redirect a location answers instead of proxying: ingress-nginx's redirect.go. */
export interface LocationRedirect {
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
/** server-alias: comma-separated host names (ingress-nginx splits on "," and trims spaces). */
export declare function readAliases(value: string): {
    aliases: string[];
} | {
    error: string;
};
export declare const redirectsReader: FamilyReader;
