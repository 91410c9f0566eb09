/** RouteTable.tlsVersions (ConfigMap ssl-protocols), as ingress-nginx writes it: ssl_protocols at http level. */
export const tlsVersionLines = (ir) => (ir.tlsVersions ? [`ssl_protocols ${ir.tlsVersions.join(' ')};`] : []);
