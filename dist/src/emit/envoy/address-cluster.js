/**
 * A cluster of one address taken from a URL (the external auth service's, a mirror target's):
 * STATIC for an IP, STRICT_DNS for a name (resolved at run time, never waited for at load). With
 * https, TLS without verification (nginx's proxy_ssl_verify off); `sni` sends a name as SNI.
 */
export function addressCluster(name, u, sni) {
    const ip = /^[0-9.]+$/.test(u.host) || u.host.includes(':');
    return {
        name,
        type: ip ? 'STATIC' : 'STRICT_DNS',
        connect_timeout: '5s',
        lb_policy: 'ROUND_ROBIN',
        ...(ip ? {} : { dns_lookup_family: 'V4_PREFERRED', wait_for_warm_on_init: false }),
        load_assignment: { cluster_name: name, endpoints: [{ lb_endpoints: [{ endpoint: { address: { socket_address: { address: u.host, port_value: u.port ?? (u.scheme === 'https' ? 443 : 80) } } } }] }] },
        ...(u.scheme === 'https' ? { transport_socket: { name: 'envoy.transport_sockets.tls', typed_config: { '@type': 'type.googleapis.com/envoy.extensions.transport_sockets.tls.v3.UpstreamTlsContext', ...(sni && !ip ? { sni: u.host } : {}) } } } : {}),
    };
}
