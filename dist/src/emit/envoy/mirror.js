import { createHash } from 'node:crypto';
import { routesOf } from '../../ir/types.js';
import { addressCluster } from './address-cluster.js';
import { compareStrings } from '../../util/compare.js';
/** The cluster of a mirror's address: "ingressc_mirror_<hash>" ("_" never occurs in an upstream id's hash part). */
export const mirrorCluster = (m) => `ingressc_mirror_${createHash('sha256').update(`${m.scheme}://${m.host}:${m.port ?? ''}`).digest('hex').slice(0, 16)}`;
/** The route action's mirror policies, if the route mirrors. */
export function mirrorPolicies(m) {
    if (!m)
        return {};
    const only = m.target.length === 1 ? m.target[0] : undefined;
    if (!only || !('request' in only) || only.request !== 'target')
        throw new Error(`envoy: a mirror copy keeps the request's path, not ${JSON.stringify(m.target)}`);
    return { request_mirror_policies: [{ cluster: mirrorCluster(m), host_rewrite_literal: m.hostHeader }] };
}
/** One cluster per mirror address, as the external auth service's (ext-auth.ts): STATIC for an IP, STRICT_DNS for a name. */
export function mirrorClusters(ir) {
    const seen = new Map();
    for (const vh of ir.vhosts)
        for (const r of routesOf(vh))
            if (r.mirror)
                seen.set(mirrorCluster(r.mirror), r.mirror);
    return [...seen.entries()]
        .sort(([a], [b]) => compareStrings(a, b))
        // https: TLS without SNI or verification, as ingress-nginx's mirror location (proxy_ssl_* unset).
        .map(([name, m]) => addressCluster(name, m, false));
}
