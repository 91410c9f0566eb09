import type { RouteTable } from '../../ir/types.js';
import type { Cluster, FilterChain, Listener, SocketAddress } from './types.js';
/** The layer-4 twin of an upstream: no HTTP protocol options, no TLS (the client's TLS goes through as bytes). */
export declare const passthroughCluster: (id: string) => string;
/**
 * TLS passthrough (RouteTable.passthrough): one filter chain per host, chosen by the SNI the
 * tls_inspector listener filter reads (filter_chain_match.server_names, exact names), whose
 * tcp_proxy copies the connection to the upstream's endpoints. These chains come before the
 * terminating chain, which keeps every other SNI (and none).
 */
export declare function passthroughChains(ir: RouteTable): FilterChain[];
/** The HTTPS listener when no certificate is in the inputs: only the passthrough hosts (any other SNI: the connection is closed). */
export declare function passthroughOnlyListener(ir: RouteTable, address: SocketAddress): Listener[];
/** One plain TCP cluster per passthrough upstream (connect timeout 5 s, as the HTTP clusters). */
export declare function passthroughClusters(ir: RouteTable): Cluster[];
