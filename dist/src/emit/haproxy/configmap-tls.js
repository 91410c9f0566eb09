/** RouteTable.tlsVersions (ConfigMap ssl-protocols): the HTTPS bind's version range (a contiguous list, oldest first). */
export const tlsVersionOptions = (ir) => ir.tlsVersions ? ` ssl-min-ver ${ir.tlsVersions[0]} ssl-max-ver ${ir.tlsVersions[ir.tlsVersions.length - 1]}` : '';
