import { analyze } from '../compile.js';
import { makeDiagnostic, sortDiagnostics } from '../diagnostics/collector.js';
import { describeAccess, matchHost, matchRequest, normalizeHost, routeMatches } from '../ir/match.js';
import { routesOf } from '../ir/types.js';
import { backendName } from './table.js';
import { droppedHeaderNames } from '../ir/header-names.js';
import { mirrorCopy } from './mirror.js';
/** Which route and backend would serve a request, and why: the IR's reference matcher, explained. */
export function match(sources, request, options = {}) {
    const parsed = parseRequest(request);
    if ('error' in parsed)
        return { ok: false, diagnostics: [parsed.error], candidates: [], wildcardMisses: [] };
    const { ir, diags } = analyze(sources, options);
    const diagnostics = sortDiagnostics(diags.items);
    if (!ir || diags.hasErrors())
        return { ok: false, diagnostics, candidates: [], wildcardMisses: [] };
    return { ok: true, diagnostics, ...explainRequest(ir, parsed) };
}
export function explainRequest(ir, req) {
    const ups = new Map(ir.upstreams.map((u) => [u.id, u]));
    const host = normalizeHost(req.hostHeader);
    const m = matchRequest(ir, req.hostHeader, req.path, { ...(req.extras ?? {}), https: req.scheme === 'https' });
    const path = m.path ?? '';
    // RouteTable.dropRequestHeaders: headers the proxy drops before anything reads them.
    const dropped = droppedHeaderNames(ir, req.extras?.headers);
    const request = { scheme: req.scheme, hostHeader: req.hostHeader, host, path: req.path, ...(m.path !== undefined ? { normalizedPath: m.path } : {}), ...(dropped.length ? { droppedHeaders: dropped } : {}) };
    const { vhost } = matchHost(ir, req.hostHeader);
    const wildcardMisses = ir.vhosts.filter((v) => v.kind === 'wildcard' && v !== vhost && host.endsWith(`.${v.wildcardSuffix}`)).map((v) => v.name);
    const auth = vhost?.tls?.clientAuth;
    const clientAuth = auth ? { clientAuth: (({ caPem: _pem, ...rest }) => rest)(auth) } : {};
    const base = { request, hostClass: (vhost?.kind ?? 'none'), ...(vhost ? { vhost: vhost.name } : {}), wildcardMisses, ...clientAuth };
    const candidates = [];
    if (vhost && m.route) {
        const win = m.route;
        for (const r of routesOf(vhost)) {
            if (r === win || !routeMatches(r, path))
                continue;
            const lostBecause = vhost.pathOrder === 'regex-first-match' ? 'earlier-regex-wins' : win.match === 'Exact' && r.match !== 'Exact' && win.path.length === r.path.length ? 'exact-beats-prefix' : 'longer-path-wins';
            candidates.push({ path: r.path, match: r.match, backend: backendName(ups.get(r.upstream), r.upstream), ingress: r.ingress, origin: r.origin, lostBecause });
        }
    }
    if (m.passthrough) {
        const backend = backendName(ups.get(m.passthrough.upstream), m.passthrough.upstream);
        return { ...base, candidates, answer: { kind: 'backend', backend, upstream: m.passthrough.upstream }, via: 'passthrough', passthrough: { ingress: m.passthrough.ingress, origin: m.passthrough.origin } };
    }
    // Every target refuses such a path before it looks at hosts or redirects (nginx while parsing the request line).
    if (m.badRequest !== undefined)
        return { ...base, candidates, answer: { kind: 'bad-request', status: 400, reason: m.badRequest }, via: 'bad-request' };
    if (m.redirect)
        return { ...base, candidates, answer: { kind: 'redirect', status: m.redirect.status, location: m.redirect.location }, via: 'redirect', ...(m.route ? { route: routeInfo(m.route, m.forwarded) } : {}) };
    const answer = m.upstream ? { kind: 'backend', backend: backendName(ups.get(m.upstream), m.upstream), upstream: m.upstream } : { kind: 'not-found', status: 404 };
    const canary = m.canary && m.route?.canary
        ? {
            ingress: m.route.canary.ingress,
            decidedBy: m.canary.by,
            ...(m.canary.by !== 'weight' ? { toCanary: m.canary.canary } : {}),
            ...(m.split ? { split: m.split.map((s) => ({ backend: backendName(ups.get(s.upstream), s.upstream), upstream: s.upstream, weight: s.weight })) } : {}),
            ...affinityCookiesOf(m.route, req.extras?.cookies),
        }
        : undefined;
    const policies = { ...(m.cors ? { cors: m.cors } : {}), ...(m.affinity ? { affinity: m.affinity } : {}), ...(m.balance ? { balance: m.balance } : {}) };
    const mirror = m.route?.mirror && m.upstream ? { mirror: mirrorCopy(m.route.mirror, req.path) } : {};
    return { ...base, candidates, answer, via: m.via, ...(m.route ? { route: { ...routeInfo(m.route, m.forwarded), ...mirror } } : {}), ...(canary ? { canary } : {}), ...policies };
}
/** The sides' affinity cookies (RouteCanary step 0) the request carries, by name. */
function affinityCookiesOf(r, carried) {
    const names = [...new Set([r.policies?.affinity?.cookie, r.canary?.affinity?.cookie].filter((n) => n !== undefined && (carried ?? []).includes(n)))];
    return names.length ? { affinityCookies: names } : {};
}
const routeInfo = (r, fwd) => ({
    path: r.path,
    match: r.match,
    pathType: r.pathType,
    ingress: r.ingress,
    origin: r.origin,
    ...(fwd && r.filters?.some((f) => f.type === 'URLRewrite') ? { rewrittenPath: fwd.pathWithQuery } : {}),
    ...(fwd?.setHeaders.length ? { setHeaders: fwd.setHeaders } : {}),
    ...(r.errors ? { errors: r.errors } : {}),
    ...(r.responseRewrites ? { responseRewrites: r.responseRewrites } : {}),
    ...(r.policies?.limits ? { limits: r.policies.limits } : {}),
    ...(describeAccess(r.policies).length ? { access: describeAccess(r.policies) } : {}),
});
/** URL + headers → scheme, Host header and raw request target (never normalised, as a proxy receives it). */
export function parseRequest(req) {
    const bad = (detail) => ({ error: makeDiagnostic('IC5102', undefined, { value: req.url, detail }) });
    let hostHeader;
    let origin;
    const cookies = [];
    const others = {};
    const headers = req.headers ?? [];
    const entries = Array.isArray(headers)
        ? headers.map((h) => {
            const i = h.indexOf(':');
            return [i > 0 ? h.slice(0, i).trim() : '', i > 0 ? h.slice(i + 1).trim() : ''];
        })
        : Object.entries(headers);
    for (const [k, v] of entries) {
        if (!k || !/^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/.test(k))
            return { error: makeDiagnostic('IC5103', undefined, { value: `${k}${k ? ': ' : ''}${v}` }) };
        if (k.toLowerCase() === 'host')
            hostHeader = v;
        else
            (others[k] ??= []).push(v);
        if (k.toLowerCase() === 'origin')
            origin = v;
        if (k.toLowerCase() === 'cookie')
            cookies.push(...v.split(';').map((c) => c.split('=', 1)[0].trim()).filter((c) => c !== ''));
    }
    const method = (req.method ?? 'GET').toUpperCase();
    if (!/^[A-Z]+$/.test(method))
        return bad('the method must be letters only');
    // Only what CORS, affinity or a canary read (absent for a plain GET without headers: the routing answer alone).
    const extras = {
        ...(method !== 'GET' ? { method } : {}),
        ...(origin !== undefined ? { origin } : {}),
        ...(cookies.length ? { cookies } : {}),
        ...(Object.keys(others).length ? { headers: others } : {}),
    };
    let scheme = 'http';
    let path;
    if (req.url.startsWith('/')) {
        path = req.url;
        if (hostHeader === undefined)
            return bad('a path alone needs --header "Host: NAME"');
    }
    else {
        const m = /^(https?):\/\/([^/?#]*)(.*)$/i.exec(req.url);
        if (!m)
            return bad('expected http://HOST/PATH, https://HOST/PATH or /PATH');
        scheme = m[1].toLowerCase();
        const authority = m[2].slice(m[2].lastIndexOf('@') + 1);
        if (!authority)
            return bad('the URL has no host');
        hostHeader ??= authority;
        path = m[3] || '/';
        if (!path.startsWith('/'))
            path = `/${path}`;
    }
    if (/[\s\u0000-\u001f\u007f]/.test(path) || /[\s\u0000-\u001f\u007f]/.test(hostHeader))
        return bad('spaces and control characters cannot appear in a request line or Host header');
    return { scheme, hostHeader, path, ...(Object.keys(extras).length ? { extras } : {}) };
}
