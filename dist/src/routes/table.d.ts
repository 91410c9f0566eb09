import type { Diagnostic, SourceRef } from '../diagnostics/types.js';
import type { HostKind, PathMatch, Route, RouteTable, Upstream } from '../ir/types.js';
import type { CompileOptionsInput } from '../options.js';
import type { SourceFile } from '../parse/source.js';
/** One line of the route table: a route, a host's fallback, or the global default backend. */
export interface RouteRow {
    /** Virtual host name ("cafe.example.com", "*.example.com", "*" for rules without host); "" for the global default. */
    host: string;
    hostKind: HostKind | 'default';
    /** Normalised path (Prefix without trailing "/"); "" for fallbacks and the default backend. */
    path: string;
    match: PathMatch | 'Fallback' | 'Default' | 'Passthrough';
    /** pathType as written (ImplementationSpecific is matched as Prefix). */
    pathType?: Route['pathType'];
    /** "namespace/service:port". */
    backend: string;
    /** Upstream id in the generated configs. */
    upstream: string;
    /**
     * "redirect": HTTPS, plain HTTP answered with 308; "https": served on both; "none": no TLS section;
     * "passthrough": a TLS connection with that SNI goes undecrypted to the backend (ssl-passthrough).
     */
    tls: 'redirect' | 'https' | 'none' | 'passthrough';
    /** Certificate id ("namespace-secret") when the host has a TLS section with a secret. */
    certificate?: string;
    /** "namespace/name" of the Ingress that defined the row. */
    ingress?: string;
    /** The route's canary (ingress-nginx canary-*): its backend and how requests are sent there. */
    canary?: {
        backend: string;
        upstream: string;
        ingress: string;
        /** The affinity cookies that decide first (RouteCanary step 0): the main side's, the canary side's. */
        affinity?: {
            main?: string;
            canary?: string;
        };
        header?: {
            name: string;
            value?: string;
            pattern?: string;
        };
        cookie?: string;
        weight: number;
        weightTotal: number;
    };
    origin?: SourceRef;
}
export interface RoutesResult {
    ok: boolean;
    rows: RouteRow[];
    ir?: RouteTable;
    diagnostics: Diagnostic[];
}
export declare const backendName: (u: Upstream | undefined, id: string) => string;
/** The IR's route table, in precedence order per host (exact paths, then longest prefix first, then the fallback). */
export declare function routeRows(ir: RouteTable): RouteRow[];
/** parse → validate → lower, then the route table. Pure, like compile. */
export declare function routes(sources: readonly SourceFile[], options?: Omit<CompileOptionsInput, 'target'>): RoutesResult;
