import type { RoutePolicies, RouteTable } from '../../ir/types.js';
import type { TypedExtension } from './types.js';

/**
 * Source ranges as Envoy's RBAC filter: the filter sits in every HTTP connection manager without
 * rules (no enforcement), and each route with policies overrides it with one ALLOW policy whose
 * principal is "not in the deny-list and (no allow-list or in the allow-list)". A refused request
 * gets 403 before the router runs (an upstream without endpoints: still 403, not 503).
 * `direct_remote_ip` is the connection's peer: X-Forwarded-For is never consulted.
 */
export const RBAC_FILTER = 'envoy.filters.http.rbac';
const RBAC_TYPE = 'type.googleapis.com/envoy.extensions.filters.http.rbac.v3.RBAC';
const RBAC_PER_ROUTE_TYPE = 'type.googleapis.com/envoy.extensions.filters.http.rbac.v3.RBACPerRoute';

export const usesRbac = (ir: RouteTable): boolean => ir.vhosts.some((vh) => [...vh.exact, ...vh.prefix].some((r) => r.policies));

export const rbacFilter = (): TypedExtension => ({ name: RBAC_FILTER, typed_config: { '@type': RBAC_TYPE } });

type Principal = Record<string, unknown>;

const cidr = (c: string): Principal => {
  const [address_prefix, len] = c.split('/') as [string, string];
  return { direct_remote_ip: { address_prefix, prefix_len: Number(len) } };
};
const anyOf = (cidrs: readonly string[]): Principal => ({ or_ids: { ids: cidrs.map(cidr) } });

/** The route's typed_per_filter_config entry. */
export function rbacPerRoute(p: RoutePolicies): Record<string, unknown> {
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
