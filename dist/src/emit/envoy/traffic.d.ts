import { type Route as IrRoute, type RouteTable } from '../../ir/types.js';
import type { Route } from './types.js';
/**
 * ingress-nginx's CORS as route matchers rather than Envoy's cors filter (which answers a
 * preflight only with Access-Control-Request-Method, never echoes an origin list match with a
 * suffix regex, and adds no headers to a non-CORS request): before the route itself come
 *   1. OPTIONS with a matching Origin (any OPTIONS with "*"): a direct 204 with the headers. It has
 *      no per-route RBAC: the preflight is answered before the access checks, as in ingress-nginx;
 *   2. a matching Origin (with "*": nothing, the route itself carries the headers): the route's
 *      own action with the headers on the response, replacing the upstream's.
 * Origin: Envoy's safe_regex is a full match, so the end-anchored search gets ".*" in front.
 */
export declare function withCors(base: Route, r: IrRoute): Route[];
/**
 * ingress-nginx's cookie affinity as Envoy's cookie hash policy on a ring-hash cluster of the route's
 * own (`<cluster>.sticky`, clusters.ts): without the cookie, Envoy picks a host, generates the cookie
 * (an opaque hash; HttpOnly) and sets it with the route's Path; with it, the same host while the
 * ring is unchanged (ingress-nginx's balanced mode). A TTL of 0 makes a session cookie, as
 * ingress-nginx sends one without session-cookie-max-age. Secure: always, or on the HTTPS listener.
 */
export declare function withAffinity(base: Route, r: IrRoute, scheme: 'http' | 'https'): Route;
/** Does some route match Origin against a list (a regex as long as the list)? */
export declare const hasCorsOriginLists: (ir: RouteTable) => boolean;
