import type { Route, RouteFilter, RouteTable, VirtualHost } from './types.js';
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
}
export declare function matchRequest(ir: RouteTable, hostHeader: string, pathWithQuery: string): MatchResult;
