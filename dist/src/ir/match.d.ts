import type { Route, RouteCanary, RouteFilter, RouteTable, VirtualHost } from './types.js';
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
    /** How the decision was made. */
    via: 'route' | 'vhost-fallback' | 'default-backend' | 'not-found' | 'bad-request';
    /**
     * Set when the route has a canary: how it decided. A header or cookie decision is already in
     * `upstream`; for a weighted split `upstream` is the route's own and `split` tells the odds.
     */
    canary?: CanaryDecision;
    split?: {
        upstream: string;
        weight: number;
    }[];
}
export declare function matchRequest(ir: RouteTable, hostHeader: string, pathWithQuery: string, headers?: RequestHeaders): MatchResult;
