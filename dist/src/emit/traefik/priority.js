import { CANARY_STEP, hasCanaries } from './canary.js';
import { hasCors } from './cors.js';
import { TWIN_STEP, hasClientTwins } from './client-twins.js';
/** Rank of a prefix: 1 + the length of what it matches below itself ("/p" Prefix: "/p/"), so "/p" Prefix outranks StringPrefix "/p". */
const prefixRank = (r) => (r.match === 'StringPrefix' && r.path !== '/' ? r.path.length : 1 + r.path.length);
const CLASS_INDEX = { any: 0, wildcard: 1, exact: 2 };
export function priorities(ir) {
    let longest = 0;
    for (const vh of ir.vhosts) {
        for (const r of [...vh.exact, ...vh.prefix])
            longest = Math.max(longest, r.path.length);
        longest = Math.max(longest, (vh.ordered?.length ?? 0) + 1);
    }
    // Prefix ranks reach 1+longest and must stay below S/2, where exact ranks start.
    let span = 1_000_000;
    while (span / 2 <= longest + 1)
        span *= 10;
    const base = (kind) => CLASS_INDEX[kind] * span;
    // With canaries or CORS, every priority is spaced out so a route's decision routers fit above it
    // (canary.ts, cors.ts); with deny-lists or limit-whitelist further, for the twins' bands (client-twins.ts).
    const step = hasClientTwins(ir) ? TWIN_STEP : hasCanaries(ir) || hasCors(ir) ? CANARY_STEP : 1;
    return {
        catchAll: (kind) => step * (base(kind) + 1),
        prefix: (kind, r) => step * (base(kind) + prefixRank(r)),
        ordered: (kind, index, count) => step * (base(kind) + 1 + count - index),
        exact: (kind, path) => step * (base(kind) + span / 2 + path.length),
    };
}
