import { locationIsPath, otherHeaderSets, redirectOf, routesOf, upstreamHost } from '../../ir/types.js';
import { mirrorBackendRef } from './mirror.js';
import { corsFilter } from './cors.js';
import { responseHeaderModifier } from './custom-headers.js';
import { requestHeaders } from './errors.js';
import { gatewayHostname } from './listeners.js';
import { HTTP_LISTENER, defaultRouteName, httpRouteName, redirectRouteName, routeName } from './names.js';
import { API_VERSION } from './types.js';
import { regexHostRules } from './regex-rules.js';
import { regexReason } from './regex.js';
import { parseRedirectUrl, REDIRECT_CODES } from './redirects.js';
import { grpcRoute } from './backends.js';
import { canaryRules } from './canary.js';
/** CRD limits of one HTTPRoute. */
export const MAX_RULES = 16;
export const MAX_MATCHES_PER_RULE = 64;
export const MAX_MATCHES_PER_ROUTE = 128;
export const MAX_PARENT_REFS = 32;
const match = (r) => ({ path: { type: r.match === 'Exact' ? 'Exact' : 'PathPrefix', value: r.path } });
/**
 * One HTTPRoute per vhost (host class), in the Gateway's namespace: it holds exactly the IR vhost,
 * so Gateway API's precedence (hostname specificity first, then Exact > longest PathPrefix) gives
 * the IR's answer without depending on creation timestamps: no two HTTPRoutes of the output carry
 * the same hostname with the same match. Rules group a vhost's paths by upstream (at most 64
 * matches a rule); a vhost past the CRD limits (16 rules, 128 matches) continues in further
 * HTTPRoutes (names.ts routeName: they sort in rule order) with the same hostname and parents, which is equivalent.
 *
 * The vhost's fallback is a rule without matches (PathPrefix "/"); a vhost without one leaves
 * unmatched paths to the implementation's 404 (see `fallThrough` in emit-gateway-api.ts).
 * TLS vhosts with sslRedirect get a second route on the HTTP listener whose only rule redirects
 * (308, RequestRedirect), and their serving route is attached to HTTPS listeners only.
 */
export function buildRoutes(ir, gw, plan, problems, grpc) {
    const upstreams = new Map(ir.upstreams.map((u) => [u.id, u]));
    const backend = (id) => {
        const u = upstreams.get(id);
        if (!u)
            throw new Error(`gateway-api: route names unknown upstream ${id}`);
        return backendRef(u, gw);
    };
    const out = [];
    const emit = (vh, parents, rules, name = (i, n) => routeName(gw.name, vh, i, n)) => {
        if (parents.length > MAX_PARENT_REFS)
            problems.push({ vhost: vh, detail: `its HTTPRoute would need ${parents.length} parentRefs (at most ${MAX_PARENT_REFS})` });
        const hostname = gatewayHostname(vh);
        const chunks = packRules(rules);
        chunks.forEach((chunk, i) => {
            out.push({
                apiVersion: API_VERSION,
                kind: 'HTTPRoute',
                metadata: { name: name(i + 1, chunks.length), namespace: gw.namespace },
                spec: {
                    parentRefs: parents,
                    ...(hostname ? { hostnames: [hostname] } : {}),
                    rules: chunk.map((r) => toRule(r, backend, ir, (m) => mirrorBackendRef(m, gw))),
                },
            });
        });
    };
    for (const vh of ir.vhosts) {
        const redirect = vh.tls?.sslRedirect === true && plan.httpsDefault !== undefined;
        const https = httpsParents(vh, ir, plan);
        const parents = [...(redirect ? [] : [plan.parentOf.get(HTTP_LISTENER)]), ...https];
        // A vhost whose every backend speaks gRPC is a GRPCRoute (gateway-api/backends.ts).
        if (grpc?.vhosts.has(vh))
            out.push(grpcRoute(vh, routeName(gw.name, vh), gw.namespace, parents, gatewayHostname(vh), backend, grpc.problems));
        else if (splitsHttp(vh)) {
            // ssl-redirect / force-ssl-redirect per location (lowering's plain-HTTP-only redirects): the HTTPS
            // listeners serve every route; the HTTP listener's route redirects those routes and forwards the rest.
            // The two sides plan the same routes: their problems are reported once.
            if (https.length)
                emit(vh, https, vhostRules(vh, problems));
            emit(vh, [plan.parentOf.get(HTTP_LISTENER)], vhostRules(vh, https.length ? [] : problems, 'http'), (i, n) => httpRouteName(gw.name, vh, i, n));
        }
        else
            emit(vh, parents, vhostRules(vh, problems));
        if (redirect) {
            out.push({
                apiVersion: API_VERSION,
                kind: 'HTTPRoute',
                metadata: { name: redirectRouteName(gw.name, vh), namespace: gw.namespace },
                spec: { parentRefs: [plan.parentOf.get(HTTP_LISTENER)], hostnames: [gatewayHostname(vh)], rules: [toRule({ action: { redirect: true } }, backend, ir)] },
            });
        }
    }
    if (ir.defaultUpstream && !ir.vhosts.some((v) => v.kind === 'any')) {
        const parents = [plan.parentOf.get(HTTP_LISTENER), ...(plan.httpsDefault ? [plan.parentOf.get(plan.httpsDefault)] : [])];
        out.push({
            apiVersion: API_VERSION,
            kind: 'HTTPRoute',
            metadata: { name: defaultRouteName(gw.name), namespace: gw.namespace },
            spec: { parentRefs: parents, rules: [toRule({ action: { upstream: ir.defaultUpstream } }, backend, ir)] },
        });
    }
    return out;
}
export function backendRef(u, gw) {
    if (u.servicePort === undefined)
        throw new Error(`gateway-api: upstream ${u.id} has no Service port number`);
    return { name: u.service, ...(u.namespace !== gw.namespace ? { namespace: u.namespace } : {}), port: u.servicePort };
}
/**
 * HTTPS listeners whose requests the vhost must answer: the default one (any SNI), its own TLS
 * listener, and every TLS wildcard listener whose hostname covers the vhost's (Gateway API picks
 * the most specific listener for an SNI, so a host under a TLS wildcard arrives on that listener).
 */
function httpsParents(vh, ir, plan) {
    if (!plan.httpsDefault)
        return [];
    const names = [plan.httpsDefault];
    const own = plan.tlsListener.get(vh.name);
    if (own)
        names.push(own);
    if (vh.kind !== 'any') {
        // The covering wildcards by the suffixes of the name (one lookup per label, not a scan of every
        // vhost per vhost: quadratic at 20,000 hosts), in IR order.
        const bySuffix = tlsWildcards(ir, plan);
        const found = [];
        for (let i = vh.name.indexOf('.'); i >= 0; i = vh.name.indexOf('.', i + 1))
            for (const w of bySuffix.get(vh.name.slice(i + 1)) ?? [])
                if (w.vhost !== vh)
                    found.push(w);
        names.push(...found.sort((a, b) => a.index - b.index).map((w) => w.listener));
    }
    return names.map((n) => plan.parentOf.get(n));
}
const wildcardCache = new WeakMap();
/** TLS wildcard vhosts with a listener, by wildcard suffix ("*.foo.com" → "foo.com"). */
function tlsWildcards(ir, plan) {
    const hit = wildcardCache.get(plan);
    if (hit)
        return hit;
    const out = new Map();
    ir.vhosts.forEach((w, index) => {
        const listener = plan.tlsListener.get(w.name);
        if (w.kind !== 'wildcard' || !listener || w.wildcardSuffix === undefined)
            return;
        const list = out.get(w.wildcardSuffix) ?? [];
        list.push({ index, listener, vhost: w });
        out.set(w.wildcardSuffix, list);
    });
    wildcardCache.set(plan, out);
    return out;
}
/**
 * The IR vhost as rules: paths grouped by upstream, upstream Host and read timeout in IR order,
 * then the fallback. The Host (upstream-vhost) is a URLRewrite hostname, which has no port; the
 * read timeout the rule's timeouts.backendRequest.
 */
function vhostRules(vh, problems, side) {
    // Regex mode and string prefixes: RegularExpression matches in ingress-nginx's order (regex-rules.ts).
    if (regexReason(vh))
        return regexHostRules(vh, problems, side);
    const groups = new Map();
    const rules = [];
    for (const r of [...vh.exact, ...vh.prefix]) {
        // app-root, permanent/temporal-redirect: a rule of their own.
        const rd = redirectAction(r);
        if (rd) {
            rules.push({ matches: [match(r)], action: rd });
            continue;
        }
        if (side === 'http' && toHttps(r)) {
            const g = groups.get('https') ?? { action: { upstream: '' }, matches: [], redirect: true };
            g.matches.push(match(r));
            groups.set('https', g);
            continue;
        }
        const { key, action } = serveOf(r, vh, problems);
        const g = groups.get(key) ?? { action, matches: [] };
        g.matches.push(match(r));
        groups.set(key, g);
    }
    for (const { action: { canary, ...action }, matches, redirect } of groups.values()) {
        for (let i = 0; i < matches.length; i += MAX_MATCHES_PER_RULE) {
            const chunk = matches.slice(i, i + MAX_MATCHES_PER_RULE);
            if (redirect)
                rules.push({ matches: chunk, action: { redirect: true } });
            else if (canary)
                rules.push(...canaryRules(chunk, action, canary));
            else
                rules.push({ matches: chunk, action });
        }
    }
    const hasRoot = vh.prefix.some((r) => r.path === '/');
    const fb = fallbackRule(vh, side);
    if (fb && !hasRoot)
        rules.push(fb);
    return rules;
}
/** A route redirected to HTTPS on plain HTTP (ssl-redirect / force-ssl-redirect per location). */
export const toHttps = (r) => redirectOf(r, false)?.scheme === 'https' && redirectOf(r, true) === undefined;
/** Whether a vhost's plain HTTP side differs from its HTTPS side (some route or the fallback redirects to HTTPS). */
const splitsHttp = (vh) => vh.fallbackRedirect?.scheme === 'https' || routesOf(vh).some(toHttps);
/** The rule for requests no route of the vhost takes: the fallback's redirect on plain HTTP, else the fallback upstream. */
export function fallbackRule(vh, side) {
    if (side === 'http' && vh.fallbackRedirect) {
        if (vh.fallbackRedirect.scheme !== 'https' || vh.fallbackRedirect.location !== undefined)
            throw new Error(`gateway-api: fallback redirect ${JSON.stringify(vh.fallbackRedirect)} reached the emitter`);
        return { action: { redirect: true } };
    }
    return vh.fallback ? { action: { upstream: vh.fallback } } : undefined;
}
/**
 * A route's own redirect as a rule action: to a path on the request's scheme and host (app-root,
 * an Exact "/" route, 302; permanent-redirect to a path, which nginx makes absolute), or
 * permanent/temporal-redirect (a URL the support rows let through: redirects.ts).
 */
export function redirectAction(r) {
    const rd = redirectOf(r, true);
    if (!rd)
        return undefined;
    if (rd.path && rd.statusCode === 302 && rd.location === undefined && !rd.scheme)
        return { toPath: rd.path.value, statusCode: 302 };
    // A relative Location has no RequestRedirect form (relative-redirects has no support row here).
    if (locationIsPath(rd) && !rd.relative && !rd.location.includes('?') && REDIRECT_CODES.has(rd.statusCode))
        return { toPath: rd.location, statusCode: rd.statusCode };
    const to = rd.location !== undefined && !rd.scheme && !rd.path && !rd.hostname ? parseRedirectUrl(rd.location) : undefined;
    if (!to || 'problem' in to || !REDIRECT_CODES.has(rd.statusCode))
        throw new Error(`gateway-api: redirect ${JSON.stringify(rd)} reached the emitter`);
    return { to, statusCode: rd.statusCode };
}
/** What a route's rule does (upstream, Host, read timeout, headers, rewrite, canary) and a key grouping equal ones. */
export function serveOf(r, vh, problems, rewrite) {
    const host = upstreamHost(r);
    if (host?.includes(':'))
        problems.push({ vhost: vh, detail: '', upstreamHost: { host, path: r.sourcePath, origin: r.origin } });
    const read = r.policies?.timeouts?.read;
    const c = r.canary;
    // Other request headers: a default-backend stand-in's (errors.ts); routes differing there get rules of their own.
    const headers = otherHeaderSets(r);
    // CORS (cors.ts): routes with different policies get rules of their own.
    const cors = r.policies?.cors;
    // Response headers (custom-headers, add-headers): a ResponseHeaderModifier (custom-headers.ts).
    const responseHeaders = r.responseHeaders ?? [];
    // Mirroring (mirror.ts): routes mirrored differently get rules of their own.
    const mirror = r.mirror;
    const key = JSON.stringify([r.upstream, host ?? null, read ?? null, headers, rewrite ?? null, c ? [c.upstream, c.weight, c.weightTotal, c.header ?? null] : null, cors ?? null, responseHeaders, mirror ?? null]);
    const action = { upstream: r.upstream, ...(host !== undefined ? { host } : {}), ...(read !== undefined ? { read } : {}), ...(headers.length ? { headers } : {}), ...(responseHeaders.length ? { responseHeaders } : {}), ...(rewrite ? { rewrite } : {}), ...(c ? { canary: c } : {}), ...(cors ? { cors } : {}), ...(mirror ? { mirror } : {}) };
    return { key, action };
}
/** Rules into HTTPRoute-sized chunks (16 rules, 128 matches; a rule without matches counts 1). */
function packRules(rules) {
    const chunks = [];
    let cur = [];
    let count = 0;
    for (const r of rules) {
        const n = r.matches?.length ?? 1;
        if (cur.length === MAX_RULES || count + n > MAX_MATCHES_PER_ROUTE) {
            chunks.push(cur);
            cur = [];
            count = 0;
        }
        cur.push(r);
        count += n;
    }
    if (cur.length)
        chunks.push(cur);
    return chunks;
}
function toRule(r, backend, ir, mirrorRef) {
    const matches = r.matches ? { matches: r.matches } : {};
    if ('to' in r.action) {
        const { scheme, hostname, port, path } = r.action.to;
        return { ...matches, filters: [{ type: 'RequestRedirect', requestRedirect: { scheme, hostname, ...(port !== undefined ? { port } : {}), path: { type: 'ReplaceFullPath', replaceFullPath: path }, statusCode: r.action.statusCode } }] };
    }
    if ('toPath' in r.action)
        return { ...matches, filters: [{ type: 'RequestRedirect', requestRedirect: { path: { type: 'ReplaceFullPath', replaceFullPath: r.action.toPath }, statusCode: r.action.statusCode } }] };
    if ('redirect' in r.action) {
        // The well-known port is left out: Gateway API derives 443 from the https scheme.
        const port = ir.listen.https.port;
        return { ...matches, filters: [{ type: 'RequestRedirect', requestRedirect: { scheme: 'https', ...(port === 443 ? {} : { port }), statusCode: ir.httpsRedirectCode ?? 308 } }] };
    }
    const { host, read, headers, responseHeaders, split, rewrite, cors, mirror } = r.action;
    const cf = cors ? corsFilter(cors) : undefined;
    const filters = [
        ...(cf ? [cf] : []),
        ...(host !== undefined || rewrite ? [{ type: 'URLRewrite', urlRewrite: { ...(host !== undefined ? { hostname: host } : {}), ...(rewrite ? { path: rewrite } : {}) } }] : []),
        ...(headers ? [requestHeaders(headers)] : []),
        ...(responseHeaders ? [responseHeaderModifier(responseHeaders)] : []),
        ...(mirror ? [{ type: 'RequestMirror', requestMirror: { backendRef: mirrorRef(mirror) } }] : []),
    ];
    return {
        ...matches,
        ...(filters.length ? { filters } : {}),
        backendRefs: split ? [{ ...backend(r.action.upstream), weight: split.main }, { ...backend(split.upstream), weight: split.canary }] : [backend(r.action.upstream)],
        ...(read !== undefined ? { timeouts: { backendRequest: `${read}s` } } : {}),
    };
}
