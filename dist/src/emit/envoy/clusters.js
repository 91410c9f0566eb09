/**
 * One cluster per IR upstream, named by its id (unique, `[a-z0-9_-]` only).
 * - all endpoints IP literals → STATIC;
 * - any DNS name → STRICT_DNS for the whole cluster: its resolver returns an IP literal as
 *   itself, so a mixed list still works, and every A record of a name becomes a host;
 * - no endpoints → an empty STATIC cluster: routes to it answer 503 ("no healthy upstream"),
 *   like a Service without ready endpoints, and every route still names a real cluster.
 * DNS names use the system resolver (a pod's resolv.conf points at cluster DNS).
 */
export function clusters(ir) {
    return ir.upstreams.map(cluster);
}
function cluster(u) {
    const dns = u.endpoints.some((e) => e.kind === 'dns');
    return {
        name: u.id,
        type: dns ? 'STRICT_DNS' : 'STATIC',
        connect_timeout: '5s',
        lb_policy: 'ROUND_ROBIN',
        ...(dns ? { dns_lookup_family: 'V4_PREFERRED' } : {}),
        load_assignment: {
            cluster_name: u.id,
            endpoints: u.endpoints.length === 0 ? [] : [{ lb_endpoints: u.endpoints.map((e) => ({ endpoint: { address: { socket_address: { address: e.host, port_value: e.port } } } })) }],
        },
    };
}
