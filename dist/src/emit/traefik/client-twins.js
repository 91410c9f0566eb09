import { routesOf } from '../../ir/types.js';
import { CANARY_STEP } from './canary.js';
import { NOBODY } from './middlewares.js';
import { goQuote } from './quote.js';
/**
 * What Traefik's middlewares cannot decide by client address, decided by routers instead: a route
 * gets twins, copies of itself whose rule adds `ClientIP(..)` (the connection's peer, as nginx's
 * deny and geo read $remote_addr) and whose policies differ.
 *  - denylist-source-range (and ConfigMap block-cidrs): Traefik has no deny-list middleware. The
 *    deny twin keeps the route's limits (nginx's preaccess phase counts a denied client too) and
 *    replaces its source ranges by an allow-list that admits nobody: 403, as nginx's deny. The
 *    route itself keeps only its allow-list.
 *  - limit-whitelist: rateLimit / inFlightReq have no exemption list. The exempt twin is the route
 *    without its limits.
 * A twin is added through the same path as its route (redirects, CORS and canary routers alike,
 * so a redirect or a CORS preflight still answers first, in nginx's rewrite phase) and sits a band
 * above it: with twins in the table priorities are spaced TWIN_STEP apart (priority.ts), the route
 * and its decision routers take [p, p+8), the exempt twin [p+8, p+16), the deny twin [p+16, p+24)
 * and the deny twin's own exempt twin [p+24, p+32), each below the next route's p+32.
 */
export const TWIN_STEP = 4 * CANARY_STEP;
/** Whether any route gets a twin: the two conditions of clientTwins, without building them. */
export const hasClientTwins = (ir) => ir.vhosts.some((vh) => routesOf(vh).some((r) => Boolean(r.policies?.limits?.exempt?.length || r.policies?.sourceDeny?.length)));
function clientIp(cidrs) {
    const each = cidrs.map((c) => {
        if (!/^[0-9A-Fa-f.:]+\/[0-9]{1,3}$/.test(c))
            throw new Error(`traefik: refusing client range ${JSON.stringify(c)}`);
        return `ClientIP(${goQuote(c)})`;
    });
    return each.length === 1 ? each[0] : `(${each.join(' || ')})`;
}
/** The twins of `r` (none for most routes); the deny twin has an exempt twin of its own when the route has both. */
export function clientTwins(r) {
    const p = r.policies;
    const out = [];
    const exempt = p?.limits?.exempt;
    if (p && exempt?.length) {
        // Without the deny-list too: the deny twin, a band higher, refuses denied clients whether exempt or not.
        const { limits: _limits, sourceDeny: _deny, ...rest } = p;
        out.push({ suffix: '_unlimited', route: { ...r, policies: rest }, matcher: clientIp(exempt), bump: CANARY_STEP });
    }
    if (p?.sourceDeny?.length) {
        const { sourceDeny: _deny, sourceAllow: _allow, ...rest } = p;
        out.push({ suffix: '_denied', route: { ...r, policies: { ...rest, sourceAllow: [...NOBODY] } }, matcher: clientIp(p.sourceDeny), bump: 2 * CANARY_STEP });
    }
    return out;
}
/** The route as clients outside every twin's ranges see it: no deny-list (its twin refuses those). */
export function withoutDenyList(r) {
    if (!r.policies?.sourceDeny)
        return r;
    const { sourceDeny: _deny, ...rest } = r.policies;
    return { ...r, policies: rest };
}
