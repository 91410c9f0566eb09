/**
 * ingress-nginx's load balancing on Envoy: a hash upstream's clusters are RING_HASH (consistent:
 * few keys move when an endpoint comes or goes) and every route to them carries the key as
 * hash_policy entries, whose hashes Envoy combines; ewma becomes LEAST_REQUEST. A policy whose
 * value the request lacks gives no hash, and a request without any goes to a random endpoint:
 * the first entry, the request's scheme (always there, the same for every request of a listener),
 * makes an absent value hash alike, as ingress-nginx hashes the empty string.
 */
export function lbPolicy(u, ringHash) {
    if (ringHash || u.balance?.algorithm === 'hash')
        return 'RING_HASH';
    return u.balance?.algorithm === 'least-loaded' ? 'LEAST_REQUEST' : 'ROUND_ROBIN';
}
/** One key part as a hash policy; text changes no grouping and is left out. */
function policy(p) {
    if ('text' in p)
        return undefined;
    if ('request' in p) {
        if (p.request === 'client-address')
            return { connection_properties: { source_ip: true } };
        // :path is the request target as sent (path and query).
        return { header: { header_name: p.request === 'target' ? ':path' : ':authority' } };
    }
    if ('header' in p)
        return { header: { header_name: p.header.toLowerCase() } };
    if ('cookie' in p)
        return { cookie: { name: p.cookie } };
    return { query_parameter: { name: p.query } };
}
/** The cluster's upstream id: names are `<id>` with `.connect<N>s`, `.sticky`, `.tls` suffixes ("." never occurs in an id). */
export const upstreamOf = (cluster) => cluster.split('.', 1)[0];
/** Adds the hash policy of a hash upstream to every route that proxies to it (a cookie-affinity route keeps its own). */
export function withBalance(vhosts, ir) {
    const keys = new Map();
    for (const u of ir.upstreams) {
        if (u.balance?.algorithm !== 'hash')
            continue;
        keys.set(u.id, [{ header: { header_name: ':scheme' } }, ...u.balance.key.map(policy).filter((x) => x !== undefined)]);
    }
    if (keys.size === 0)
        return vhosts;
    return vhosts.map((vh) => ({
        ...vh,
        routes: vh.routes.map((r) => {
            const cluster = r.route?.cluster ?? r.route?.weighted_clusters?.clusters[0]?.name;
            const hash = cluster === undefined ? undefined : keys.get(upstreamOf(cluster));
            return hash?.length && r.route && !r.route.hash_policy ? { ...r, route: { ...r.route, hash_policy: hash.map((h) => structuredClone(h)) } } : r;
        }),
    }));
}
