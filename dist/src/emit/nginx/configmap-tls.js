import { nginxQuote } from './quote.js';
/** RouteTable.tlsVersions (ConfigMap ssl-protocols), as ingress-nginx writes it: ssl_protocols at http level. */
export const tlsVersionLines = (ir) => (ir.tlsVersions ? [`ssl_protocols ${ir.tlsVersions.join(' ')};`] : []);
/**
 * Cipher settings as ingress-nginx writes them: RouteTable.tlsCiphers (ConfigMap ssl-ciphers) at
 * http level, a vhost's own (ssl-ciphers, ssl-prefer-server-ciphers) in its server block, which
 * nginx selects by SNI; a field left out is inherited from the http level.
 */
export const cipherLines = (c) => [
    ...(c?.ciphers !== undefined ? [`ssl_ciphers ${nginxQuote(c.ciphers)};`] : []),
    ...(c?.preferServer !== undefined ? [`ssl_prefer_server_ciphers ${c.preferServer ? 'on' : 'off'};`] : []),
];
