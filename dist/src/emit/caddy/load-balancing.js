import { caddyLiteral } from './quote.js';
/**
 * ingress-nginx's load balancing on Caddy: round robin by default, least_conn for ewma, and for a
 * hash key Caddy's rendezvous hashing of one request header: a `headers` handler before the
 * reverse_proxy writes the key into KEY_HEADER from placeholders (an absent value is "", and the
 * constant first character keeps the key non-empty, so such requests hash alike, as ingress-nginx
 * hashes the empty string); the reverse_proxy hashes it, then deletes it from the proxied request
 * (its header operations run after the endpoint is chosen).
 */
const KEY_HEADER = 'X-Ingressc-Lb-Key';
/** Header, cookie and parameter names and text of a key: the provider's grammar, checked again. */
const NAME = /^[A-Za-z0-9_-]+$/;
const safe = (s) => {
    if (!NAME.test(s))
        throw new Error(`caddy: refusing hash key text ${JSON.stringify(s)}`);
    return caddyLiteral(s);
};
function part(p) {
    if ('text' in p)
        return safe(p.text);
    // orig_uri: the request target as the client sent it, before any rewrite.
    if ('request' in p)
        return { target: '{http.request.orig_uri}', 'client-address': '{http.vars.client_ip}', host: '{http.request.host}' }[p.request];
    if ('header' in p)
        return `{http.request.header.${safe(p.header)}}`;
    if ('cookie' in p)
        return `{http.request.cookie.${safe(p.cookie)}}`;
    return `{http.request.uri.query.${safe(p.query)}}`;
}
/** The handlers that come before an upstream's reverse_proxy: the key header of a hash upstream. */
export function balanceHandlers(u) {
    const b = u.balance;
    if (b?.algorithm !== 'hash')
        return [];
    return [{ handler: 'headers', request: { set: { [KEY_HEADER]: [`k${b.key.map(part).join('')}`] } } }];
}
export function selectionPolicy(u) {
    const b = u.balance;
    if (!b)
        return { policy: 'round_robin' };
    if (b.algorithm === 'least-loaded')
        return { policy: 'least_conn' };
    return { policy: 'header', field: KEY_HEADER };
}
/** The reverse_proxy of a hash upstream drops the key header from the proxied request. */
export function withoutKeyHeader(rp, u) {
    if (u.balance?.algorithm !== 'hash')
        return rp;
    return { ...rp, headers: { ...rp.headers, request: { set: rp.headers.request?.set ?? {}, delete: [KEY_HEADER] } } };
}
