import { parsePortable, wholePathSearch } from '../../ir/regex.js';
import { isQuiet } from '../../ir/types.js';
import { caddyLiteral } from './quote.js';
/**
 * What a route does before its upstream's shared handler (`invoke`): whether it is logged, the access checks (source
 * ranges, as ingress-nginx orders them: deny-list, then allow-list; 403), the body limit (413),
 * then `beforeFilters` (authentication), then its rewrite (request headers are set by the route's
 * upstream variant). `client_ip` is the connection's peer, or with the ConfigMap's realip modes
 * the address of the trusted peers' header (forwarded-headers.ts forwardedServer).
 */
export function routeHandlers(r, beforeFilters = []) {
    const out = logSkip(r);
    const checks = accessChecks(r.policies);
    if (checks.length)
        out.push({ handler: 'subroute', routes: checks });
    const max = r.policies?.maxBodyBytes ?? 0;
    // request_body answers 413 for a declared Content-Length above max_size before reading it,
    // and cuts a chunked body at max_size (the read fails: the upstream sees no complete request).
    if (max > 0)
        out.push({ handler: 'request_body', max_size: max });
    out.push(...beforeFilters);
    for (const f of r.filters ?? [])
        out.push(...filterHandlers(f));
    return out;
}
/**
 * enable-access-log "false": nginx's `access_log off` covers every answer of the location, its
 * 403 and 413 too, and its redirects (routes.ts puts this before them).
 */
export const logSkip = (r) => (r && isQuiet(r) ? [{ handler: 'vars', log_skip: true }] : []);
const forbidden = { handler: 'static_response', status_code: 403 };
function accessChecks(p) {
    const routes = [];
    if (p?.sourceDeny?.length)
        routes.push({ match: [{ client_ip: { ranges: p.sourceDeny.map(caddyLiteral) } }], handle: [forbidden], terminal: true });
    if (p?.sourceAllow?.length)
        routes.push({ match: [{ not: [{ client_ip: { ranges: p.sourceAllow.map(caddyLiteral) } }] }], handle: [forbidden], terminal: true });
    return routes;
}
function filterHandlers(f) {
    if (f.type === 'URLRewrite') {
        // When the pattern matches (leftmost, case-insensitive), the whole path becomes the replacement,
        // query kept. Caddy expands {placeholders} in rewrite values (a Go "${1}" would be read as the
        // empty placeholder {1}), so the captures come from a named vars_regexp matcher over the path,
        // as {http.regexp.rw.N}; the `uri` setter without "?" keeps the query string.
        if (!/^\/(?:[A-Za-z0-9._~\-/]|\{[1-9]\})*$/.test(f.path.replacement))
            throw new Error(`caddy: refusing rewrite replacement ${JSON.stringify(f.path.replacement)}`);
        const uri = f.path.replacement.replace(/\{([1-9])\}/g, '{http.regexp.rw.$1}');
        const pattern = `(?i)${wholePathSearch(parsePortable(f.path.pattern), 're2')}`;
        return [{ handler: 'subroute', routes: [{ match: [{ vars_regexp: { '{http.request.uri.path}': { name: 'rw', pattern } } }], handle: [{ handler: 'rewrite', uri }] }] }];
    }
    // Request headers (Host, X-Forwarded-Prefix) go on the reverse_proxy of the route's upstream
    // variant (routes.ts, upstream-variants.ts).
    if (f.type === 'RequestHeaderModifier')
        return [];
    // Redirects answer before these steps, on the server they apply to (routes.ts redirectFor).
    if (f.type === 'RequestRedirect')
        return [];
    throw new Error(`caddy: filter ${f.type} reached the emitter`);
}
