import { type RouteTable } from '../../ir/types.js';
import type { Server } from './types.js';
import type { SharedRoutes } from './shared-routes.js';
export type Scheme = 'http' | 'https';
/**
 * The routes of one server, in the IR's evaluation order. Caddy runs the handlers of every
 * matching route in order unless a route is terminal, and answers an empty 200 when nothing
 * writes a response, so every host and path route is terminal and every list ends with a
 * catch-all:
 *   one route per exact host, then per wildcard (a host matcher `*.suffix` takes one label only,
 *   so deeper names go on to the next routes), each holding a subroute with the exact paths,
 *   the prefixes longest first and the host's fallback or 404 (no fall-through); both grouped
 *   when there are many (host-dispatch.ts); then the host-less vhost without host matcher, or
 *   the default backend, or 404.
 */
export declare function serverRoutes(ir: RouteTable, scheme: Scheme, shared?: SharedRoutes): Pick<Server, 'routes' | 'named_routes'>;
