import { routesOf } from '../ir/types.js';
import { LOAD_BALANCING_KEYS } from '../providers/ingress-nginx/families/load-balancing.js';
import { supportOf } from '../providers/ingress-nginx/support.js';
import { describePrecedence } from './precedence.js';
import { upstreamId } from './upstreams.js';
/**
 * ingress-nginx's balancer per Service port (controller.go createUpstreams, balancer.lua
 * get_implementation):
 * - the upstream of a Service port takes upstream-hash-by and load-balance from the first Ingress,
 *   in precedence order (canaries included), that names the Service port (its defaultBackend, then
 *   its paths); a later Ingress's settings are ignored (IC3211);
 * - load-balance falls back to the ConfigMap's (controller-config.ts applies it as the annotation's
 *   default), then to round_robin;
 * - cookie affinity anywhere on the Service port replaces both (IC3212): the sticky balancer wins;
 * - upstream-hash-by wins over load-balance.
 * A target without the row has warned (IC2103) and keeps its own balancing (or load-balance, when
 * it has that row); every target with the row hashes every key of the grammar.
 */
export function applyLoadBalancing(all, upstreams, vhosts, target, diags) {
    const decider = new Map();
    const told = new Set();
    for (const ing of all) {
        const refs = [...(ing.defaultBackend ? [ing.defaultBackend] : []), ...ing.rules.flatMap((r) => r.paths.map((p) => p.backend))];
        for (const b of refs) {
            const id = upstreamId({ namespace: ing.namespace, service: b.service, port: b.port });
            const first = decider.get(id);
            if (!first)
                decider.set(id, ing);
            else if (first !== ing && !told.has(`${ing.id}|${id}`)) {
                told.add(`${ing.id}|${id}`);
                ignored(ing, first, `${ing.namespace}/${b.service}:${b.port}`, diags);
            }
        }
    }
    const sticky = new Map();
    const byId = new Map(upstreams.map((u) => [u.id, u]));
    for (const vh of vhosts)
        for (const r of routesOf(vh)) {
            // Each side's own affinity: the canary's is the route's (sticky) or the canary Ingress's (legacy).
            const sides = [...(r.policies?.affinity ? [{ u: r.upstream, by: r.ingress }] : []), ...(r.canary?.affinity ? [{ u: r.canary.upstream, by: r.policies?.affinity ? r.ingress : r.canary.ingress }] : [])];
            for (const { u, by } of sides) {
                const base = byId.get(u);
                if (base && !sticky.has(baseId(base)))
                    sticky.set(baseId(base), by);
            }
        }
    const reported = new Set();
    return upstreams.map((u) => {
        const id = baseId(u);
        const ing = decider.get(id);
        const s = ing?.features.loadBalancing;
        if (!ing || !s)
            return u;
        const service = `${u.namespace}/${u.service}:${u.port}`;
        const once = (code, key, args) => {
            const use = ing.annotationUses.find((x) => x.name === key);
            if (!use || reported.has(`${code}:${id}`))
                return;
            reported.add(`${code}:${id}`);
            diags.report(code, use.ref, { key: use.key, ingress: ing.id, service, target, ...args }, { field: `metadata.annotations[${JSON.stringify(use.key)}]`, target });
        };
        if (sticky.has(id)) {
            // A target that does not apply the key has said so already (IC2103).
            if (s.hashBy && supportOf('upstream-hash-by', target))
                once('IC3212', 'upstream-hash-by', { other: sticky.get(id) });
            else if (s.algorithm === 'ewma' && supportOf('load-balance', target))
                once('IC3212', 'load-balance', { other: sticky.get(id) });
            return u;
        }
        const balance = balanceOf(s, target);
        return balance ? { ...u, balance } : u;
    });
}
/** The Service port's upstream id of an upstream or one of its protocol variants. */
const baseId = (u) => upstreamId({ namespace: u.namespace, service: u.service, port: u.port });
function balanceOf(s, target) {
    if (s.hashBy && supportOf('upstream-hash-by', target))
        return { algorithm: 'hash', key: s.hashBy, ...(s.subset && supportOf('upstream-hash-by-subset', target) ? { subsetSize: s.subsetSize ?? 3 } : {}) };
    if (s.algorithm === 'ewma' && supportOf('load-balance', target))
        return { algorithm: 'least-loaded' };
    return undefined;
}
const FAMILY = new Set(LOAD_BALANCING_KEYS);
/** A later Ingress naming a Service port with load-balancing annotations that differ from the deciding one's. */
function ignored(ing, first, service, diags) {
    const use = ing.annotationUses.find((u) => u.name !== undefined && FAMILY.has(u.name));
    if (!use)
        return;
    const mine = describe(ing.features.loadBalancing);
    const theirs = describe(first.features.loadBalancing);
    if (mine === theirs)
        return;
    diags.report('IC3211', use.ref, { key: use.key, ingress: ing.id, service, other: first.id, why: describePrecedence(first, ing), otherValue: theirs }, { field: `metadata.annotations[${JSON.stringify(use.key)}]` });
}
const describe = (s) => {
    if (s?.hashBy)
        return `hashes on ${JSON.stringify(s.hashByText)}${s.subset ? ` in subsets of ${s.subsetSize ?? 3}` : ''}`;
    return s?.algorithm === 'ewma' ? 'balances by load (ewma)' : 'balances round robin';
};
