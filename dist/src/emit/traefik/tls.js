import { certFile, keyFile } from '../../ir/types.js';
import { reportUnnamedTlsHosts } from '../cert-names.js';
const files = (id) => ({ certFile: certFile(id), keyFile: keyFile(id) });
/**
 * Every certificate (paths relative to the directory Traefik runs in, like the file provider's
 * filename) and the IR default certificate as the default store's, which Traefik serves when the
 * SNI matches no certificate name (the IR's "no TLS host matched").
 */
export function buildTls(ir, options) {
    if (ir.certificates.length === 0)
        return undefined;
    return {
        certificates: ir.certificates.map((c) => files(c.id)),
        ...(ir.defaultCertificate ? { stores: { default: { defaultCertificate: files(ir.defaultCertificate) } } } : {}),
        ...(options ? { options } : {}),
    };
}
/** Traefik selects certificates by their names: see cert-names.ts. */
export function checkCertificateNames(ir, diags) {
    reportUnnamedTlsHosts(ir, diags, 'traefik');
}
