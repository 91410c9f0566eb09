import type { RouteTable } from '../../ir/types.js';
/** RouteTable.tlsVersions (ConfigMap ssl-protocols), as ingress-nginx writes it: ssl_protocols at http level. */
export declare const tlsVersionLines: (ir: Pick<RouteTable, 'tlsVersions'>) => string[];
