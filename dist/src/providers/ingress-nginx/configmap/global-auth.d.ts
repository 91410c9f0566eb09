import { AUTH_METHODS, type HttpUrl } from '../families/auth-values.js';
/**
 * The controller ConfigMap's global external authentication (configmap.go's GlobalExternalAuth),
 * as set. Lowering (lower/auth.ts) decides where it applies. ingress-nginx logs and drops a value
 * it refuses (the routes are then served without authentication); ingressc refuses it instead.
 */
export interface GlobalAuthSettings {
    url?: HttpUrl;
    method?: (typeof AUTH_METHODS)[number];
    /** "$host" allowed as its host, as for auth-signin. */
    signin?: HttpUrl;
    signinRedirectParam?: string;
    responseHeaders?: string[];
    requestRedirect?: string;
    alwaysSetCookie?: boolean;
}
type Parsed = {
    value: unknown;
} | {
    expected: string;
};
/**
 * The grammar of each global-auth-* key: the one of its annotation (families/auth-values.ts), and
 * "" (the documented default of all but the redirect param) for "not set".
 */
export declare function parseGlobalAuthValue(name: string, value: string): Parsed;
/** no-auth-locations as isLocationInLocationList reads it: split on ",", each trimmed, empty ones skipped. */
export declare const locationList: (raw: string) => string[];
export {};
