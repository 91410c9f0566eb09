import { type Route, type RouteTable } from '../../ir/types.js';
/**
 * ingress-nginx's canary decision (src/ir/types.ts RouteCanary) in the frontend, once txn.be
 * holds the route's backend: txn.ck names the canary whose main backend that is, txn.cd gets the
 * first decided rule ("1" canary, "0" main; header, then cookie, then `rand(total) lt weight`),
 * and a "1" swaps txn.be for the canary's twin: the canary upstream's backend with the same
 * policies, Host and timeouts (the main route's, as on ingress-nginx).
 */
/** The canary of a route's upstream, its twin route (same settings, the canary's upstream). */
export declare const canaryTwin: (r: Route) => Route;
/**
 * The frontend lines of every canary. `backendOf` names the backend of a route (registering
 * variant and policy backends as a side effect), `orderedBackendOf` that of a regex-mode route.
 */
export declare function canaryLines(ir: RouteTable, backendOf: (r: Route) => string, orderedBackendOf: (r: Route) => string): string[];
