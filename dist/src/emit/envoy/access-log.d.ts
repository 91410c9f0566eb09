import { type Route as IrRoute, type RouteTable } from '../../ir/types.js';
import type { Route } from './types.js';
/**
 * The access log, as ingress-nginx's controller writes one line per request: Envoy's default
 * format on stdout, from every HTTP connection manager.
 *
 * enable-access-log "false" (RoutePolicies.accessLog; ingress-nginx's `access_log off;` in the
 * location): every Envoy route made from such a route (its redirects, canary and CORS routes too)
 * carries `metadata.filter_metadata.ingressc.access_log: false`, and the logger's CEL filter skips
 * the requests whose route has it. The route is the one chosen for the answer, so Envoy's own
 * answers on it (403 of a source range, 413 of the body limit, a redirect) are skipped too; the
 * host's HTTPS redirect gets a route per path then (routes.ts), as ingress-nginx redirects in the
 * location. The marker is route configuration only: nothing new reaches the upstream. The filter
 * is there only when some route is quiet.
 *
 * The CEL expression is written so that nothing it cannot read drops a line: without a route
 * (Envoy's 404 before routing) xds.route_name is absent, and a route without metadata has no
 * `ingressc` entry; an attribute that is not there is an error, and an error filters the line
 * out, so each case is tested before the entry is read.
 */
export declare const ACCESS_LOG_METADATA = "ingressc";
export declare const LOGGED_EXPRESSION = "!has(xds.route_name) || !('ingressc' in xds.route_metadata.filter_metadata) || xds.route_metadata.filter_metadata['ingressc'].access_log != false";
/** The HTTP connection manager's `access_log` field. */
export declare function accessLog(ir: RouteTable): {
    access_log: Record<string, unknown>[];
};
/** `x` with the quiet marker when its IR route has enable-access-log "false" (a new object; `x` otherwise). */
export declare const withAccessLog: (x: Route, r: Pick<IrRoute, 'policies'>) => Route;
