import type { RouteTable, TlsCiphers } from '../../ir/types.js';
/** RouteTable.tlsVersions (ConfigMap ssl-protocols), as ingress-nginx writes it: ssl_protocols at http level. */
export declare const tlsVersionLines: (ir: Pick<RouteTable, 'tlsVersions'>) => string[];
/**
 * Cipher settings as ingress-nginx writes them: RouteTable.tlsCiphers (ConfigMap ssl-ciphers) at
 * http level, a vhost's own (ssl-ciphers, ssl-prefer-server-ciphers) in its server block, which
 * nginx selects by SNI; a field left out is inherited from the http level.
 */
export declare const cipherLines: (c: TlsCiphers | undefined) => string[];
