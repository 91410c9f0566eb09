import { caddyLiteral } from './quote.js';
/**
 * ingress-nginx's load balancing as Caddy's selection policy: round robin by default, least_conn
 * for ewma, and for a hash key its one variable (lowering refused other keys, IC3210) with Caddy's
 * rendezvous hashing: uri_hash (the request URI as sent), ip_hash (the TCP peer), header, query.
 * A request without the header or parameter goes to the `first` available endpoint, as
 * ingress-nginx hashes the empty value: all such requests on one endpoint. A key of text only
 * sends every request to one endpoint: `first`.
 */
export function selectionPolicy(u) {
    const b = u.balance;
    if (!b)
        return { policy: 'round_robin' };
    if (b.algorithm === 'least-loaded')
        return { policy: 'least_conn' };
    const v = b.key.find((p) => !('text' in p));
    if (!v)
        return { policy: 'first' };
    if ('request' in v && v.request === 'target')
        return { policy: 'uri_hash' };
    if ('request' in v && v.request === 'client-address')
        return { policy: 'ip_hash' };
    if ('header' in v)
        return { policy: 'header', field: caddyLiteral(v.header), fallback: { policy: 'first' } };
    if ('query' in v)
        return { policy: 'query', key: caddyLiteral(v.query), fallback: { policy: 'first' } };
    throw new Error(`caddy: no selection policy hashes on ${JSON.stringify(v)}`);
}
