import { type Route as IrRoute, type RouteTable } from '../../ir/types.js';
import type { Route, RouteMatch } from './types.js';
/**
 * ingress-nginx's canary decision (src/ir/types.ts RouteCanary) as Envoy routes: Envoy takes the
 * first route that matches, so a route with a canary becomes, on the same path match,
 *   header rule routes (→ canary / → main), cookie rule routes, then the weighted split
 *   (`weighted_clusters`, no runtime keys: the weights are fixed in the config).
 * Every one of them carries the main route's settings (filters, policies, Host, timeouts).
 */
type Action = Pick<Route, 'route' | 'direct_response' | 'typed_per_filter_config' | 'request_headers_to_add'>;
/**
 * The routes of IR route `r` (with a canary) for match `m`: `act(upstream)` is the route's action
 * towards an upstream (the main route's settings), `cluster(upstream)` its cluster name.
 */
export declare function canaryRoutes(m: RouteMatch, r: IrRoute, act: (upstream: string) => Action, cluster: (upstream: string) => string): Route[];
/** Canaries by cookie or header pattern carry long RE2 programs (Envoy refuses more than 100 instructions by default). */
export declare const hasCanaryRegex: (ir: RouteTable) => boolean;
export {};
