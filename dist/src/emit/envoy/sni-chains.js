import { wildcardSuffix } from '../regex.js';
import { cipherPlan } from '../tls-ciphers.js';
import { compareStrings } from '../../util/compare.js';
export function sniChains(ir) {
    const plan = cipherPlan(ir, ['ciphers']);
    const fallback = plan.fallback.ciphers;
    // A number per distinct list of the hosts' own, for stable chain names.
    const lists = [...new Set([...plan.hosts.values()].map((c) => c.ciphers ?? ''))].sort();
    const byKey = new Map();
    for (const vh of ir.vhosts) {
        if (vh.kind === 'any')
            continue;
        const c = vh.tls?.clientAuth;
        const own = plan.hosts.get(vh.name);
        if (!c && !own)
            continue;
        const authName = c ? `https-client-${c.caId}-${c.depth}` : 'https';
        const name = own ? `${authName}-ciphers-${lists.indexOf(own.ciphers ?? '') + 1}` : authName;
        let g = byKey.get(name);
        if (!g) {
            const ciphers = own ? own.ciphers : fallback;
            byKey.set(name, (g = { name, serverNames: [], ...(c ? { auth: { caId: c.caId, depth: c.depth } } : {}), ...(ciphers !== undefined ? { ciphers } : {}) }));
        }
        g.serverNames.push(vh.kind === 'wildcard' ? `*.${wildcardSuffix('envoy', vh.wildcardSuffix)}` : vh.name);
    }
    const chains = [...byKey.values()].sort((a, b) => compareStrings(a.name, b.name));
    return { chains, ...(fallback !== undefined ? { fallbackCiphers: fallback } : {}) };
}
