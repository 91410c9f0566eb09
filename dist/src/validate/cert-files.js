import { compareStrings } from '../util/compare.js';
import { checkKeyPair } from './resources.js';
import { checkCaBundle } from './backend-secrets.js';
/**
 * `--certs DIR`: certificates for TLS Secrets that are not in the inputs, as `<id>.crt` + `<id>.key`
 * where id is the name ingressc gives the Secret's files (`<namespace>-<secret>`, as IC3003 says).
 * Each pair passes the checks of a Secret's PEM (checkKeyPair); errors point at the file.
 */
export function readCertFiles(files, diags) {
    const byId = new Map();
    for (const f of files) {
        if (CA_FILE.test(f.path))
            continue; // readCaFiles
        const m = /([^/]+)\.(crt|key)$/.exec(f.path);
        if (!m)
            continue;
        const entry = byId.get(m[1]) ?? {};
        entry[m[2]] = f;
        byId.set(m[1], entry);
    }
    const out = new Map();
    for (const [id, { crt, key }] of [...byId].sort((a, b) => compareStrings(a[0], b[0]))) {
        if (!crt || !key) {
            const have = (crt ?? key);
            diags.report('IC1023', { file: have.path, line: 1, col: 1 }, { path: have.path, detail: `no ${id}.${crt ? 'key' : 'crt'} next to it: a certificate needs both files` });
            continue;
        }
        const pair = checkKeyPair(crt.text, key.text, (which, detail) => {
            const f = which === 'tls.crt' ? crt : key;
            diags.report('IC1023', { file: f.path, line: 1, col: 1 }, { path: f.path, detail });
        });
        if (pair)
            out.set(id, pair);
    }
    return out;
}
const CA_FILE = /([^/]+)\.ca\.crt$/;
/**
 * `--certs DIR` also holds CA bundles for proxy-ssl-secret Secrets not in the inputs, as
 * `<id>.ca.crt` (the name ingressc gives the Secret's file, as IC3110 says). Errors point at the file.
 */
export function readCaFiles(files, diags) {
    const out = new Map();
    for (const f of [...files].sort((a, b) => compareStrings(a.path, b.path))) {
        const m = CA_FILE.exec(f.path);
        if (!m)
            continue;
        const why = checkCaBundle(f.text);
        if (why)
            diags.report('IC1023', { file: f.path, line: 1, col: 1 }, { path: f.path, detail: why.replace(/^ca\.crt /, '') });
        else
            out.set(m[1], f.text.replace(/\r\n/g, '\n').trimEnd() + '\n');
    }
    return out;
}
