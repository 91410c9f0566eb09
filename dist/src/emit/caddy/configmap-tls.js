const VERSION = { 'TLSv1.2': 'tls1.2', 'TLSv1.3': 'tls1.3' };
/** RouteTable.tlsVersions (ConfigMap ssl-protocols): every connection policy's protocol range (a contiguous list, oldest first). */
export function withTlsVersions(policies, ir) {
    const v = ir.tlsVersions;
    return v ? policies.map((p) => ({ ...p, protocol_min: VERSION[v[0]], protocol_max: VERSION[v[v.length - 1]] })) : policies;
}
