import type { RouteTable } from '../../ir/types.js';
import type { Route } from './types.js';
/**
 * RouteTable.hideResponseHeaders (ConfigMap hide-headers): a first, deferred headers handler
 * deletes them from every response when it is written (Caddy's own answers carry none of them,
 * except a hidden Server, which Caddy then does not send either).
 */
export declare const hideRoutes: (ir: Pick<RouteTable, 'hideResponseHeaders'>) => Route[];
