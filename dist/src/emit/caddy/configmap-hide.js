/**
 * RouteTable.hideResponseHeaders (ConfigMap hide-headers): a first, deferred headers handler
 * deletes them from every response when it is written (Caddy's own answers carry none of them,
 * except a hidden Server, which Caddy then does not send either).
 */
export const hideRoutes = (ir) => ir.hideResponseHeaders?.length ? [{ handle: [{ handler: 'headers', response: { delete: [...ir.hideResponseHeaders], deferred: true } }] }] : [];
