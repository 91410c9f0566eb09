import { routesOf, type Route as IrRoute, type RouteErrors, type RouteTable } from '../../ir/types.js';
import type { HeaderMatcher, Route, TypedExtension } from './types.js';

/**
 * A default-backend standing in for a Service without endpoints (RouteErrors.standIn) gets the
 * client's Accept as X-Format; X-Code and the context come with the route's header filter. Envoy
 * drops a header whose formatted value is empty (keep_empty_value false), as nginx does.
 */
export function standInHeaders(r: Pick<IrRoute, 'errors'>): NonNullable<Route['request_headers_to_add']> {
  return r.errors?.standIn ? [{ header: { key: 'X-Format', value: '%REQ(accept)%' }, append_action: 'OVERWRITE_IF_EXISTS_OR_ADD' }] : [];
}

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
export const ERROR_PAGE_HEADER = 'x-ingressc-error-page';
const CUSTOM_RESPONSE = 'envoy.filters.http.custom_response';
const CUSTOM_RESPONSE_TYPE = 'type.googleapis.com/envoy.extensions.filters.http.custom_response.v3.CustomResponse';
const REDIRECT_POLICY_TYPE = 'type.googleapis.com/envoy.extensions.http.custom_response.redirect_policy.v3.RedirectPolicy';
const STATUS_INPUT_TYPE = 'type.googleapis.com/envoy.type.matcher.v3.HttpResponseStatusCodeMatchInput';

export const usesErrorPages = (ir: RouteTable): boolean => ir.vhosts.some((v) => routesOf(v).some((r) => (r.errors?.codes.length ?? 0) > 0));

/**
 * A Lua filter after the normalisation filters: on the request it keeps the request target as the
 * client sent it (restored by them) for X-Original-URI. On the response: custom_response gives the
 * error page's answer the status of the answer it replaced, nginx sends the page's own; the
 * redirect policy copies the page's status into PAGE_STATUS, which this filter, earlier in the
 * chain (so later on the response), puts back and removes.
 */
const PAGE_STATUS = 'x-ingressc-page-status';
export const PAGE_STATUS_LUA = `-- ingressc: an error page's original URI and own status (errors.ts)
function envoy_on_request(h)
  h:streamInfo():dynamicMetadata():set("ingressc.page", "uri", h:headers():get(":path") or "")
end
function envoy_on_response(h)
  local s = h:headers():get("${PAGE_STATUS}")
  if s == nil then return end
  h:headers():remove("${PAGE_STATUS}")
  if s:match("^[1-5]%d%d$") then h:headers():replace(":status", s) end
end
`;
const LUA_TYPE = 'type.googleapis.com/envoy.extensions.filters.http.lua.v3.Lua';

/** The HTTP filters: before the RBAC, basic auth and buffer filters, so their local replies pass through them. */
export const errorPageFilters = (): TypedExtension[] => [
  { name: 'ingressc.page-status', typed_config: { '@type': LUA_TYPE, default_source_code: { inline_string: PAGE_STATUS_LUA } } },
  { name: CUSTOM_RESPONSE, typed_config: { '@type': CUSTOM_RESPONSE_TYPE } },
];

/** Envoy's header formatter reads "%": the context (DNS names, a port) never has one; refuse rather than escape. */
const literal = (s: string): string => {
  if (!/^[A-Za-z0-9._-]+$/.test(s)) throw new Error(`envoy: refusing error-page header value ${JSON.stringify(s)}`);
  return s;
};

const set = (key: string, value: string) => ({ header: { key, value }, append_action: 'OVERWRITE_IF_EXISTS_OR_ADD' as const });

/** The route's typed_per_filter_config entry, or undefined without codes. */
export function customResponseConfig(e: RouteErrors | undefined): Record<string, unknown> | undefined {
  if (!e || e.codes.length === 0) return undefined;
  // Envoy cannot tell an upstream's answer from its own local reply here: no row for disable-proxy-intercept-errors.
  if (!e.upstreamResponses) throw new Error('envoy: disable-proxy-intercept-errors reached the emitter');
  const c = e.context;
  const page = (code: number): Record<string, unknown> =>
    e.upstream === undefined
      ? { '@type': REDIRECT_POLICY_TYPE, redirect_action: { path_redirect: '/' }, request_headers_to_add: [set(ERROR_PAGE_HEADER, 'none')], response_headers_to_add: [set(PAGE_STATUS, '%RESPONSE_CODE%')] }
      : {
          '@type': REDIRECT_POLICY_TYPE,
          redirect_action: { path_redirect: '/' },
          response_headers_to_add: [set(PAGE_STATUS, '%RESPONSE_CODE%')],
          request_headers_to_add: [
            set(ERROR_PAGE_HEADER, literal(e.upstream)),
            set('X-Code', String(code)),
            set('X-Format', '%REQ(accept)%'),
            set('X-Original-URI', '%DYNAMIC_METADATA(ingressc.page:uri)%'),
            set('X-Namespace', literal(c.namespace)),
            set('X-Ingress-Name', literal(c.ingress)),
            set('X-Service-Name', literal(c.service)),
            set('X-Service-Port', literal(c.servicePort)),
          ],
        };
  return {
    [CUSTOM_RESPONSE]: {
      '@type': CUSTOM_RESPONSE_TYPE,
      custom_response_matcher: {
        matcher_list: {
          matchers: e.codes.map((code) => ({
            predicate: { single_predicate: { input: { name: 'status', typed_config: { '@type': STATUS_INPUT_TYPE } }, value_match: { exact: String(code) } } },
            on_match: { action: { name: `page${code}`, typed_config: page(code) } },
          })),
        },
      },
    },
  };
}

/**
 * The routes taking the redirected requests of a virtual host's error pages, one per error
 * upstream its routes use (and 404 for routes without one), before every other route. The
 * request's path becomes "/" whatever it is (a client sending the marker itself gets what an
 * error of the route would give it: the error upstream's answer for "/"), and the marker is removed.
 */
export function errorPageRoutes(routes: readonly IrRoute[], cluster: (upstream: string) => string, authority: HeaderMatcher | undefined): Route[] {
  const ids = new Set<string>();
  let none = false;
  for (const { errors: e } of routes) {
    if (!e || e.codes.length === 0) continue;
    if (e.upstream === undefined) none = true;
    else ids.add(e.upstream);
  }
  const match = (value: string) => ({ prefix: '/', headers: [...(authority ? [authority] : []), { name: ERROR_PAGE_HEADER, string_match: { exact: value } }] });
  const out: Route[] = [...ids].sort().map((id) => ({
    match: match(id),
    route: { cluster: cluster(id), timeout: '0s', regex_rewrite: { pattern: { regex: '.*' }, substitution: '/' } },
    request_headers_to_remove: [ERROR_PAGE_HEADER],
  }));
  if (none) out.push({ match: match('none'), direct_response: { status: 404 } });
  return out;
}
