/**
 * The route a canary's requests take (RouteCanary): the same settings, the canary's upstream, and
 * the canary's own affinity in place of the route's (none when the canary side is not sticky).
 */
export function canarySide(r) {
    let side = made.get(r);
    if (side)
        return side;
    const { canary: c, policies, ...rest } = r;
    if (!c)
        throw new Error('canarySide: a route without a canary');
    const { affinity: _a, ...others } = policies ?? {};
    const p = c.affinity ? { ...others, affinity: c.affinity } : others;
    side = { ...rest, upstream: c.upstream, ...(Object.keys(p).length ? { policies: p } : {}) };
    made.set(r, side);
    return side;
}
/** One side route per route: emitters key caches by route object (upstream-variants.ts). */
const made = new WeakMap();
