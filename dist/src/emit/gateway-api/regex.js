import { locationRegex, parsePortable, wholePathSearch } from '../../ir/regex.js';
import { escapeRegexMeta } from '../regex.js';
/**
 * Paths Gateway API's Exact and PathPrefix cannot say, as RegularExpression matches:
 *  - ingress-nginx's regex mode (use-regex / rewrite-target on some Ingress of the host): every
 *    path of the host is `~* "^<path>"`, tried in `vh.ordered` order (longest text first);
 *  - ImplementationSpecific string prefixes (nginx `location /api` also matches "/apiv2"); the
 *    host's element-wise Prefix paths become patterns too, so that all of them rank alike.
 * The pattern is RE2 matched against the whole path (query excluded), which is what Envoy Gateway
 * does with it (an Envoy safe_regex route match); it is the Envoy emitter's translation of the
 * portable regex (src/ir/regex.ts), case-insensitive with a leading "(?i)".
 *
 * Gateway API leaves RegularExpression precedence to the implementation. Envoy Gateway ranks
 * them after Exact and before PathPrefix, longer pattern text first; other implementations keep
 * rule order. So the rules are written in ingress-nginx's order AND every pattern is made longer
 * than the next one (an empty group "(?:)" appended as often as needed): both readings give
 * ingress-nginx's first match.
 */
/** RE2 text of a route's path on a regex or string-prefix host (Exact routes stay Exact). */
export function pathPattern(r) {
    if (r.match === 'RegularExpression')
        return `(?i)${wholePathSearch(locationRegex(r.path), 're2')}`;
    if (!/^[\x21-\x7e]+$/.test(r.path))
        throw new Error(`gateway-api: refusing path ${JSON.stringify(r.path)} in a regex`);
    const lit = escapeRegexMeta(r.path);
    if (r.match === 'StringPrefix')
        return `(?s)${lit}.*`;
    if (r.match === 'Prefix')
        return r.path === '/' ? '(?s)/.*' : `(?s)${lit}(?:/.*)?`;
    throw new Error(`gateway-api: ${r.match} path ${r.path} has no pattern`);
}
/** Pads patterns (in rule order) so that each is longer than the next: Envoy Gateway's order is then rule order. */
export function strictlyDescending(patterns) {
    const out = [...patterns];
    for (let i = out.length - 2; i >= 0; i--)
        while (out[i].length <= out[i + 1].length)
            out[i] += '(?:)';
    return out;
}
/** Whether a host's paths are written as RegularExpression matches, and why (for IC4508). */
export function regexReason(vh) {
    if (vh.pathOrder === 'regex-first-match')
        return 'the paths of ingress-nginx\'s regex mode (use-regex or rewrite-target on an Ingress of the host)';
    if (vh.prefix.some((r) => r.match === 'StringPrefix'))
        return 'ImplementationSpecific string-prefix paths (and the host\'s Prefix paths, to rank alike)';
    return undefined;
}
/** A regex host's routes in first-match order: the ordered list, or the prefixes (Exact paths stay Exact and rank first). */
export const regexRoutes = (vh) => (vh.pathOrder === 'regex-first-match' ? (vh.ordered ?? []) : vh.prefix);
/**
 * rewrite-target as a URLRewrite path: the pattern is the route's own (start-anchored, matched
 * when the route is), so a replacement without capture references is a ReplaceFullPath; the
 * documented "<prefix>(/|$)(.*)" → "/$2" is a ReplacePrefixMatch "/" on a PathPrefix "<prefix>"
 * (Gateway API's table: "/prefix", "/prefix/" → "/"; "/prefix/x" → "/x", as ingress-nginx gives).
 */
export function rewriteOf(r) {
    const f = r.filters?.find((x) => x.type === 'URLRewrite');
    if (!f || f.type !== 'URLRewrite')
        return undefined;
    const { pattern, replacement } = f.path;
    if (pattern !== r.path)
        return { problem: 'its pattern is not the path the route matches' };
    const re = parsePortable(pattern);
    const refs = [...replacement.matchAll(/\{([1-9])\}/g)].filter((m) => Number(m[1]) <= re.groups);
    // nginx substitutes "" for a group the pattern does not have.
    if (refs.length === 0)
        return { rewrite: { type: 'ReplaceFullPath', replaceFullPath: replacement.replace(/\{[1-9]\}/g, '') } };
    const prefix = replacement === '/{2}' ? prefixOfSlashRest(re.ast) : undefined;
    if (prefix)
        return { rewrite: { type: 'ReplacePrefixMatch', replacePrefixMatch: '/' }, prefix };
    return { problem: 'it uses capture references, and Gateway API has no regex substitution (a URLRewrite replaces the whole path or the PathPrefix a rule matched)' };
}
/** "<literal>(/|$)(.*)" → the literal (starting with "/", not ending with it, PathPrefix-valid). */
function prefixOfSlashRest(ast) {
    if (ast.t !== 'seq')
        return undefined;
    const items = ast.items;
    const n = items.length;
    if (n < 3)
        return undefined;
    const g1 = items[n - 2];
    const g2 = items[n - 1];
    const slashOrEnd = g1.t === 'group' && g1.capture && g1.body.t === 'alt' && g1.body.alts.length === 2 &&
        ((a, b) => a.t === 'char' && a.c === '/' && b.t === 'eol')(g1.body.alts[0], g1.body.alts[1]);
    const rest = g2.t === 'group' && g2.capture && g2.body.t === 'rep' && g2.body.body.t === 'any' && g2.body.min === 0 && g2.body.max === Infinity && !g2.body.lazy;
    if (!slashOrEnd || !rest)
        return undefined;
    const lits = items.slice(0, n - 2);
    if (!lits.every((x) => x.t === 'char'))
        return undefined;
    const lit = lits.map((x) => x.c).join('');
    const ok = /^(?:\/[A-Za-z0-9._~\-]+)+$/.test(lit) && !/\/\.\.?(?:\/|$)/.test(lit);
    return ok ? lit : undefined;
}
/** The literal start of a route's pattern, lowercased ("" when it may start with anything). */
export function literalStart(r) {
    if (r.match !== 'RegularExpression')
        return r.path.toLowerCase();
    const ast = parsePortable(r.path).ast;
    const items = ast.t === 'seq' ? ast.items : [ast];
    let s = '';
    for (const x of items) {
        if (x.t === 'bol')
            continue;
        if (x.t !== 'char')
            break;
        s += x.c;
    }
    return s.toLowerCase();
}
export const regexMatch = (value) => ({ path: { type: 'RegularExpression', value } });
