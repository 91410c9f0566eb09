import { ENVOY_MAX_BUFFER_BYTES } from '../../providers/ingress-nginx/support.js';
import { hasSourceRange, routesOf, type RoutePolicies, type RouteTable } from '../../ir/types.js';
import type { TypedExtension } from './types.js';
import { basicAuthPerRoute } from './auth.js';
import { extAuthPerRoute } from './ext-auth.js';

/**
 * Source ranges as Envoy's RBAC filter: the filter sits in every HTTP connection manager without
 * rules (no enforcement), and each route with policies overrides it with one ALLOW policy whose
 * principal is "not in the deny-list and (no allow-list or in the allow-list)". A refused request
 * gets 403 before the router runs (an upstream without endpoints: still 403, not 503).
 * `remote_ip` is the client address: the connection's peer, or with the ConfigMap's realip modes
 * the address the HCM detected from X-Forwarded-For of a trusted peer (forwarded-headers.ts).
 */
export const RBAC_FILTER = 'envoy.filters.http.rbac';
const RBAC_TYPE = 'type.googleapis.com/envoy.extensions.filters.http.rbac.v3.RBAC';
const RBAC_PER_ROUTE_TYPE = 'type.googleapis.com/envoy.extensions.filters.http.rbac.v3.RBACPerRoute';

const routes = (ir: RouteTable) => ir.vhosts.flatMap(routesOf);
export const usesRbac = (ir: RouteTable): boolean => routes(ir).some((r) => hasSourceRange(r.policies));
export const usesBodyLimit = (ir: RouteTable): boolean => routes(ir).some((r) => (r.policies?.maxBodyBytes ?? 0) > 0);

/**
 * proxy-body-size as Envoy's buffer filter: in the chain but disabled, enabled per route with the
 * limit. It buffers the whole body (nginx buffers it too, by default) and answers 413 above the
 * limit, whether the size is declared or chunked. max_request_bytes is a uint32: larger limits are
 * refused by the emitter (IC4002).
 */
export const BUFFER_FILTER = 'envoy.filters.http.buffer';
export const MAX_BUFFER_BYTES = ENVOY_MAX_BUFFER_BYTES;
export const bufferFilter = (): TypedExtension => ({
  name: BUFFER_FILTER,
  disabled: true,
  typed_config: { '@type': 'type.googleapis.com/envoy.extensions.filters.http.buffer.v3.Buffer', max_request_bytes: MAX_BUFFER_BYTES },
});

export const rbacFilter = (): TypedExtension => ({ name: RBAC_FILTER, typed_config: { '@type': RBAC_TYPE } });

type Principal = Record<string, unknown>;

const cidr = (c: string): Principal => {
  const [address_prefix, len] = c.split('/') as [string, string];
  return { remote_ip: { address_prefix, prefix_len: Number(len) } };
};
const anyOf = (cidrs: readonly string[]): Principal => ({ or_ids: { ids: cidrs.map(cidr) } });

/** The route's typed_per_filter_config entries (undefined: none). */
export function perRouteConfig(p: RoutePolicies | undefined): Record<string, unknown> | undefined {
  if (!p) return undefined;
  const out: Record<string, unknown> = {};
  if ((p.maxBodyBytes ?? 0) > 0)
    out[BUFFER_FILTER] = { '@type': 'type.googleapis.com/envoy.extensions.filters.http.buffer.v3.BufferPerRoute', buffer: { max_request_bytes: Math.min(p.maxBodyBytes!, MAX_BUFFER_BYTES) } };
  if (hasSourceRange(p)) Object.assign(out, rbacPerRoute(p));
  Object.assign(out, basicAuthPerRoute(p), extAuthPerRoute(p));
  return Object.keys(out).length ? out : undefined;
}

function rbacPerRoute(p: RoutePolicies): Record<string, unknown> {
  const parts: Principal[] = [];
  if (p.sourceDeny) parts.push({ not_id: anyOf(p.sourceDeny) });
  if (p.sourceAllow) parts.push(anyOf(p.sourceAllow));
  const principal = parts.length === 1 ? parts[0]! : { and_ids: { ids: parts } };
  return {
    [RBAC_FILTER]: {
      '@type': RBAC_PER_ROUTE_TYPE,
      rbac: { rules: { action: 'ALLOW', policies: { 'source-range': { permissions: [{ any: true }], principals: [principal] } } } },
    },
  };
}
