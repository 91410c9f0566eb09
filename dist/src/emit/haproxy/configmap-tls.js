import { cipherPlan } from '../tls-ciphers.js';
import { cipherList } from './quote.js';
/** RouteTable.tlsVersions (ConfigMap ssl-protocols): the HTTPS bind's version range (a contiguous list, oldest first). */
export const tlsVersionOptions = (ir) => ir.tlsVersions ? ` ssl-min-ver ${ir.tlsVersions[0]} ssl-max-ver ${ir.tlsVersions[ir.tlsVersions.length - 1]}` : '';
/**
 * The HTTPS bind's ciphers: those of handshakes no crt-list line of its own decides (tls.ts),
 * RouteTable.tlsCiphers or the host-less server's ssl-ciphers. HAProxy lets its own order decide
 * (no prefer-client-ciphers), as ssl_prefer_server_ciphers on.
 */
export function cipherBindOptions(ir) {
    const c = cipherPlan(ir, ['ciphers']).fallback.ciphers;
    return c !== undefined ? ` ciphers ${cipherList(c)}` : '';
}
