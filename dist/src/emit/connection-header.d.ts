import type { RouteFilter, RoutePolicies } from '../ir/types.js';
/**
 * connection-proxy-header (UpstreamTuning.connectionHeader): the Connection header sent to the
 * backend, as one more header the route sets (nginx: one of the location's proxy_set_header lines;
 * Envoy: request_headers_to_add; Caddy: the reverse_proxy's request headers), after the route's own.
 */
export declare function withConnectionHeader(filters: RouteFilter[] | undefined, p: RoutePolicies | undefined): RouteFilter[] | undefined;
