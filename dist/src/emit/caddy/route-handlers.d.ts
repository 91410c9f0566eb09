import type { Route as IrRoute } from '../../ir/types.js';
import type { Handler } from './types.js';
/**
 * What a route does before its upstream's shared handler (`invoke`): the access checks (source
 * ranges, as ingress-nginx orders them: deny-list, then allow-list; 403), the body limit (413),
 * then `beforeFilters` (authentication), then its rewrite (request headers are set by the route's
 * upstream variant). `remote_ip` is the connection's peer: Caddy's
 * trusted-proxies setting is never configured, so X-Forwarded-For is not consulted.
 */
export declare function routeHandlers(r: IrRoute, beforeFilters?: readonly Handler[]): Handler[];
