import { routesOf } from '../../ir/types.js';
import { parsePortable, renderPortable } from '../../ir/regex.js';
import { cookieLineRegex } from '../canary-cookie.js';
import { goQuote } from './quote.js';
/**
 * ingress-nginx's canary decision (src/ir/types.ts RouteCanary) as Traefik routers: a route with
 * a canary keeps its router (rule and middlewares) and gains, just above it, one router per
 * header or cookie rule with the same rule plus a Header/HeaderRegexp matcher, highest first in
 * ingress-nginx's order. Priorities are spaced by CANARY_STEP when the table has a canary, so the
 * decision routers fit between a route and the next one up. The route's own router goes to a
 * `weighted` service (main and canary upstream with weightTotal - weight and weight).
 */
export const CANARY_STEP = 8;
export const hasCanaries = (ir) => ir.vhosts.some((vh) => routesOf(vh).some((r) => r.canary !== undefined));
function headerName(name) {
    if (!/^[A-Za-z0-9-]+$/.test(name))
        throw new Error(`traefik: refusing canary header ${JSON.stringify(name)}`);
    return name;
}
/** The header and cookie routers of route `r` whose own rule is `rule`. */
export function canaryRouters(r, rule) {
    const c = r.canary;
    const out = [];
    const and = (m) => `${rule} && ${m}`;
    if (c.header) {
        const h = goQuote(headerName(c.header.name));
        if (c.header.value !== undefined)
            out.push({ suffix: '_canary_header', rule: and(`Header(${h}, ${goQuote(c.header.value)})`), bump: 4, upstream: c.upstream });
        else if (c.header.pattern !== undefined)
            out.push({ suffix: '_canary_header', rule: and(`HeaderRegexp(${h}, ${goQuote(renderPortable(parsePortable(c.header.pattern), 're2'))})`), bump: 4, upstream: c.upstream });
        else {
            out.push({ suffix: '_canary_header', rule: and(`Header(${h}, "always")`), bump: 4, upstream: c.upstream });
            out.push({ suffix: '_canary_header_never', rule: and(`Header(${h}, "never")`), bump: 3, upstream: r.upstream });
        }
    }
    if (c.cookie !== undefined) {
        const line = (v) => goQuote(`^(?:${cookieLineRegex(c.cookie, v)})$`);
        out.push({ suffix: '_canary_cookie', rule: and(`HeaderRegexp("Cookie", ${line('always')})`), bump: 2, upstream: c.upstream });
        out.push({ suffix: '_canary_cookie_never', rule: and(`HeaderRegexp("Cookie", ${line('never')})`), bump: 1, upstream: r.upstream });
    }
    return out;
}
/** The service of a route's own router: an upstream, or the weighted split's name. */
export function weightedName(r) {
    const c = r.canary;
    if (c.weight === 0 || c.weight === c.weightTotal)
        return undefined;
    return `canary_${r.upstream}_${c.upstream}_${c.weight}_${c.weightTotal}`;
}
/** The weighted services of every split (names from weightedName; upstreams without endpoints are refused before). */
export function weightedServices(ir) {
    const out = {};
    for (const vh of ir.vhosts)
        for (const r of routesOf(vh)) {
            const name = r.canary ? weightedName(r) : undefined;
            if (name === undefined || out[name])
                continue;
            const c = r.canary;
            out[name] = { weighted: { services: [{ name: r.upstream, weight: c.weightTotal - c.weight }, { name: c.upstream, weight: c.weight }] } };
        }
    return out;
}
/** Splits Traefik cannot express: a weighted service needs two services, and an upstream without endpoints has none. */
export function unsplittable(ir) {
    const empty = new Set(ir.upstreams.filter((u) => u.endpoints.length === 0).map((u) => u.id));
    return ir.vhosts.flatMap((vh) => routesOf(vh).filter((r) => r.canary && weightedName(r) !== undefined && (empty.has(r.upstream) || empty.has(r.canary.upstream))));
}
