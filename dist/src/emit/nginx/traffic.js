import { corsHeaderTemplate, corsOriginSearch, ECHO_ORIGIN } from '../../ir/cors.js';
import { routesOf } from '../../ir/types.js';
import { endpointToken } from '../affinity-token.js';
import { nginxQuote } from './quote.js';
/**
 * ingress-nginx's CORS block without the headers-more module (nginx-light has none): the location
 * decides in its rewrite phase, as ingress-nginx does, whether the policy applies
 * ($ingressc_cors "1", "1o" for an OPTIONS request, which is answered 204 there) and sets each
 * header's value in a variable. One http-level map per header sends that value when the policy
 * applies and the upstream's own header otherwise; the upstream's header of that name is hidden,
 * so ours replaces it as more_set_headers does. `add_header ... always` covers every status, and an
 * empty value sends no header.
 */
const HEADERS = [
    'Access-Control-Allow-Origin',
    'Access-Control-Allow-Credentials',
    'Access-Control-Allow-Methods',
    'Access-Control-Allow-Headers',
    'Access-Control-Expose-Headers',
    'Access-Control-Max-Age',
];
const slug = (name) => name.toLowerCase().replace(/-/g, '_');
const valueVar = (name) => `$ingressc_cors_v_${slug(name).replace(/^access_control_/, '')}`;
const headerVar = (name) => `$ingressc_cors_h_${slug(name).replace(/^access_control_/, '')}`;
/** The http-level maps (only when some route has CORS). */
export function corsMaps(w, ir) {
    // A map may only name a variable some location sets: one per header some policy sends.
    const used = new Set(ir.vhosts.flatMap((vh) => routesOf(vh).flatMap((r) => (r.policies?.cors ? corsHeaderTemplate(r.policies.cors).map((h) => h.name) : []))));
    for (const h of HEADERS.filter((n) => used.has(n)))
        w.line(`map $ingressc_cors ${headerVar(h)} { "~^1" ${valueVar(h)}; default $upstream_http_${slug(h)}; }`);
}
/** A location's CORS directives, before its proxy_pass. */
export function corsLines(p) {
    if (!p)
        return [];
    const out = ['set $ingressc_cors "";'];
    if (p.allowOrigins === '*')
        out.push('set $ingressc_cors 1;');
    else {
        const search = corsOriginSearch(p.allowOrigins);
        // Built from grammar-checked entries: "$" is the regex's own end anchor.
        if (search !== undefined)
            out.push(`if ($http_origin ~* ${nginxQuote(search, { allowDollar: true })}) { set $ingressc_cors 1; }`);
    }
    out.push('if ($request_method = OPTIONS) { set $ingressc_cors "${ingressc_cors}o"; }');
    const template = corsHeaderTemplate(p);
    for (const h of template)
        out.push(`set ${valueVar(h.name)} ${h.value === ECHO_ORIGIN ? '$http_origin' : nginxQuote(h.value)};`);
    out.push('if ($ingressc_cors = 1o) { return 204; }');
    for (const h of template)
        out.push(`proxy_hide_header ${h.name};`, `add_header ${h.name} ${headerVar(h.name)} always;`);
    return out;
}
/**
 * ingress-nginx's cookie affinity without a sticky module (nginx-light has none), for upstreams of
 * IP endpoints: the cookie names an endpoint by an opaque token (affinity-token.ts).
 *  - per (cookie name, upstream), a map from the Cookie header to the address its token names
 *    ("" when the request has no valid cookie): the location then proxies to that address;
 *  - otherwise the upstream's round robin picks, and a map from $upstream_addr back to the token
 *    builds the Set-Cookie (only when the request had no valid cookie, as sticky.lua sets it only
 *    when it picks a new endpoint). The attributes, in lua-resty-cookie's order, are set per
 *    location; Secure on HTTPS requests unless session-cookie-secure makes it always.
 * The cookie names one endpoint: ingress-nginx's persistent mode (support rows note balanced).
 * A failed endpoint is not replaced (session-cookie-change-on-failure false, the default).
 */
export class NginxAffinity {
    /** `fixed`: the upstream is one DNS name (a Service's ClusterIP): nothing to pin, one constant token (lowering warned, IC3141). */
    pairs = new Map();
    constructor(ir) {
        const ups = new Map(ir.upstreams.map((u) => [u.id, u]));
        for (const vh of ir.vhosts)
            for (const r of routesOf(vh))
                // A canary's side has a pair of its own (RouteCanary.affinity).
                for (const [a, id] of [[r.policies?.affinity, r.upstream], [r.canary?.affinity, r.canary?.upstream]]) {
                    const u = id === undefined ? undefined : ups.get(id);
                    if (!a || !u || u.endpoints.length === 0)
                        continue;
                    const key = JSON.stringify([a.cookie, u.id]);
                    const fixed = u.endpoints.length === 1 && u.endpoints[0].kind === 'dns';
                    if (!this.pairs.has(key))
                        this.pairs.set(key, { n: this.pairs.size + 1, cookie: a.cookie, upstream: u, fixed });
                }
    }
    /**
     * The variable telling whether a request's cookie `a.cookie` names an endpoint of upstream `u`
     * (non-empty when it does), for a canary's affinity-first decision (canary.ts); undefined when
     * nothing can name one (no affinity, no endpoints).
     */
    namesEndpoint(a, u) {
        const p = a ? this.pairs.get(JSON.stringify([a.cookie, u])) : undefined;
        return p ? `$ingressc_aff_t${p.n}` : undefined;
    }
    /** Canary sides with affinity through one DNS name: no address for the cookie to pin, nor to tell the side by. */
    canaryFixed(ir) {
        const fixed = (a, u) => a !== undefined && this.pairs.get(JSON.stringify([a.cookie, u]))?.fixed === true;
        return ir.vhosts.flatMap((vh) => routesOf(vh).filter((r) => r.canary && (fixed(r.policies?.affinity, r.upstream) || fixed(r.canary.affinity, r.canary.upstream))));
    }
    /** Upstreams with affinity over several endpoints that are not all addresses (the cookie could not name them). */
    unaddressable() {
        return [...this.pairs.values()].filter((p) => !p.fixed && p.upstream.endpoints.some((e) => e.kind !== 'ip')).map((p) => p.upstream.id);
    }
    maps(w) {
        if (this.pairs.size === 0)
            return;
        w.line('map $https $ingressc_aff_https { on "; Secure"; default ""; }');
        const addr = (e) => (e.host.includes(':') ? `[${e.host}]:${e.port}` : `${e.host}:${e.port}`);
        const ids = new Map();
        for (const p of this.pairs.values()) {
            const name = p.cookie.replace(/[.]/g, '\\.');
            w.block(`map $http_cookie $ingressc_aff_t${p.n}`, () => {
                w.line('default "";');
                for (const e of p.upstream.endpoints) {
                    // A valid cookie for the one DNS name: "-" (no Set-Cookie, no other endpoint to choose).
                    w.line(`${nginxQuote(`~(?:^|;)\\s*${name}=${endpointToken(e)}(?:;|$)`, { allowDollar: true })} ${nginxQuote(p.fixed ? '-' : addr(e))};`);
                    if (!p.fixed)
                        ids.set(addr(e), endpointToken(e));
                }
            });
        }
        w.block('map $upstream_addr $ingressc_aff_id', () => {
            w.line('default "";');
            for (const [a, t] of [...ids].sort())
                w.line(`${nginxQuote(a)} ${nginxQuote(t)};`);
        });
        w.line('map $ingressc_aff_target $ingressc_aff_setcookie { "" "$ingressc_aff_name=$ingressc_aff_id$ingressc_aff_attrs"; default ""; }');
        if ([...this.pairs.values()].some((p) => p.fixed))
            w.line('map $ingressc_aff_target $ingressc_aff_setcookie_fixed { "" "$ingressc_aff_name=$ingressc_aff_fixed$ingressc_aff_attrs"; default ""; }');
    }
    /** The location's directives (before its own proxy_pass). */
    lines(a, u) {
        if (!a || !u)
            return [];
        const p = this.pairs.get(JSON.stringify([a.cookie, u.id]));
        if (!p)
            return [];
        const common = sideLines(a, `$ingressc_aff_t${p.n}`);
        if (p.fixed)
            return [...common, `set $ingressc_aff_fixed ${nginxQuote(endpointToken(u.endpoints[0]))};`, 'add_header Set-Cookie $ingressc_aff_setcookie_fixed always;'];
        return [...common, 'add_header Set-Cookie $ingressc_aff_setcookie always;', 'if ($ingressc_aff_target != "") { proxy_pass http://$ingressc_aff_target; }'];
    }
    /**
     * The directives of a location whose route has a canary and affinity on either side: the main
     * side's cookie, replaced by the canary side's when `decision` (the canary's map) says "1". A side
     * without affinity (or endpoints) gets the target "-": no Set-Cookie, no pin. Sides through one
     * DNS name are refused before (canaryFixed, IC4122).
     */
    canaryLines(main, mainUp, canary, canaryUp, decision) {
        const side = (a, u) => {
            const t = this.namesEndpoint(a, u);
            return a && t ? sideLines(a, t) : ['set $ingressc_aff_target "-";'];
        };
        if (!this.namesEndpoint(main, mainUp) && !this.namesEndpoint(canary, canaryUp))
            return [];
        return [
            ...side(main, mainUp),
            `if (${decision} = 1) { ${side(canary, canaryUp).join(' ')} }`,
            'add_header Set-Cookie $ingressc_aff_setcookie always;',
            'if ($ingressc_aff_target ~ "^[^-]") { proxy_pass http://$ingressc_aff_target; }',
        ];
    }
}
/** The `set`s of one side's cookie: the endpoint its cookie names (`target`), its name and attributes. */
function sideLines(a, target) {
    const attrs = [
        ...(a.maxAge !== undefined ? [`; Max-Age=${a.maxAge}`] : []),
        ...(a.domain !== undefined ? [`; Domain=${a.domain}`] : []),
        `; Path=${a.path}`,
        a.secure === 'always' ? '; Secure' : '$ingressc_aff_https',
        '; HttpOnly',
        ...(a.sameSite !== undefined ? [`; SameSite=${a.sameSite}`] : []),
    ];
    // The user parts passed the provider's grammars (no "$"); the only variable is the emitter's own.
    for (const part of [a.cookie, a.path, a.domain ?? '', a.sameSite ?? ''])
        if (part.includes('$'))
            throw new Error(`nginx: refusing affinity text ${JSON.stringify(part)}`);
    return [`set $ingressc_aff_target ${target};`, `set $ingressc_aff_name ${nginxQuote(a.cookie)};`, `set $ingressc_aff_attrs ${nginxQuote(attrs.join(''), { allowDollar: true })};`];
}
