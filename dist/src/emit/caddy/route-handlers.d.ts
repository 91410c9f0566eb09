import { type Route as IrRoute } from '../../ir/types.js';
import type { Handler } from './types.js';
/**
 * What a route does before its upstream's shared handler (`invoke`): whether it is logged, the access checks (source
 * ranges, as ingress-nginx orders them: deny-list, then allow-list; 403), the body limit (413),
 * then `beforeFilters` (authentication), then its rewrite (request headers are set by the route's
 * upstream variant). `client_ip` is the connection's peer, or with the ConfigMap's realip modes
 * the address of the trusted peers' header (forwarded-headers.ts forwardedServer).
 */
export declare function routeHandlers(r: IrRoute, beforeFilters?: readonly Handler[]): Handler[];
/**
 * enable-access-log "false": nginx's `access_log off` covers every answer of the location, its
 * 403 and 413 too, and its redirects (routes.ts puts this before them).
 */
export declare const logSkip: (r: Pick<IrRoute, 'policies'> | undefined) => Handler[];
