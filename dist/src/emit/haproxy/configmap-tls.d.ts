import type { RouteTable } from '../../ir/types.js';
/** RouteTable.tlsVersions (ConfigMap ssl-protocols): the HTTPS bind's version range (a contiguous list, oldest first). */
export declare const tlsVersionOptions: (ir: Pick<RouteTable, 'tlsVersions'>) => string;
/**
 * The HTTPS bind's ciphers: those of handshakes no crt-list line of its own decides (tls.ts),
 * RouteTable.tlsCiphers or the host-less server's ssl-ciphers. HAProxy lets its own order decide
 * (no prefer-client-ciphers), as ssl_prefer_server_ciphers on.
 */
export declare function cipherBindOptions(ir: Pick<RouteTable, 'tlsCiphers' | 'vhosts'>): string;
