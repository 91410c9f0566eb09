import type { RouteTable } from '../../ir/types.js';
import type { ConnectionPolicy } from './types.js';

const VERSION = { 'TLSv1.2': 'tls1.2', 'TLSv1.3': 'tls1.3' } as const;

/** RouteTable.tlsVersions (ConfigMap ssl-protocols): every connection policy's protocol range (a contiguous list, oldest first). */
export function withTlsVersions(policies: ConnectionPolicy[], ir: Pick<RouteTable, 'tlsVersions'>): ConnectionPolicy[] {
  const v = ir.tlsVersions;
  return v ? policies.map((p) => ({ ...p, protocol_min: VERSION[v[0]!], protocol_max: VERSION[v[v.length - 1]!] })) : policies;
}
