import { type Route, type RouteTable } from '../../ir/types.js';
/**
 * What Traefik's middlewares cannot decide by client address, decided by routers instead: a route
 * gets twins, copies of itself whose rule adds `ClientIP(..)` (the connection's peer, as nginx's
 * deny and geo read $remote_addr) and whose policies differ.
 *  - denylist-source-range (and ConfigMap block-cidrs): Traefik has no deny-list middleware. The
 *    deny twin keeps the route's limits (nginx's preaccess phase counts a denied client too) and
 *    replaces its source ranges by an allow-list that admits nobody: 403, as nginx's deny. The
 *    route itself keeps only its allow-list.
 *  - limit-whitelist: rateLimit / inFlightReq have no exemption list. The exempt twin is the route
 *    without its limits.
 * A twin is added through the same path as its route (redirects, CORS and canary routers alike,
 * so a redirect or a CORS preflight still answers first, in nginx's rewrite phase) and sits a band
 * above it: with twins in the table priorities are spaced TWIN_STEP apart (priority.ts), the route
 * and its decision routers take [p, p+8), the exempt twin [p+8, p+16), the deny twin [p+16, p+24)
 * and the deny twin's own exempt twin [p+24, p+32), each below the next route's p+32.
 */
export declare const TWIN_STEP: number;
/** Whether any route gets a twin: the two conditions of clientTwins, without building them. */
export declare const hasClientTwins: (ir: RouteTable) => boolean;
export interface ClientTwin {
    /** Appended to the route's router name. */
    suffix: string;
    /** The route as these clients see it. */
    route: Route;
    /** Added to the route's rule. */
    matcher: string;
    /** Added to the route's priority. */
    bump: number;
}
/** The twins of `r` (none for most routes); the deny twin has an exempt twin of its own when the route has both. */
export declare function clientTwins(r: Route): ClientTwin[];
/** The route as clients outside every twin's ranges see it: no deny-list (its twin refuses those). */
export declare function withoutDenyList(r: Route): Route;
