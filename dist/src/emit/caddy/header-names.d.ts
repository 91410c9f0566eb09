import type { RouteTable } from '../../ir/types.js';
import type { Route } from './types.js';
/**
 * RouteTable.dropRequestHeaders: the server's first route deletes every request header whose
 * name contains one of them (Caddy's delete with "*text*" matches names containing the text,
 * ignoring case), so no matcher, handler or upstream after it sees the header. Caddy 2.11's server
 * drops names with "_" or "." itself before any route (lowering refuses enable-underscores-in-headers
 * "true" on Caddy for that); they are listed all the same, for a Caddy that does not.
 */
export declare function headerNameRoutes(ir: Pick<RouteTable, 'dropRequestHeaders'>): Route[];
