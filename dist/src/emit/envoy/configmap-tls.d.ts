import type { RouteTable } from '../../ir/types.js';
interface TlsParams {
    tls_minimum_protocol_version?: string;
    tls_maximum_protocol_version?: string;
    cipher_suites?: string[];
}
/**
 * The downstream TLS context's tls_params: RouteTable.tlsVersions (ConfigMap ssl-protocols, a
 * contiguous list, oldest first) and the chain's ciphers (an OpenSSL string of suite names,
 * src/ir/ciphers.ts: BoringSSL's names are OpenSSL's; TLS 1.3 suites are not configurable here).
 */
export declare function tlsParams(ir: Pick<RouteTable, 'tlsVersions'>, ciphers?: string): {
    tls_params?: TlsParams;
};
export {};
