import { certFile } from '../../ir/types.js';
import { crtOptions } from './clientcert.js';
import { cipherPlan } from '../tls-ciphers.js';
import { cfgWord, cipherList } from './quote.js';
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
    // A host whose handshake is its own gets a line of its own, with its certificate (its Secret's
    // or the default one): one that requires client certificates (its verification options,
    // clientcert.ts), or whose ciphers differ from the bind's (ssl-ciphers; OpenSSL's DEFAULT where
    // only the host-less server has a list: nginx's http level then has none).
    const plan = cipherPlan(ir, ['ciphers']);
    const own = ir.vhosts.filter((v) => v.kind !== 'any' && ((v.tls?.clientAuth && v.tls.certificate !== undefined) || plan.hosts.has(v.name)));
    const ownNames = new Set(own.map((v) => v.name));
    const lines = certs.map((c) => {
        const plain = c.hosts.filter((h) => !ownNames.has(h));
        return [cfgWord(certFile(c.id)), ...(plain.length ? plain.map(cfgWord) : ['!*'])].join(' ');
    });
    for (const v of own) {
        const ciphers = plan.hosts.get(v.name);
        const opts = [...(v.tls?.clientAuth ? crtOptions(v.tls.clientAuth) : []), ...(ciphers ? ['ciphers', cipherList(ciphers.ciphers ?? 'DEFAULT')] : [])];
        lines.push([cfgWord(certFile(v.tls?.certificate ?? ir.defaultCertificate)), `[${opts.join(' ')}]`, cfgWord(v.name)].join(' '));
    }
    return lines.map((l) => `${l}\n`).join('');
}
