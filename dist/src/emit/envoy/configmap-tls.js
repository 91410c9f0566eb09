import { cipherSuitesFor } from '../../ir/ciphers.js';
const VERSION = { 'TLSv1.2': 'TLSv1_2', 'TLSv1.3': 'TLSv1_3' };
/**
 * The downstream TLS context's tls_params: RouteTable.tlsVersions (ConfigMap ssl-protocols, a
 * contiguous list, oldest first) and the chain's ciphers (an OpenSSL string of suite names,
 * src/ir/ciphers.ts: BoringSSL's names are OpenSSL's; TLS 1.3 suites are not configurable here).
 */
export function tlsParams(ir, ciphers) {
    const v = ir.tlsVersions;
    const p = {
        ...(v ? { tls_minimum_protocol_version: VERSION[v[0]], tls_maximum_protocol_version: VERSION[v[v.length - 1]] } : {}),
        ...(ciphers !== undefined ? { cipher_suites: cipherSuitesFor(ciphers, 'boringssl') } : {}),
    };
    return Object.keys(p).length ? { tls_params: p } : {};
}
