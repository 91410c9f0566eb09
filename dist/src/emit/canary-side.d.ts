import type { Route } from '../ir/types.js';
/**
 * The route a canary's requests take (RouteCanary): the same settings, the canary's upstream, and
 * the canary's own affinity in place of the route's (none when the canary side is not sticky).
 */
export declare function canarySide(r: Route): Route;
