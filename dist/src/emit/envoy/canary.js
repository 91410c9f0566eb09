import { routesOf } from '../../ir/types.js';
import { parsePortable, wholePathSearch } from '../../ir/regex.js';
import { escapeRegexMeta } from '../regex.js';
import { cookieLineRegex } from '../canary-cookie.js';
/** A header matcher: RE2 full match of the value (safe_regex must match the whole value). */
const header = (name, regex) => ({ name: name.toLowerCase(), string_match: { safe_regex: { regex } } });
const exactly = (name, value) => header(name, escapeRegexMeta(value));
/**
 * The routes of IR route `r` (with a canary) for match `m`: `act(upstream)` is the route's action
 * towards an upstream (the main route's settings), `cluster(upstream)` its cluster name.
 */
export function canaryRoutes(m, r, act, cluster) {
    const c = r.canary;
    const out = [];
    const add = (extra, a) => void out.push({ match: { ...m, headers: [...(m.headers ?? []).map((h) => ({ ...h })), ...extra] }, ...a });
    if (c.header) {
        const h = c.header;
        if (h.value !== undefined)
            add([exactly(h.name, h.value)], act(c.upstream));
        else if (h.pattern !== undefined)
            add([header(h.name, wholePathSearch(parsePortable(h.pattern), 're2'))], act(c.upstream));
        else {
            add([exactly(h.name, 'always')], act(c.upstream));
            add([exactly(h.name, 'never')], act(r.upstream));
        }
    }
    if (c.cookie !== undefined) {
        add([header('cookie', cookieLineRegex(c.cookie, 'always'))], act(c.upstream));
        add([header('cookie', cookieLineRegex(c.cookie, 'never'))], act(r.upstream));
    }
    const main = act(r.upstream);
    if (c.weight === c.weightTotal)
        out.push({ match: { ...m }, ...act(c.upstream) });
    else if (c.weight === 0 || !main.route)
        out.push({ match: { ...m }, ...main });
    else {
        const { cluster: _main, ...rest } = main.route;
        const weighted_clusters = { clusters: [{ name: cluster(r.upstream), weight: c.weightTotal - c.weight }, { name: cluster(c.upstream), weight: c.weight }] };
        out.push({ match: { ...m }, ...main, route: { ...rest, weighted_clusters } });
    }
    return out;
}
/** Canaries by cookie or header pattern carry long RE2 programs (Envoy refuses more than 100 instructions by default). */
export const hasCanaryRegex = (ir) => ir.vhosts.some((vh) => routesOf(vh).some((r) => r.canary !== undefined && (r.canary.cookie !== undefined || r.canary.header?.pattern !== undefined)));
