import type { FamilyReader } from './reader.js';
/**
 * CORS (and, later, session affinity). ingress-nginx v1.15.1 (internal/ingress/annotations/cors)
 * falls back to a default for a value its validator refuses; ingressc refuses it instead (IC2081),
 * so a typo never turns into a silently different policy. Only what ingress-nginx itself skips
 * without failing (an origin without a scheme, other entries beside "*") is a warning (IC2280).
 */
export interface CorsSettings {
    /** enable-cors. */
    enabled: boolean;
    /** cors-allow-origin: '*' (default), or the origins kept (may be empty: then no origin matches). */
    origins?: '*' | string[];
    /** Entries ingress-nginx skips, for the warning: [entry, why]. */
    skipped?: [string, string][];
    methods?: string;
    headers?: string;
    exposeHeaders?: string;
    credentials?: boolean;
    maxAge?: number;
}
/** affinity and session-cookie-* (internal/ingress/annotations/sessionaffinity). */
export interface AffinitySettings {
    /** affinity: "cookie" (the only type). */
    type?: 'cookie';
    mode?: 'balanced' | 'persistent';
    canaryBehavior?: 'sticky' | 'legacy';
    name?: string;
    path?: string;
    domain?: string;
    sameSite?: string;
    /** Seconds, as written (validated). */
    expires?: number;
    maxAge?: number;
    secure?: boolean;
    conditionalSameSiteNone?: boolean;
    changeOnFailure?: boolean;
}
export interface TrafficSettings {
    cors?: CorsSettings;
    affinity?: AffinitySettings;
    /** enable-access-log (default true). */
    accessLog?: boolean;
}
/** ingress-nginx's defaults (cors/main.go). */
export declare const CORS_DEFAULTS: {
    readonly methods: 'GET, PUT, POST, DELETE, PATCH, OPTIONS';
    readonly headers: 'DNT,Keep-Alive,User-Agent,X-Requested-With,If-Modified-Since,Cache-Control,Content-Type,Range,Authorization';
    readonly credentials: true;
    readonly maxAge: 1728000;
};
export declare const CORS_KEYS: readonly ['enable-cors', 'cors-allow-origin', 'cors-allow-methods', 'cors-allow-headers', 'cors-expose-headers', 'cors-allow-credentials', 'cors-max-age'];
/** cors-allow-origin → '*' or the kept origins, with the entries ingress-nginx skips. */
export declare function parseCorsOrigins(value: string): {
    origins: '*' | string[];
    skipped: [string, string][];
} | {
    expected: string;
};
export declare const AFFINITY_KEYS: readonly ['affinity', 'affinity-mode', 'affinity-canary-behavior', 'session-cookie-name', 'session-cookie-path', 'session-cookie-domain', 'session-cookie-samesite', 'session-cookie-expires', 'session-cookie-max-age', 'session-cookie-secure', 'session-cookie-conditional-samesite-none', 'session-cookie-change-on-failure'];
export declare const DEFAULT_COOKIE_NAME = "INGRESSCOOKIE";
export declare const trafficReader: FamilyReader;
