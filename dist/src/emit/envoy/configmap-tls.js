const VERSION = { 'TLSv1.2': 'TLSv1_2', 'TLSv1.3': 'TLSv1_3' };
/** RouteTable.tlsVersions (ConfigMap ssl-protocols): the downstream TLS context's tls_params (a contiguous list, oldest first). */
export function tlsParams(ir) {
    const v = ir.tlsVersions;
    return v ? { tls_params: { tls_minimum_protocol_version: VERSION[v[0]], tls_maximum_protocol_version: VERSION[v[v.length - 1]] } } : {};
}
