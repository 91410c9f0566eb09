import type { FamilyReader } from './reader.js';
import { AUTH_METHODS, type HttpUrl } from './auth-values.js';
/**
 * basic and external authentication, satisfy: each key's value as read (valid values only).
 * Lowering decides what they mean together (auth-type without auth-secret, a Secret missing…).
 */
export interface AuthSettings {
    /** auth-type. */
    type?: 'basic' | 'digest';
    /** auth-secret; namespace absent: the Ingress's. */
    secret?: {
        namespace?: string;
        name: string;
    };
    /** auth-secret-type (ingress-nginx's default: auth-file). */
    secretType?: 'auth-file' | 'auth-map';
    /** auth-realm. */
    realm?: string;
    /** auth-url. */
    url?: HttpUrl;
    /** auth-method. */
    method?: (typeof AUTH_METHODS)[number];
    /** auth-signin ("$host" allowed as its host). */
    signin?: HttpUrl;
    /** auth-signin-redirect-param (default "rd"). */
    signinRedirectParam?: string;
    /** auth-response-headers. */
    responseHeaders?: string[];
    /** auth-always-set-cookie. */
    alwaysSetCookie?: boolean;
    /** auth-request-redirect (the X-Auth-Request-Redirect value). */
    requestRedirect?: string;
    /** auth-cache-key, auth-cache-duration (tuning: read and checked, not emitted). */
    cacheKey?: string;
    cacheDuration?: string[];
    /** auth-keepalive, -requests, -timeout (tuning). */
    keepalive?: {
        connections?: number;
        requests?: number;
        timeout?: number;
    };
    /** auth-proxy-set-headers: "namespace/name" of a ConfigMap of auth request headers (lower/auth-headers.ts reads it). */
    proxySetHeaders?: {
        namespace: string;
        name: string;
    };
    /** satisfy. */
    satisfy?: 'any' | 'all';
    /** enable-global-auth (false: the ConfigMap's global-auth-url skips this Ingress). */
    enableGlobalAuth?: boolean;
}
export declare const authReader: FamilyReader;
