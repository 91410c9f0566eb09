import type { RouteTable } from '../../ir/types.js';

/** RouteTable.tlsVersions (ConfigMap ssl-protocols): the HTTPS bind's version range (a contiguous list, oldest first). */
export const tlsVersionOptions = (ir: Pick<RouteTable, 'tlsVersions'>): string =>
  ir.tlsVersions ? ` ssl-min-ver ${ir.tlsVersions[0]!} ssl-max-ver ${ir.tlsVersions[ir.tlsVersions.length - 1]!}` : '';
