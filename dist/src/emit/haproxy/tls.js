import { certFile } from '../../ir/types.js';
import { cfgWord } from './quote.js';
export const CRT_LIST = 'crt-list.txt';
/**
 * The crt-list for the HTTPS bind. HAProxy serves the first loaded certificate when the SNI
 * matches nothing, so the IR's default certificate comes first. Every line names its SNI hosts
 * explicitly (the IR pairs TLS hosts with Secrets; a certificate's own CN/SAN must not claim a
 * host paired with another one); a certificate without hosts gets "!*", which stops HAProxy from
 * falling back to its CN/SAN. Keys are loaded from certs/<id>.key beside each certificate
 * (`ssl-load-extra-del-ext` in global), so the shared certs/<id>.crt|.key files are used as is.
 */
export function renderCrtList(ir) {
    const certs = [...ir.certificates].sort((a, b) => Number(b.id === ir.defaultCertificate) - Number(a.id === ir.defaultCertificate));
    return certs.map((c) => [cfgWord(certFile(c.id)), ...(c.hosts.length ? c.hosts.map(cfgWord) : ['!*'])].join(' ') + '\n').join('');
}
