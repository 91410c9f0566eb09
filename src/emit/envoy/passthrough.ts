import { proxyProtocolFilters } from './forwarded-headers.js';
import type { RouteTable, Upstream } from '../../ir/types.js';
import type { Cluster, FilterChain, Listener, SocketAddress, TcpProxyFilter } from './types.js';

const TCP_PROXY_TYPE = 'type.googleapis.com/envoy.extensions.filters.network.tcp_proxy.v3.TcpProxy';
const TLS_INSPECTOR_TYPE = 'type.googleapis.com/envoy.extensions.filters.listener.tls_inspector.v3.TlsInspector';

/** The layer-4 twin of an upstream: no HTTP protocol options, no TLS (the client's TLS goes through as bytes). */
export const passthroughCluster = (id: string): string => `passthrough.${id}`;

/**
 * TLS passthrough (RouteTable.passthrough): one filter chain per host, chosen by the SNI the
 * tls_inspector listener filter reads (filter_chain_match.server_names, exact names), whose
 * tcp_proxy copies the connection to the upstream's endpoints. These chains come before the
 * terminating chain, which keeps every other SNI (and none).
 */
export function passthroughChains(ir: RouteTable): FilterChain[] {
  return (ir.passthrough ?? []).map((p) => ({
    name: `passthrough:${p.host}`,
    filter_chain_match: { server_names: [p.host] },
    filters: [tcpProxy(passthroughCluster(p.upstream))],
  }));
}

const tcpProxy = (cluster: string): TcpProxyFilter => ({
  name: 'envoy.filters.network.tcp_proxy',
  typed_config: { '@type': TCP_PROXY_TYPE, stat_prefix: 'passthrough', cluster },
});

/** The HTTPS listener when no certificate is in the inputs: only the passthrough hosts (any other SNI: the connection is closed). */
export function passthroughOnlyListener(ir: RouteTable, address: SocketAddress): Listener[] {
  if (!ir.passthrough?.length) return [];
  return [{ name: 'https', address, listener_filters: [...proxyProtocolFilters(ir), { name: 'envoy.filters.listener.tls_inspector', typed_config: { '@type': TLS_INSPECTOR_TYPE } }], filter_chains: passthroughChains(ir) }];
}

/** One plain TCP cluster per passthrough upstream (connect timeout 5 s, as the HTTP clusters). */
export function passthroughClusters(ir: RouteTable): Cluster[] {
  const byId = new Map(ir.upstreams.map((u) => [u.id, u]));
  const ids = [...new Set((ir.passthrough ?? []).map((p) => p.upstream))].sort();
  return ids.map((id) => tcpCluster(byId.get(id)!));
}

function tcpCluster(u: Upstream): Cluster {
  const name = passthroughCluster(u.id);
  const dns = u.endpoints.some((e) => e.kind === 'dns');
  return {
    name,
    type: dns ? 'STRICT_DNS' : 'STATIC',
    connect_timeout: '5s',
    lb_policy: 'ROUND_ROBIN',
    ...(dns ? { dns_lookup_family: 'V4_PREFERRED' as const, wait_for_warm_on_init: false as const } : {}),
    load_assignment: {
      cluster_name: name,
      endpoints: u.endpoints.length === 0 ? [] : [{ lb_endpoints: u.endpoints.map((e) => ({ endpoint: { address: { socket_address: { address: e.host, port_value: e.port } } } })) }],
    },
  };
}
