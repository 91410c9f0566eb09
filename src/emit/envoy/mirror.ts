import { createHash } from 'node:crypto';
import { routesOf, type RouteMirror, type RouteTable } from '../../ir/types.js';
import type { Cluster } from './types.js';
import { addressCluster } from './address-cluster.js';
import { compareStrings } from '../../util/compare.js';

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
export const mirrorCluster = (m: Pick<RouteMirror, 'scheme' | 'host' | 'port'>): string =>
  `ingressc_mirror_${createHash('sha256').update(`${m.scheme}://${m.host}:${m.port ?? ''}`).digest('hex').slice(0, 16)}`;

/** The route action's mirror policies, if the route mirrors. */
export function mirrorPolicies(m: RouteMirror | undefined): { request_mirror_policies?: MirrorPolicy[] } {
  if (!m) return {};
  const only = m.target.length === 1 ? m.target[0] : undefined;
  if (!only || !('request' in only) || only.request !== 'target') throw new Error(`envoy: a mirror copy keeps the request's path, not ${JSON.stringify(m.target)}`);
  return { request_mirror_policies: [{ cluster: mirrorCluster(m), host_rewrite_literal: m.hostHeader }] };
}

/** One cluster per mirror address, as the external auth service's (ext-auth.ts): STATIC for an IP, STRICT_DNS for a name. */
export function mirrorClusters(ir: RouteTable): Cluster[] {
  const seen = new Map<string, RouteMirror>();
  for (const vh of ir.vhosts) for (const r of routesOf(vh)) if (r.mirror) seen.set(mirrorCluster(r.mirror), r.mirror);
  return [...seen.entries()]
    .sort(([a], [b]) => compareStrings(a, b))
    // https: TLS without SNI or verification, as ingress-nginx's mirror location (proxy_ssl_* unset).
    .map(([name, m]) => addressCluster(name, m, false));
}
