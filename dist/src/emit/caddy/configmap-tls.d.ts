import type { RouteTable } from '../../ir/types.js';
import type { ConnectionPolicy } from './types.js';
/** RouteTable.tlsVersions (ConfigMap ssl-protocols): every connection policy's protocol range (a contiguous list, oldest first). */
export declare function withTlsVersions(policies: ConnectionPolicy[], ir: Pick<RouteTable, 'tlsVersions'>): ConnectionPolicy[];
