import type { RouteTable, Upstream } from '../../ir/types.js';
import type { Cluster, VirtualHost } from './types.js';
/**
 * ingress-nginx's load balancing on Envoy: a hash upstream's clusters are RING_HASH (consistent:
 * few keys move when an endpoint comes or goes) and every route to them carries the key as
 * hash_policy entries, whose hashes Envoy combines; ewma becomes LEAST_REQUEST. A policy whose
 * value the request lacks gives no hash, and a request without any goes to a random endpoint:
 * the first entry, the request's scheme (always there, the same for every request of a listener),
 * makes an absent value hash alike, as ingress-nginx hashes the empty string.
 */
export declare function lbPolicy(u: Pick<Upstream, 'balance'>, ringHash: boolean): Cluster['lb_policy'];
/** The cluster's upstream id: names are `<id>` with `.connect<N>s`, `.sticky`, `.tls` suffixes ("." never occurs in an id). */
export declare const upstreamOf: (cluster: string) => string;
/** Adds the hash policy of a hash upstream to every route that proxies to it (a cookie-affinity route keeps its own). */
export declare function withBalance(vhosts: VirtualHost[], ir: Pick<RouteTable, 'upstreams'>): VirtualHost[];
