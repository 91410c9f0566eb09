import { type RouteMirror, type RouteTable } from '../../ir/types.js';
import type { Cluster } from './types.js';
/**
 * Mirroring (RouteMirror) as the route action's request_mirror_policies: Envoy sends a copy of the
 * request, body included, to a cluster of the mirror's address and drops its answer. The copy keeps
 * the request's path and query (lowering admits only a target that says exactly that: support rows)
 * and gets the mirror's Host through host_rewrite_literal, which also stops Envoy from appending
 * "-shadow" to it (nginx sends the Host as set).
 */
export interface MirrorPolicy {
    cluster: string;
    host_rewrite_literal: string;
}
/** The cluster of a mirror's address: "ingressc_mirror_<hash>" ("_" never occurs in an upstream id's hash part). */
export declare const mirrorCluster: (m: Pick<RouteMirror, 'scheme' | 'host' | 'port'>) => string;
/** The route action's mirror policies, if the route mirrors. */
export declare function mirrorPolicies(m: RouteMirror | undefined): {
    request_mirror_policies?: MirrorPolicy[];
};
/** One cluster per mirror address, as the external auth service's (ext-auth.ts): STATIC for an IP, STRICT_DNS for a name. */
export declare function mirrorClusters(ir: RouteTable): Cluster[];
