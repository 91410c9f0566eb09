import { parsePortable, renderPortable } from '../../ir/regex.js';
import { routesOf } from '../../ir/types.js';
import { cookieLineRegex } from '../canary-cookie.js';
import { escapeRegexMeta } from '../regex.js';
import { caddyHeaderName, caddyLiteral } from './quote.js';
import { cookieNames, splitAffinityHandlers } from './traffic.js';
/**
 * ingress-nginx's canary decision (src/ir/types.ts RouteCanary) as Caddy routes: Caddy runs the
 * first terminal route that matches, so a route with a canary becomes, with the same path match,
 * affinity routes (a Cookie naming an endpoint of a sticky side), header rule routes
 * (header_regexp), cookie rule routes (header_regexp on Cookie), then the route
 * itself, whose handler splits by weight: one reverse_proxy over both Services' endpoints with
 * weighted_round_robin (weights per endpoint, so each Service gets its share).
 */
/**
 * The routes of IR route `r` (with a canary); `base` is its path matcher (absent: every path).
 * `action(upstream)` serves a side with its own affinity (canary-side.ts), `upstreamOf` looks one up.
 */
export function canaryRoutes(base, r, action, split, upstreamOf) {
    const c = r.canary;
    const out = [];
    // header_regexp compiles its pattern as written (no placeholders there, as in path_regexp); the
    // texts it is built from are checked.
    const add = (field, pattern, upstream) => void out.push({ match: [{ ...(base ?? {}), header_regexp: { [field]: { pattern } } }], handle: [action(upstream)], terminal: true });
    const whole = (v) => `^${escapeRegexMeta(caddyLiteral(v))}$`;
    // Affinity first (balancer.lua): a cookie naming an endpoint of the main side, then of the canary side.
    const sides = [
        { a: r.policies?.affinity, id: r.upstream },
        { a: c.affinity, id: c.upstream },
    ];
    for (const { a, id } of sides) {
        const u = upstreamOf(id);
        if (a && u && u.endpoints.length)
            add('Cookie', cookieNames(a, u.endpoints), id);
    }
    if (c.header) {
        const h = caddyHeaderName(c.header.name);
        if (c.header.value !== undefined)
            add(h, whole(c.header.value), c.upstream);
        else if (c.header.pattern !== undefined)
            add(h, renderPortable(parsePortable(c.header.pattern), 're2'), c.upstream);
        else {
            add(h, whole('always'), c.upstream);
            add(h, whole('never'), r.upstream);
        }
    }
    if (c.cookie !== undefined) {
        add('Cookie', `^(?:${cookieLineRegex(caddyLiteral(c.cookie), 'always')})$`, c.upstream);
        add('Cookie', `^(?:${cookieLineRegex(c.cookie, 'never')})$`, r.upstream);
    }
    if (c.weight === c.weightTotal || c.weight === 0 || !split) {
        out.push({ ...(base ? { match: [base] } : {}), handle: [action(c.weight === c.weightTotal ? c.upstream : r.upstream)], terminal: true });
        return out;
    }
    // The split sets the cookie of the side that answered (traffic.ts).
    const cookie = splitAffinityHandlers(sides.flatMap(({ a, id }) => (upstreamOf(id) ? [{ a, u: upstreamOf(id) }] : [])));
    out.push({ ...(base ? { match: [base] } : {}), handle: [...cookie, split], terminal: true });
    return out;
}
const gcd = (a, b) => (b === 0 ? a : gcd(b, a % b));
/**
 * weighted_round_robin weights for main's and canary's endpoints (in that order): each Service's
 * share spread over its endpoints, reduced. Undefined when a side has no endpoints.
 */
export function splitWeights(main, canary, weight, total) {
    const n = main.endpoints.length, m = canary.endpoints.length;
    if (n === 0 || m === 0)
        return undefined;
    const ws = [...Array(n).fill((total - weight) * m), ...Array(m).fill(weight * n)];
    const g = ws.reduce(gcd);
    return ws.map((w) => w / g);
}
/** Splits Caddy cannot express: a Service without endpoints has nothing to weigh. */
export function unsplittable(ir) {
    const empty = new Set(ir.upstreams.filter((u) => u.endpoints.length === 0).map((u) => u.id));
    return ir.vhosts.flatMap((vh) => routesOf(vh).filter((r) => r.canary && r.canary.weight !== 0 && r.canary.weight !== r.canary.weightTotal && (empty.has(r.upstream) || empty.has(r.canary.upstream))));
}
