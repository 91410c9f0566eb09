import type { HeaderValue } from './types.js';
import { type CorsOutcome } from './cors.js';
import { type HashKeyPart, type RequestRedirect, type RouteMirror, type ResponseRewrites, type Route, type RouteCanary, type RouteFilter, type RoutePolicies, type RouteTable, type SniPassthrough, type Upstream, type VirtualHost } from './types.js';
export { decideAccess, type AccessDecision, type AccessRequest } from './access.js';
/** The IR's reference semantics (see types.ts): every emitter must agree with these functions. */
/** Does Prefix route path `p` (normalised) match request path `path`? Element-wise. */
export declare function prefixMatches(p: string, path: string): boolean;
/** Does route `r` match request path `path`? */
export declare function routeMatches(r: Pick<Route, 'path' | 'match'>, path: string): boolean;
/** Route of `vh` for a request path (without query), or undefined for the vhost fallback. */
export declare function matchPath(vh: VirtualHost, path: string): Route | undefined;
/** What the upstream receives after the route's filters: the path (query kept) and headers set. */
export interface Forwarded {
    pathWithQuery: string;
    setHeaders: {
        name: string;
        value: string;
    }[];
}
export declare function applyFilters(filters: readonly RouteFilter[] | undefined, pathWithQuery: string): Forwarded;
/** Host header → vhost: lowercase, port dropped, exact > one-label wildcard > host-less. */
export declare function matchHost(ir: RouteTable, hostHeader: string): {
    vhost?: VirtualHost;
    host: string;
};
export declare function normalizeHost(h: string): string;
/** Request headers by name (any case); a list is several lines of one header. */
export type RequestHeaders = Readonly<Record<string, string | readonly string[]>>;
/** The value of header `name` as nginx's $http_ variable gives it: every line, joined by ", "; undefined when absent. */
export declare function headerValue(headers: RequestHeaders | undefined, name: string): string | undefined;
/**
 * nginx's $cookie_<name> (ngx_http_parse_multi_header_lines), over every Cookie line in order: at
 * each pair, the name compared case-insensitively, spaces, "=", spaces, and the value runs to the
 * next ";" (trailing spaces kept); a pair that is not it is skipped to the next ";" or ",", then
 * spaces. The first match wins, whatever its value.
 */
export declare function cookieValue(headers: RequestHeaders | undefined, name: string): string | undefined;
/** How a canary decided (types.ts RouteCanary): by header or cookie for sure, else a weighted split. */
export type CanaryDecision = {
    by: 'header' | 'cookie';
    canary: boolean;
} | {
    by: 'weight';
    weight: number;
    weightTotal: number;
};
export declare function decideCanary(c: RouteCanary, headers: RequestHeaders | undefined): CanaryDecision;
export interface MatchResult {
    vhost?: VirtualHost;
    route?: Route;
    /** Upstream id that serves the request; undefined = 404 from the proxy (or 400, see via). */
    upstream?: string;
    /** The normalised path the route was chosen by (normalize-path.ts); absent for a bad request. */
    path?: string;
    /** Why a request path is refused with 400 (via 'bad-request'). */
    badRequest?: string;
    /** Set when the route's filters change the request: what the upstream receives. */
    forwarded?: Forwarded;
    /** Set when the answer is a redirect (via 'redirect'): status and Location. */
    redirect?: {
        status: number;
        location: string;
    };
    /** How the decision was made. */
    via: 'route' | 'vhost-fallback' | 'default-backend' | 'not-found' | 'bad-request' | 'redirect' | 'passthrough';
    /** via 'passthrough': the TLS connection goes undecrypted to `upstream` (no path, route or filter applies). */
    passthrough?: SniPassthrough;
    /**
     * Set when the route has a canary: how it decided. A header or cookie decision is already in
     * `upstream`; for a weighted split `upstream` is the route's own and `split` tells the odds.
     */
    canary?: CanaryDecision;
    split?: {
        upstream: string;
        weight: number;
    }[];
    /**
     * The route's CORS policy applies (src/ir/cors.ts): `preflight` = the proxy answers 204 with
     * `headers` and the upstream is not called; else the upstream's response gets `headers`.
     */
    cors?: CorsOutcome;
    /** With extras.https: the Strict-Transport-Security value the answer carries (VhostTls.hsts). */
    hsts?: string;
    /** RouteTable.headerBlocks refuses the request (403) before anything else answers; the rest says what would have. */
    blocked?: {
        status: 403;
        header: string;
    };
    /**
     * The route's affinity cookie (types.ts AffinityPolicy): `sets` when the request does not carry
     * it, so the response sets it (whether a carried cookie still names a current endpoint is the
     * proxy's to judge: then it is set again).
     */
    affinity?: {
        cookie: string;
        sets: boolean;
    };
    /** Headers the route's answers carry, replacing the upstream's (Route.responseHeaders). What the upstream receives: forwarded.ts upstreamHeaders. */
    responseHeaders?: HeaderValue[];
    /**
     * How the upstream picks an endpoint when it is not round robin (Upstream.balance): by load, or by
     * the hash of `key` (hashKeyValue: requests with equal keys go to the same endpoint).
     */
    balance?: {
        algorithm: 'least-loaded';
    } | {
        algorithm: 'hash';
        key: string;
        subsetSize?: number;
    };
}
/**
 * The string an upstream's hash key gives for a request (types.ts HashKeyPart): its parts' values
 * joined; a header as headerValue gives it, a cookie as cookieValue, a query parameter's raw value
 * at its first occurrence (name without case), and "" for what the request does not carry.
 */
export declare function hashKeyValue(key: readonly HashKeyPart[], req: {
    hostHeader: string;
    target: string;
    headers?: RequestHeaders;
    clientAddress?: string;
}): string;
/** Request details beyond host and path that some features read. */
export interface RequestExtras {
    method?: string;
    /** The Origin header, when sent. */
    origin?: string;
    /** Cookie names the request carries (affinity: a request without the route's cookie gets one). */
    cookies?: readonly string[];
    /** Request headers (canary: its header and the Cookie line decide). */
    headers?: RequestHeaders;
    /** How the request arrived: with it, matchRequest answers redirects too (absent: routing only). */
    https?: boolean;
    /** The client's address (a hash key of the client address reads it; absent: ""). */
    clientAddress?: string;
}
/** The Location of a RequestRedirect (types.ts) for a request with this Host header and target. */
export declare function redirectLocation(f: RequestRedirect, ir: Pick<RouteTable, 'listen'>, hostHeader: string, target: string, https: boolean): string;
/**
 * The TLS passthrough host (RouteTable.passthrough) a ClientHello with this SNI is handed to, if any:
 * the whole name, lowercased (no wildcard, no trailing-dot folding: an SNI carries neither).
 */
export declare function matchSni(ir: Pick<RouteTable, 'passthrough'>, sni: string | undefined): SniPassthrough | undefined;
export declare function matchRequest(ir: RouteTable, hostHeader: string, pathWithQuery: string, given?: RequestExtras): MatchResult;
/**
 * How the proxy talks to an upstream (backend-protocol, proxy-ssl-*), for explanations; undefined
 * for plain HTTP/1.1. 'auto-http': TLS (with the settings) only for requests that came over TLS.
 */
export declare function upstreamConnection(u: Pick<Upstream, 'protocol' | 'tls'>): string | undefined;
/** Who answers in place of a route's answer intercepted by its error pages (RouteErrors). */
export interface ErrorPage {
    /** Upstream id; undefined: the proxy answers 404. */
    upstream?: string;
    /** What that upstream receives: path "/" with the request's query, and the headers set. */
    pathWithQuery: string;
    setHeaders: {
        name: string;
        value: string;
    }[];
}
/**
 * RouteErrors evaluated: the route answered `status`, produced by its upstream or by the proxy
 * itself (503 without endpoints, 502/504, 403, 413). Undefined: the answer goes to the client.
 * `request` is the request as the client sent it (target and Accept header).
 */
export declare function errorPage(route: Pick<Route, 'errors'>, status: number, by: 'upstream' | 'proxy', request: {
    target: string;
    accept?: string;
    clientAddress?: string;
}): ErrorPage | undefined;
/**
 * ResponseRewrites evaluated on one response header of the route's upstream: the value the client
 * receives (nginx's proxy_redirect / proxy_cookie_domain / proxy_cookie_path, string forms).
 */
export declare function rewriteResponseHeader(rw: ResponseRewrites | undefined, name: string, value: string, request: {
    scheme: 'http' | 'https';
    hostHeader: string;
}): string;
/** What a route requires before it proxies (source ranges, authentication, satisfy), in words; decideAccess() decides. */
export declare function describeAccess(p: RoutePolicies | undefined): string[];
/** The request target of a route's mirrored copy (RouteMirror.target) for a request target as the client sent it. */
export declare function mirrorRequestTarget(m: Pick<RouteMirror, 'target'>, requestTarget: string): string;
