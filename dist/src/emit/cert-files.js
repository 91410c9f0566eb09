import { backendCaFile, backendCertFile, backendKeyFile, caFile, certFile, keyFile } from '../ir/types.js';
import { compareStrings } from '../util/compare.js';
/** certs/<id>.crt and certs/<id>.key for every Secret found in the inputs (same for every target). */
export function certificateFiles(ir) {
    const out = [];
    for (const c of ir.certificates) {
        if (c.certPem === undefined || c.keyPem === undefined)
            continue;
        out.push({ path: certFile(c.id), content: c.certPem, mode: 0o644 });
        out.push({ path: keyFile(c.id), content: c.keyPem, mode: 0o600, sensitive: true });
    }
    return [...out, ...backendCertificateFiles(ir)];
}
/** proxy-ssl-secret: the CA bundles and the client certificates presented to backends. */
export function backendCertificateFiles(ir) {
    const out = [];
    for (const b of ir.backendCertificates ?? []) {
        if (b.caPem !== undefined)
            out.push({ path: backendCaFile(b.id), content: b.caPem, mode: 0o644 });
        if (b.certPem !== undefined && b.keyPem !== undefined) {
            out.push({ path: backendCertFile(b.id), content: b.certPem, mode: 0o644 });
            out.push({ path: backendKeyFile(b.id), content: b.keyPem, mode: 0o600, sensitive: true });
        }
    }
    return out;
}
/** auth-tls-secret: one CA file per Secret a host uses (client-ca/<id>.crt, the same for every target). */
export function clientCaFiles(ir) {
    const byId = new Map();
    for (const vh of ir.vhosts)
        if (vh.tls?.clientAuth)
            byId.set(vh.tls.clientAuth.caId, vh.tls.clientAuth.caPem);
    return [...byId.keys()].sort(compareStrings).map((id) => ({ path: caFile(id), content: byId.get(id), mode: 0o644 }));
}
export function sortFiles(files) {
    return files.sort((a, b) => compareStrings(a.path, b.path));
}
