import type { Diagnostic, SourceRef } from '../diagnostics/types.js';
import { type MatchResult, type RequestExtras } from '../ir/match.js';
import { type ClientAuth, type HostKind, type PathMatch, type RequestLimits, type ResponseRewrites, type Route, type RouteErrors, type RouteTable } from '../ir/types.js';
import type { CompileOptionsInput } from '../options.js';
import type { SourceFile } from '../parse/source.js';
export interface MatchRequestInput {
    /** "http://host/path?q", "https://host:8443/path", or "/path" (then a Host header is required). */
    url: string;
    /** "Name: value" lines or a record; Host routes; Origin and Cookie feed CORS and affinity; a canary's header and Cookie decide. */
    headers?: readonly string[] | Readonly<Record<string, string>>;
    /** Request method (default GET): an OPTIONS request may be a CORS preflight. */
    method?: string;
}
/** A route that also matched the path but lost, and why. */
export interface Candidate {
    path: string;
    match: PathMatch;
    backend: string;
    ingress: string;
    origin: SourceRef;
    lostBecause: 'longer-path-wins' | 'exact-beats-prefix' | 'earlier-regex-wins';
}
export interface MatchExplanation {
    ok: boolean;
    diagnostics: Diagnostic[];
    /** `path` as sent; `normalizedPath` what routing compares (README "Request normalisation"), absent on 400. */
    request?: {
        scheme: 'http' | 'https';
        hostHeader: string;
        host: string;
        path: string;
        normalizedPath?: string;
        droppedHeaders?: string[];
    };
    /**
     * What answers: a backend (route, host fallback or global default backend), a 308 redirect to HTTPS,
     * or the proxy's own 404.
     */
    answer?: {
        kind: 'backend';
        backend: string;
        upstream: string;
    } | {
        kind: 'redirect';
        status: number;
        location: string;
    } | {
        kind: 'not-found';
        status: 404;
    } | {
        kind: 'bad-request';
        status: 400;
        reason: string;
    };
    via?: 'route' | 'vhost-fallback' | 'default-backend' | 'not-found' | 'redirect' | 'bad-request' | 'passthrough';
    /** via 'passthrough': the Ingress that set ssl-passthrough for the host (the TLS connection is not decrypted). */
    passthrough?: {
        ingress: string;
        origin: SourceRef;
    };
    /** Host class chosen: exact host, one-label wildcard, the host-less rules, or none (no vhost). */
    hostClass?: HostKind | 'none';
    vhost?: string;
    route?: {
        path: string;
        match: PathMatch;
        pathType: Route['pathType'];
        ingress: string;
        origin: SourceRef;
        /** The path the upstream receives when the route rewrites it (query kept). */
        rewrittenPath?: string;
        /** Headers the route sets on the request. */
        setHeaders?: {
            name: string;
            value: string;
        }[];
        /** Error pages (default-backend, custom-http-errors) and response rewrites (proxy-redirect, proxy-cookie). */
        errors?: RouteErrors;
        responseRewrites?: ResponseRewrites;
        /** Per-client request limits (limit-rps, limit-rpm, limit-connections): not evaluated, stated. */
        limits?: RequestLimits;
        /** What the route requires before it proxies (source ranges, authentication), in words. */
        access?: string[];
        /** The copy of the request a mirroring route also sends (mirror-target); only when it proxies. */
        mirror?: {
            url: string;
            hostHeader: string;
            body: boolean;
        };
    };
    /** Client certificates the host requires (auth-tls-*), checked before any route on HTTPS. */
    clientAuth?: Omit<ClientAuth, 'caPem'>;
    /**
     * The route's canary (src/ir/types.ts RouteCanary): how it decided. By header or cookie the answer
     * is already the chosen backend; by weight, `split` gives the odds and `answer` is the main backend.
     */
    canary?: {
        ingress: string;
        decidedBy: 'header' | 'cookie' | 'weight';
        toCanary?: boolean;
        split?: {
            backend: string;
            upstream: string;
            weight: number;
        }[];
        /**
         * Affinity cookies the request carries that decide before these rules when their value names an
         * endpoint of the main (or canary) side (RouteCanary step 0): values are not judged here.
         */
        affinityCookies?: string[];
    };
    /** Other routes of the same host that also match, with the precedence rule they lost on. */
    candidates: Candidate[];
    /** Wildcard vhosts that look related but do not match (they cover exactly one label). */
    wildcardMisses: string[];
    /** The route's CORS policy applies (src/ir/cors.ts): a preflight is answered 204 by the proxy. */
    cors?: MatchResult['cors'];
    /** The route's affinity cookie, and whether the response sets it. */
    affinity?: MatchResult['affinity'];
    /** How the backend picks an endpoint when not round robin (load-balance, upstream-hash-by). */
    balance?: MatchResult['balance'];
}
/** Which route and backend would serve a request, and why: the IR's reference matcher, explained. */
export declare function match(sources: readonly SourceFile[], request: MatchRequestInput, options?: Omit<CompileOptionsInput, 'target'>): MatchExplanation;
export declare function explainRequest(ir: RouteTable, req: {
    scheme: 'http' | 'https';
    hostHeader: string;
    path: string;
    extras?: RequestExtras;
}): Omit<MatchExplanation, 'ok' | 'diagnostics'>;
/** URL + headers → scheme, Host header and raw request target (never normalised, as a proxy receives it). */
export declare function parseRequest(req: MatchRequestInput): {
    scheme: 'http' | 'https';
    hostHeader: string;
    path: string;
    extras?: RequestExtras;
} | {
    error: Diagnostic;
};
