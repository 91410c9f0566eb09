import type { RouteTable } from '../../ir/types.js';
/** RouteTable.tlsVersions (ConfigMap ssl-protocols): the downstream TLS context's tls_params (a contiguous list, oldest first). */
export declare function tlsParams(ir: Pick<RouteTable, 'tlsVersions'>): {
    tls_params?: {
        tls_minimum_protocol_version: string;
        tls_maximum_protocol_version: string;
    };
};
