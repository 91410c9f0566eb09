import { headerBlockOf } from './header-block.js';
import { keptHeaders } from './header-names.js';
import { corsOutcome } from './cors.js';
import { normalizeRequestPath } from './normalize-path.js';
import { locationRegex, parsePortable, renderPortable, searchPortable } from './regex.js';
import { locationIsPath, redirectOf } from './types.js';
export { decideAccess } from './access.js';
/** The IR's reference semantics (see types.ts): every emitter must agree with these functions. */
/** Does Prefix route path `p` (normalised) match request path `path`? Element-wise. */
export function prefixMatches(p, path) {
    return p === '/' || path === p || path.startsWith(`${p}/`);
}
const compiled = new Map();
const cachedRegex = (key, make) => {
    let re = compiled.get(key);
    if (!re)
        compiled.set(key, (re = make()));
    return re;
};
/** The location regex of a RegularExpression route path (`^<path>`, case-insensitive). */
const routeRegex = (p) => cachedRegex(`^${p}`, () => locationRegex(p));
/** Does route `r` match request path `path`? */
export function routeMatches(r, path) {
    switch (r.match) {
        case 'Exact':
            return r.path === path;
        case 'Prefix':
            return prefixMatches(r.path, path);
        case 'StringPrefix':
            return path.startsWith(r.path);
        case 'RegularExpression':
            return searchPortable(routeRegex(r.path), path) !== null;
    }
}
/** Route of `vh` for a request path (without query), or undefined for the vhost fallback. */
export function matchPath(vh, path) {
    if (vh.pathOrder === 'regex-first-match')
        return vh.ordered?.find((r) => routeMatches(r, path));
    const exact = vh.exact.find((r) => r.path === path);
    if (exact)
        return exact;
    // vh.prefix is sorted longest first, so the first hit is the longest match.
    return vh.prefix.find((r) => routeMatches(r, path));
}
export function applyFilters(filters, pathWithQuery) {
    const cut = pathWithQuery.search(/[?#]/);
    let path = cut < 0 ? pathWithQuery : pathWithQuery.slice(0, cut);
    const query = cut < 0 ? '' : pathWithQuery.slice(cut);
    const setHeaders = [];
    for (const f of filters ?? []) {
        if (f.type === 'URLRewrite') {
            const { pattern, replacement } = f.path;
            const m = searchPortable(cachedRegex(pattern, () => parsePortable(pattern)), path);
            if (m)
                path = replacement.replace(/\{([1-9])\}/g, (_, n) => m[Number(n)] ?? '');
        }
        else if (f.type === 'RequestHeaderModifier')
            setHeaders.push(...f.set);
    }
    return { pathWithQuery: path + query, setHeaders };
}
/** Host header → vhost: lowercase, port dropped, exact > one-label wildcard > host-less. */
export function matchHost(ir, hostHeader) {
    const host = normalizeHost(hostHeader);
    const exact = ir.vhosts.find((v) => v.kind === 'exact' && v.name === host);
    if (exact)
        return { vhost: exact, host };
    const dot = host.indexOf('.');
    if (dot > 0) {
        const wild = ir.vhosts.find((v) => v.kind === 'wildcard' && v.wildcardSuffix === host.slice(dot + 1));
        if (wild)
            return { vhost: wild, host };
    }
    const any = ir.vhosts.find((v) => v.kind === 'any');
    return any ? { vhost: any, host } : { host };
}
export function normalizeHost(h) {
    let host = h.trim().toLowerCase();
    if (host.startsWith('['))
        host = host.slice(0, host.indexOf(']') + 1);
    else if (host.includes(':'))
        host = host.slice(0, host.indexOf(':'));
    return host.endsWith('.') ? host.slice(0, -1) : host;
}
/** A field value as HTTP carries it: without the spaces and tabs around it (RFC 9110 5.5), which every proxy drops. */
const fieldValue = (v) => v.replace(/^[ \t]+|[ \t]+$/g, '');
/** The value of header `name` as nginx's $http_ variable gives it: every line, joined by ", "; undefined when absent. */
export function headerValue(headers, name) {
    const lines = [];
    for (const [k, v] of Object.entries(headers ?? {}))
        if (k.toLowerCase() === name.toLowerCase())
            lines.push(...(typeof v === 'string' ? [v] : v).map(fieldValue));
    return lines.length ? lines.join(', ') : undefined;
}
/**
 * nginx's $cookie_<name> (ngx_http_parse_multi_header_lines), over every Cookie line in order: at
 * each pair, the name compared case-insensitively, spaces, "=", spaces, and the value runs to the
 * next ";" (trailing spaces kept); a pair that is not it is skipped to the next ";" or ",", then
 * spaces. The first match wins, whatever its value.
 */
export function cookieValue(headers, name) {
    const n = name.toLowerCase();
    for (const [k, v] of Object.entries(headers ?? {})) {
        if (k.toLowerCase() !== 'cookie')
            continue;
        for (const line of (typeof v === 'string' ? [v] : v).map(fieldValue)) {
            let i = 0;
            while (i < line.length) {
                if (line.slice(i, i + n.length).toLowerCase() === n) {
                    let j = i + n.length;
                    while (line[j] === ' ')
                        j++;
                    if (line[j] === '=') {
                        j++;
                        while (line[j] === ' ')
                            j++;
                        const end = line.indexOf(';', j);
                        return line.slice(j, end < 0 ? line.length : end);
                    }
                    i = j;
                }
                while (i < line.length) {
                    const ch = line[i++];
                    if (ch === ';' || ch === ',')
                        break;
                }
                while (line[i] === ' ')
                    i++;
            }
        }
    }
    return undefined;
}
export function decideCanary(c, headers) {
    if (c.header) {
        const h = headerValue(headers, c.header.name);
        if (h !== undefined) {
            if (c.header.value !== undefined) {
                if (h === c.header.value)
                    return { by: 'header', canary: true };
            }
            else if (c.header.pattern !== undefined) {
                const p = c.header.pattern;
                if (new RegExp(renderPortable(cachedRegex(`cs:${p}`, () => parsePortable(p)), 'js')).test(h))
                    return { by: 'header', canary: true };
            }
            else if (h === 'always')
                return { by: 'header', canary: true };
            else if (h === 'never')
                return { by: 'header', canary: false };
        }
    }
    if (c.cookie !== undefined) {
        const v = cookieValue(headers, c.cookie);
        if (v === 'always')
            return { by: 'cookie', canary: true };
        if (v === 'never')
            return { by: 'cookie', canary: false };
    }
    return { by: 'weight', weight: c.weight, weightTotal: c.weightTotal };
}
/**
 * The string an upstream's hash key gives for a request (types.ts HashKeyPart): its parts' values
 * joined; a header as headerValue gives it, a cookie as cookieValue, a query parameter's raw value
 * at its first occurrence (name without case), and "" for what the request does not carry.
 */
export function hashKeyValue(key, req) {
    const q = req.target.indexOf('?');
    const params = q < 0 ? [] : req.target.slice(q + 1).split('&').map((kv) => [kv.split('=', 1)[0], kv.includes('=') ? kv.slice(kv.indexOf('=') + 1) : '']);
    return key
        .map((p) => {
        if ('text' in p)
            return p.text;
        if ('request' in p)
            return p.request === 'target' ? req.target : p.request === 'host' ? normalizeHost(req.hostHeader) : (req.clientAddress ?? '');
        if ('header' in p)
            return headerValue(req.headers, p.header) ?? '';
        if ('cookie' in p)
            return cookieValue(req.headers, p.cookie) ?? '';
        return params.find(([k]) => k.toLowerCase() === p.query.toLowerCase())?.[1] ?? '';
    })
        .join('');
}
/** MatchResult.balance of the upstream serving a request. */
function balanceOf(ir, upstream, hostHeader, target, extras) {
    const b = upstream === undefined ? undefined : ir.upstreams.find((u) => u.id === upstream)?.balance;
    if (!b)
        return {};
    if (b.algorithm === 'least-loaded')
        return { balance: b };
    const key = hashKeyValue(b.key, { hostHeader, target, ...(extras.headers ? { headers: extras.headers } : {}), ...(extras.clientAddress ? { clientAddress: extras.clientAddress } : {}) });
    return { balance: { algorithm: 'hash', key, ...(b.subsetSize !== undefined ? { subsetSize: b.subsetSize } : {}) } };
}
/** The Location of a RequestRedirect (types.ts) for a request with this Host header and target. */
export function redirectLocation(f, ir, hostHeader, target, https) {
    if (f.location !== undefined) {
        if (!locationIsPath(f) || f.relative)
            return f.location;
        return `${https ? 'https' : 'http'}://${normalizeHost(hostHeader)}${f.location}`;
    }
    let authority = hostHeader;
    let scheme = https ? 'https' : 'http';
    if (f.hostname !== undefined)
        authority = `${f.hostname}:${https ? ir.listen.https.port : ir.listen.http.port}`;
    else if (f.scheme) {
        scheme = f.scheme;
        const port = ir.listen.https.port;
        authority = normalizeHost(hostHeader) + (port === 443 ? '' : `:${port}`);
    }
    let rest = f.path ? f.path.value : target;
    if (!f.path && f.stripTrailingSlash && rest.endsWith('/'))
        rest = rest.slice(0, -1);
    return `${scheme}://${authority}${rest}`;
}
/** The vhost-level ssl-redirect (VhostTls.sslRedirect) as a RequestRedirect. */
const vhostRedirect = (vh, code = 308) => vh.tls?.sslRedirect ? { type: 'RequestRedirect', scheme: 'https', plainHttpOnly: true, statusCode: code, ...(vh.tls.stripTrailingSlash ? { stripTrailingSlash: true } : {}) } : undefined;
/**
 * The TLS passthrough host (RouteTable.passthrough) a ClientHello with this SNI is handed to, if any:
 * the whole name, lowercased (no wildcard, no trailing-dot folding: an SNI carries neither).
 */
export function matchSni(ir, sni) {
    const name = sni?.toLowerCase();
    return name === undefined ? undefined : ir.passthrough?.find((p) => p.host === name);
}
export function matchRequest(ir, hostHeader, pathWithQuery, given = {}) {
    // RouteTable.dropRequestHeaders: what nothing after the proxy's parser sees.
    const kept = keptHeaders(ir, given.headers);
    const extras = kept ? { ...given, headers: kept } : given;
    // A passthrough host's TLS connections never reach HTTP (the client's SNI is taken to be the Host header's name).
    const pt = extras.https === true ? matchSni(ir, normalizeHost(hostHeader)) : undefined;
    if (pt) {
        const { vhost } = matchHost(ir, hostHeader);
        return { ...(vhost ? { vhost } : {}), upstream: pt.upstream, via: 'passthrough', passthrough: pt };
    }
    const m = matchRoute(ir, hostHeader, pathWithQuery, extras);
    // RouteTable.headerBlocks: a 403 in nginx's server rewrite phase, before any redirect or route.
    const block = headerBlockOf(ir, extras.headers);
    const blocked = block ? { blocked: { status: 403, header: block.header } } : {};
    // VhostTls.hsts: on every answer to an HTTPS request of the host (redirects, errors included).
    const hsts = extras.https === true ? m.vhost?.tls?.hsts : undefined;
    const balance = m.via === 'route' || m.via === 'vhost-fallback' || m.via === 'default-backend' ? balanceOf(ir, m.upstream, hostHeader, pathWithQuery, extras) : {};
    return { ...m, ...blocked, ...(hsts === undefined ? {} : { hsts }), ...balance };
}
function matchRoute(ir, hostHeader, pathWithQuery, extras) {
    const n = normalizeRequestPath(pathWithQuery);
    if (!n.ok)
        return { via: 'bad-request', badRequest: n.reason };
    const path = n.path;
    const https = extras.https === true;
    const { vhost } = matchHost(ir, hostHeader);
    if (!vhost)
        return ir.defaultUpstream ? { path, upstream: ir.defaultUpstream, via: 'default-backend' } : { path, via: 'not-found' };
    const route = matchPath(vhost, path);
    // A redirect answers before anything else the route or fallback does (nginx's rewrite phase).
    // The route's own redirect (permanent/temporal-redirect, app-root) comes before the HTTPS one.
    const own = route ? redirectOf(route, true) : undefined;
    // The scheme HTTPS redirects are decided on (ForwardedHeaders.trustClient).
    const sent = ir.forwarded?.trustClient ? headerValue(extras.headers, 'x-forwarded-proto') : undefined;
    const plain = sent !== undefined && sent !== '' ? sent === 'http' : !https;
    const fb = vhost.fallbackRedirect && (!vhost.fallbackRedirect.plainHttpOnly || plain) ? vhost.fallbackRedirect : undefined;
    const redirect = own ?? (plain ? vhostRedirect(vhost, ir.httpsRedirectCode) : undefined) ?? (route ? redirectOf(route, !plain) : fb);
    if (redirect && extras.https !== undefined)
        return { vhost, path, ...(route ? { route } : {}), via: 'redirect', redirect: { status: redirect.statusCode, location: redirectLocation(redirect, ir, hostHeader, pathWithQuery, https) } };
    if (route) {
        // Filters see the normalised path, as nginx's rewrite sees $uri; the query is kept.
        const q = pathWithQuery.indexOf('?');
        const forwarded = route.filters?.length ? { forwarded: applyFilters(route.filters, q < 0 ? path : path + pathWithQuery.slice(q)) } : {};
        const cors = route.policies?.cors ? corsOutcome(route.policies.cors, extras.method ?? 'GET', extras.origin) : undefined;
        const aff = route.policies?.affinity;
        // A preflight answered by the proxy never reaches the balancer: no cookie.
        const affinity = aff && !cors?.preflight ? { affinity: { cookie: aff.cookie, sets: !(extras.cookies ?? []).includes(aff.cookie) } } : {};
        // Route.responseHeaders (custom-headers, add-headers): the upstream's of those names replaced.
        const policies = { ...(cors ? { cors } : {}), ...affinity, ...(route.responseHeaders?.length ? { responseHeaders: route.responseHeaders } : {}) };
        if (route.canary) {
            const d = decideCanary(route.canary, extras.headers);
            if (d.by !== 'weight')
                return { vhost, path, route, upstream: d.canary ? route.canary.upstream : route.upstream, via: 'route', canary: d, ...forwarded, ...policies };
            const split = [
                { upstream: route.upstream, weight: d.weightTotal - d.weight },
                { upstream: route.canary.upstream, weight: d.weight },
            ];
            // A certain split (weight 0 or the total) names its one upstream.
            const upstream = d.weight === 0 ? route.upstream : d.weight === d.weightTotal ? route.canary.upstream : route.upstream;
            return { vhost, path, route, upstream, via: 'route', canary: d, split, ...forwarded, ...policies };
        }
        return { vhost, path, route, upstream: route.upstream, via: 'route', ...forwarded, ...policies };
    }
    if (vhost.fallback)
        return { vhost, path, upstream: vhost.fallback, via: 'vhost-fallback' };
    return { vhost, path, via: 'not-found' };
}
/**
 * How the proxy talks to an upstream (backend-protocol, proxy-ssl-*), for explanations; undefined
 * for plain HTTP/1.1. 'auto-http': TLS (with the settings) only for requests that came over TLS.
 */
export function upstreamConnection(u) {
    if (u.protocol === undefined || u.protocol === 'http')
        return undefined;
    const words = [{ https: 'HTTPS', grpc: 'gRPC (h2c)', grpcs: 'gRPC over TLS', 'auto-http': "the client's scheme (AUTO_HTTP)" }[u.protocol]];
    const t = u.tls;
    if (u.protocol !== 'grpc') {
        words.push(t?.verify ? `certificate verified for ${t.verify.name} against CA ${t.verify.ca} (depth ${t.verify.depth})` : 'certificate not verified');
        if (t?.sni !== undefined)
            words.push(`SNI ${t.sni}`);
        if (t?.clientCertificate !== undefined)
            words.push(`client certificate ${t.clientCertificate}`);
        if (t?.versions)
            words.push(t.versions.join('/'));
        if (t?.ciphers !== undefined)
            words.push(`ciphers ${t.ciphers}`);
    }
    return words.join(', ');
}
/**
 * RouteErrors evaluated: the route answered `status`, produced by its upstream or by the proxy
 * itself (503 without endpoints, 502/504, 403, 413). Undefined: the answer goes to the client.
 * `request` is the request as the client sent it (target and Accept header).
 */
export function errorPage(route, status, by, request) {
    const e = route.errors;
    if (!e || !e.codes.includes(status) || (by === 'upstream' && !e.upstreamResponses))
        return undefined;
    const q = request.target.indexOf('?');
    const setHeaders = [
        { name: 'X-Code', value: String(status) },
        ...(request.accept ? [{ name: 'X-Format', value: request.accept }] : []),
        { name: 'X-Original-URI', value: request.target },
        { name: 'X-Namespace', value: e.context.namespace },
        { name: 'X-Ingress-Name', value: e.context.ingress },
        { name: 'X-Service-Name', value: e.context.service },
        { name: 'X-Service-Port', value: e.context.servicePort },
        ...(request.clientAddress ? [{ name: 'X-Forwarded-For', value: request.clientAddress }] : []),
    ];
    return { ...(e.upstream !== undefined ? { upstream: e.upstream } : {}), pathWithQuery: q < 0 ? '/' : `/${request.target.slice(q)}`, setHeaders };
}
/**
 * ResponseRewrites evaluated on one response header of the route's upstream: the value the client
 * receives (nginx's proxy_redirect / proxy_cookie_domain / proxy_cookie_path, string forms).
 */
export function rewriteResponseHeader(rw, name, value, request) {
    if (!rw)
        return value;
    const n = name.toLowerCase();
    const prefix = (v, r) => (r && v.startsWith(r.from) ? r.to + v.slice(r.from.length) : v);
    if (n === 'location') {
        const v = prefix(value, rw.location);
        return v !== value && v.startsWith('/') ? `${request.scheme}://${normalizeHost(request.hostHeader)}${v}` : v;
    }
    if (n === 'refresh') {
        const at = value.toLowerCase().indexOf('url=');
        return at < 0 ? value : value.slice(0, at + 4) + prefix(value.slice(at + 4), rw.location);
    }
    if (n !== 'set-cookie')
        return value;
    const parts = value.split(';');
    for (let i = 1; i < parts.length; i++) {
        const lead = /^\s*/.exec(parts[i])[0];
        const attr = parts[i].slice(lead.length);
        const eq = attr.indexOf('=');
        if (eq < 0)
            continue;
        const key = attr.slice(0, eq);
        let v = attr.slice(eq + 1);
        if (key.toLowerCase() === 'path')
            v = prefix(v, rw.cookiePath);
        else if (key.toLowerCase() === 'domain' && rw.cookieDomain) {
            const dot = v.startsWith('.') ? '.' : '';
            const from = rw.cookieDomain.from.replace(/^\./, '');
            if (v.slice(dot.length).toLowerCase() === from.toLowerCase())
                v = dot + rw.cookieDomain.to.replace(/^\./, '');
        }
        else
            continue;
        parts[i] = `${lead}${key}=${v}`;
    }
    return parts.join(';');
}
/** What a route requires before it proxies (source ranges, authentication, satisfy), in words; decideAccess() decides. */
export function describeAccess(p) {
    if (!p)
        return [];
    const out = [];
    if (p.sourceDeny)
        out.push(`client address not in ${p.sourceDeny.join(', ')} (else 403)`);
    if (p.sourceAllow)
        out.push(`client address in ${p.sourceAllow.join(', ')} (else 403)`);
    if (p.basicAuth)
        out.push(`basic authentication, realm ${JSON.stringify(p.basicAuth.realm)}, ${p.basicAuth.users.length} user(s) of Secret ${p.basicAuth.secret} (else 401)`);
    if (p.externalAuth) {
        const u = p.externalAuth.url;
        const url = `${u.scheme}://${u.host}${u.port !== undefined ? `:${u.port}` : ''}${u.path}${u.query !== undefined ? `?${u.query}` : ''}`;
        out.push(`external authentication: ${p.externalAuth.method ?? 'GET'} ${url} answers 2xx (401${p.externalAuth.signin ? ': 302 to the sign-in URL' : ''}, 403: refused, other: 500)`);
    }
    if (p.satisfy === 'any' && out.length > 1)
        out.push('satisfy any: one of the above is enough');
    return out;
}
/** The request target of a route's mirrored copy (RouteMirror.target) for a request target as the client sent it. */
export function mirrorRequestTarget(m, requestTarget) {
    const q = requestTarget.indexOf('?');
    const query = q >= 0 && q < requestTarget.length - 1 ? requestTarget.slice(q) : '';
    return m.target.map((p) => ('text' in p ? p.text : p.request === 'target' ? requestTarget : query)).join('');
}
