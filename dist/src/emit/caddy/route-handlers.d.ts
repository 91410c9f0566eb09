import type { Route as IrRoute } from '../../ir/types.js';
import type { Handler } from './types.js';
/**
 * What a route does before its upstream's shared handler (`invoke`): whether it is logged, the access checks (source
 * ranges, as ingress-nginx orders them: deny-list, then allow-list; 403), the body limit (413),
 * then `beforeFilters` (authentication), then its rewrite (request headers are set by the route's
 * upstream variant). `client_ip` is the connection's peer, or with the ConfigMap's realip modes
 * the address of the trusted peers' header (forwarded-headers.ts forwardedServer).
 */
export declare function routeHandlers(r: IrRoute, beforeFilters?: readonly Handler[]): Handler[];
