import { normalizeRequestPath } from './normalize-path.js';
/** The IR's reference semantics (see types.ts): every emitter must agree with these functions. */
/** Does Prefix route path `p` (normalised) match request path `path`? Element-wise. */
export function prefixMatches(p, path) {
    return p === '/' || path === p || path.startsWith(`${p}/`);
}
/** Route of `vh` for a request path (without query), or undefined for the vhost fallback. */
export function matchPath(vh, path) {
    const exact = vh.exact.find((r) => r.path === path);
    if (exact)
        return exact;
    // vh.prefix is sorted longest first, so the first hit is the longest match.
    return vh.prefix.find((r) => prefixMatches(r.path, path));
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
export function matchRequest(ir, hostHeader, pathWithQuery) {
    const n = normalizeRequestPath(pathWithQuery);
    if (!n.ok)
        return { via: 'bad-request', badRequest: n.reason };
    const path = n.path;
    const { vhost } = matchHost(ir, hostHeader);
    if (!vhost)
        return ir.defaultUpstream ? { path, upstream: ir.defaultUpstream, via: 'default-backend' } : { path, via: 'not-found' };
    const route = matchPath(vhost, path);
    if (route)
        return { vhost, path, route, upstream: route.upstream, via: 'route' };
    if (vhost.fallback)
        return { vhost, path, upstream: vhost.fallback, via: 'vhost-fallback' };
    return { vhost, path, via: 'not-found' };
}
