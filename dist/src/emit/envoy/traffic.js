import { corsHeaderTemplate, corsOriginSearch, ECHO_ORIGIN } from '../../ir/cors.js';
import { routesOf } from '../../ir/types.js';
/**
 * ingress-nginx's CORS as route matchers rather than Envoy's cors filter (which answers a
 * preflight only with Access-Control-Request-Method, never echoes an origin list match with a
 * suffix regex, and adds no headers to a non-CORS request): before the route itself come
 *   1. OPTIONS with a matching Origin (any OPTIONS with "*"): a direct 204 with the headers. It has
 *      no per-route RBAC: the preflight is answered before the access checks, as in ingress-nginx;
 *   2. a matching Origin (with "*": nothing, the route itself carries the headers): the route's
 *      own action with the headers on the response, replacing the upstream's.
 * Origin: Envoy's safe_regex is a full match, so the end-anchored search gets ".*" in front.
 */
export function withCors(base, r) {
    const p = r.policies?.cors;
    if (!p || !base.route)
        return [base];
    let origin;
    if (p.allowOrigins !== '*') {
        const search = corsOriginSearch(p.allowOrigins);
        if (search === undefined)
            return [base]; // an empty list: nothing ever matches
        origin = { name: 'origin', string_match: { safe_regex: { regex: `(?i).*${search}` } } };
    }
    const headers = corsHeaderTemplate(p).map((h) => ({
        header: { key: h.name.toLowerCase(), value: h.value === ECHO_ORIGIN ? '%REQ(origin)%' : h.value },
        append_action: 'OVERWRITE_IF_EXISTS_OR_ADD',
    }));
    const on = (...extra) => ({ ...base.match, headers: [...(base.match.headers ?? []), ...extra] });
    const options = { name: ':method', string_match: { safe_regex: { regex: 'OPTIONS' } } };
    const preflight = { match: on(options, ...(origin ? [origin] : [])), direct_response: { status: 204 }, response_headers_to_add: headers };
    const withHeaders = { ...base, response_headers_to_add: headers };
    return origin ? [preflight, { ...withHeaders, match: on(origin) }, base] : [preflight, withHeaders];
}
/**
 * ingress-nginx's cookie affinity as Envoy's cookie hash policy on a ring-hash cluster of the route's
 * own (`<cluster>.sticky`, clusters.ts): without the cookie, Envoy picks a host, generates the cookie
 * (an opaque hash; HttpOnly) and sets it with the route's Path; with it, the same host while the
 * ring is unchanged (ingress-nginx's balanced mode). A TTL of 0 makes a session cookie, as
 * ingress-nginx sends one without session-cookie-max-age. Secure: always, or on the HTTPS listener.
 */
export function withAffinity(base, r, scheme) {
    const a = r.policies?.affinity;
    if (!a || !base.route)
        return base;
    const attributes = [
        ...(a.domain !== undefined ? [{ name: 'Domain', value: a.domain }] : []),
        ...(a.secure === 'always' || scheme === 'https' ? [{ name: 'Secure' }] : []),
        ...(a.sameSite !== undefined ? [{ name: 'SameSite', value: a.sameSite }] : []),
    ];
    const cookie = { name: a.cookie, ttl: `${a.maxAge ?? 0}s`, path: a.path, ...(attributes.length ? { attributes } : {}) };
    return { ...base, route: { ...base.route, hash_policy: [{ cookie }] } };
}
/** Does some route match Origin against a list (a regex as long as the list)? */
export const hasCorsOriginLists = (ir) => ir.vhosts.some((vh) => routesOf(vh).some((r) => Array.isArray(r.policies?.cors?.allowOrigins) && r.policies.cors.allowOrigins.length > 0));
