import type { RouteTable } from '../../ir/types.js';
import type { Route } from './types.js';
/**
 * RouteTable.compression: the server's first route, an encode handler that wraps every later
 * route (Caddy's own answers too). Its response matcher takes the listed types as sent, with or
 * without parameters ("*": any type); Caddy reads minimum_length 0 as its default 512, and a
 * response of 0 bytes is never worth compressing, so 0 is written 1. A User-Agent regex becomes
 * the route's matcher: a request whose User-Agent it is found in skips the handler.
 */
export declare function compressionRoutes(ir: Pick<RouteTable, 'compression'>): Route[];
