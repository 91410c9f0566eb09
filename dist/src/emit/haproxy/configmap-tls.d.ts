import type { RouteTable } from '../../ir/types.js';
/** RouteTable.tlsVersions (ConfigMap ssl-protocols): the HTTPS bind's version range (a contiguous list, oldest first). */
export declare const tlsVersionOptions: (ir: Pick<RouteTable, 'tlsVersions'>) => string;
