import type { SourceRef } from '../../diagnostics/types.js';
import type { ForwardedHeaders, RouteTable } from '../../ir/types.js';
/**
 * RouteTable.forwarded (ingress-nginx's forwarded headers), as nginx.tmpl writes them: the
 * location's proxy_set_header lines name variables that the http-level maps below define for the
 * mode, so that every location (and its gRPC twin) repeats the same lines.
 */
export declare const FORWARDED_HEADERS: string[];
/** ingress-nginx's defaults (use-forwarded-headers false), for an IR built without lowering. */
export declare const DEFAULT_FORWARDED: ForwardedHeaders;
/**
 * ssl-passthrough's TLS listener is a unix socket behind the stream proxy (passthrough.ts): its
 * realip module reads the internal PROXY protocol hop, which a forwarded-for header cannot share,
 * and the stream listener would need the client's PROXY header passed on (use-proxy-protocol).
 */
export declare function forwardedProblems(ir: Pick<RouteTable, 'forwarded' | 'passthrough'>): {
    origin: SourceRef;
    host: string;
    ingress: string;
}[];
/** The http-level lines: the realip module (the client address) and the maps of the variables above. */
export declare function forwardedHttpLines(ir: Pick<RouteTable, 'forwarded' | 'passthrough' | 'listen'>): string[];
