import { hasQuietRoutes, isQuiet } from '../../ir/types.js';
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
export const ACCESS_LOG_METADATA = 'ingressc';
const STDOUT_TYPE = 'type.googleapis.com/envoy.extensions.access_loggers.stream.v3.StdoutAccessLog';
const CEL_TYPE = 'type.googleapis.com/envoy.extensions.access_loggers.filters.cel.v3.ExpressionFilter';
const META = `xds.route_metadata.filter_metadata`;
export const LOGGED_EXPRESSION = `!has(xds.route_name) || !('${ACCESS_LOG_METADATA}' in ${META}) || ${META}['${ACCESS_LOG_METADATA}'].access_log != false`;
/** The HTTP connection manager's `access_log` field. */
export function accessLog(ir) {
    const filter = ir.vhosts.some(hasQuietRoutes)
        ? { filter: { extension_filter: { name: 'envoy.access_loggers.extension_filters.cel', typed_config: { '@type': CEL_TYPE, expression: LOGGED_EXPRESSION } } } }
        : {};
    return { access_log: [{ name: 'envoy.access_loggers.stdout', ...filter, typed_config: { '@type': STDOUT_TYPE } }] };
}
/** `x` with the quiet marker when its IR route has enable-access-log "false" (a new object; `x` otherwise). */
export const withAccessLog = (x, r) => isQuiet(r) ? { ...x, metadata: { filter_metadata: { [ACCESS_LOG_METADATA]: { access_log: false } } } } : x;
