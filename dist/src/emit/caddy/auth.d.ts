import type { Route as IrRoute, RouteTable } from '../../ir/types.js';
import type { Handler } from './types.js';
/**
 * Basic authentication with Caddy's http_basic provider, before the route's answer: a request
 * without valid credentials gets 401 with `WWW-Authenticate: Basic realm="<realm>"` (Caddy's
 * "restricted" when the realm is empty); Caddy checks bcrypt hashes only (lowering refused the
 * other formats with IC3132). Authorization is then removed (ingress-nginx clears it).
 */
export declare function authHandlers(r: IrRoute | undefined): Handler[];
export declare const usesBasicAuth: (ir: RouteTable) => boolean;
