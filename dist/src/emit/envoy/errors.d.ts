import { type Route as IrRoute, type RouteErrors, type RouteTable } from '../../ir/types.js';
import type { HeaderMatcher, Route, TypedExtension } from './types.js';
/**
 * A default-backend standing in for a Service without endpoints (RouteErrors.standIn) gets the
 * client's Accept as X-Format; X-Code and the context come with the route's header filter. Envoy
 * drops a header whose formatted value is empty (keep_empty_value false), as nginx does.
 */
export declare function standInHeaders(r: Pick<IrRoute, 'errors'>): NonNullable<Route['request_headers_to_add']>;
/**
 * ingress-nginx's error pages (RouteErrors: custom-http-errors, default-backend) on Envoy: the
 * custom_response filter, configured per route, matches the listed statuses of the route's answer
 * (the upstream's, or Envoy's own local reply: 503 without endpoints, 502/504, the RBAC's 403, the
 * buffer's 413) and internally redirects the request to "/" (query kept) with X-Code, the
 * context headers, X-Original-URI (the target the client sent, kept by the
 * page-status filter), X-Format (the client's Accept, when present) and the marker header below.
 * The recreated request keeps its Host and X-Request-ID, so it is routed in the same virtual host,
 * where the marker's route (errorPageRoutes, first) sends it to the error upstream; its answer is
 * the client's (custom_response does not intercept a redirected answer). Envoy sends the page as
 * a GET without body (support row).
 */
export declare const ERROR_PAGE_HEADER = "x-ingressc-error-page";
export declare const usesErrorPages: (ir: RouteTable) => boolean;
export declare const PAGE_STATUS_LUA = "-- ingressc: an error page's original URI and own status (errors.ts)\nfunction envoy_on_request(h)\n  h:streamInfo():dynamicMetadata():set(\"ingressc.page\", \"uri\", h:headers():get(\":path\") or \"\")\nend\nfunction envoy_on_response(h)\n  local s = h:headers():get(\"x-ingressc-page-status\")\n  if s == nil then return end\n  h:headers():remove(\"x-ingressc-page-status\")\n  if s:match(\"^[1-5]%d%d$\") then h:headers():replace(\":status\", s) end\nend\n";
/** The HTTP filters: before the RBAC, basic auth and buffer filters, so their local replies pass through them. */
export declare const errorPageFilters: () => TypedExtension[];
/** The route's typed_per_filter_config entry, or undefined without codes. */
export declare function customResponseConfig(e: RouteErrors | undefined): Record<string, unknown> | undefined;
/**
 * The routes taking the redirected requests of a virtual host's error pages, one per error
 * upstream its routes use (and 404 for routes without one), before every other route. The
 * request's path becomes "/" whatever it is (a client sending the marker itself gets what an
 * error of the route would give it: the error upstream's answer for "/"), and the marker is removed.
 */
export declare function errorPageRoutes(routes: readonly IrRoute[], cluster: (upstream: string) => string, authority: HeaderMatcher | undefined): Route[];
