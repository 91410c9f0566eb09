import { type Route, type RouteTable } from '../../ir/types.js';
import { canarySide } from '../canary-side.js';
/**
 * ingress-nginx's canary decision (src/ir/types.ts RouteCanary) in the frontend, once txn.be
 * holds the route's backend: txn.ck names the canary whose main backend that is, txn.cd gets the
 * first decided rule ("1" canary, "0" main; affinity: the cookie names a server of the main, then
 * of the canary backend; header, then cookie, then `rand(total) lt weight`),
 * and a "1" swaps txn.be for the canary's twin: the canary upstream's backend with the same
 * policies, Host and timeouts (the main route's, as on ingress-nginx).
 */
/** The canary of a route's upstream, its twin route (canary-side.ts: the canary's upstream and affinity). */
export declare const canaryTwin: typeof canarySide;
/**
 * The frontend lines of every canary. `backendOf` names the backend of a route (registering
 * variant and policy backends as a side effect), `orderedBackendOf` that of a regex-mode route.
 */
export declare function canaryLines(ir: RouteTable, backendOf: (r: Route) => string, orderedBackendOf: (r: Route) => string): string[];
