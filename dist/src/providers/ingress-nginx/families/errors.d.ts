import type { FamilyReader, FamilyProblem } from './reader.js';
/**
 * default-backend (annotation), custom-http-errors, disable-proxy-intercept-errors, as
 * ingress-nginx v1.15.1 reads them (annotations/defaultbackend, customhttperrors,
 * disableproxyintercepterrors). Lowering (src/lower/errors.ts) decides what they do.
 */
export interface ErrorSettings {
    /** default-backend: a Service of the Ingress's namespace (ingress-nginx uses its first port). */
    defaultBackend?: string;
    /** custom-http-errors: status codes 400–599, sorted, without duplicates. */
    codes?: number[];
    /** `codes` are the controller ConfigMap's custom-http-errors (lower/controller-config.ts): they go to the global default backend. */
    codesFromConfigMap?: true;
    /** disable-proxy-intercept-errors (default false). */
    disableIntercept?: boolean;
    /** proxy-redirect-from / proxy-redirect-to as written ("off", "default" or a URL prefix). */
    redirectFrom?: string;
    redirectTo?: string;
    /** proxy-cookie-domain / proxy-cookie-path: "off" or a pair. */
    cookieDomain?: 'off' | {
        from: string;
        to: string;
    };
    cookiePath?: 'off' | {
        from: string;
        to: string;
    };
}
export declare function parseCustomHttpErrors(value: string): number[] | FamilyProblem;
export declare function parseDefaultBackend(value: string): string | FamilyProblem;
export declare const errorsReader: FamilyReader;
