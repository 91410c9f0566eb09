import type { Route, RouteTable, VirtualHost } from './types.js';
/** The IR's reference semantics (see types.ts): every emitter must agree with these functions. */
/** Does Prefix route path `p` (normalised) match request path `path`? Element-wise. */
export declare function prefixMatches(p: string, path: string): boolean;
/** Route of `vh` for a request path (without query), or undefined for the vhost fallback. */
export declare function matchPath(vh: VirtualHost, path: string): Route | undefined;
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
    /** How the decision was made. */
    via: 'route' | 'vhost-fallback' | 'default-backend' | 'not-found' | 'bad-request';
}
export declare function matchRequest(ir: RouteTable, hostHeader: string, pathWithQuery: string): MatchResult;
