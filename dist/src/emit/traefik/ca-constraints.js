import { X509Certificate } from 'node:crypto';
function tlvs(buf) {
    const out = [];
    let i = 0;
    while (i < buf.length) {
        const tag = buf[i++];
        let len = buf[i++];
        if (len & 0x80) {
            const n = len & 0x7f;
            if (n === 0 || n > 4)
                throw new Error('DER: unsupported length');
            len = 0;
            for (let k = 0; k < n; k++)
                len = len * 256 + buf[i++];
        }
        if (i + len > buf.length)
            throw new Error('DER: truncated');
        out.push({ tag, value: buf.subarray(i, i + len) });
        i += len;
    }
    return out;
}
const BASIC_CONSTRAINTS = Buffer.from([0x55, 0x1d, 0x13]);
/** The extension value (the OCTET STRING's content) of basicConstraints, searched through constructed values. */
function findBasicConstraints(buf) {
    for (const t of tlvs(buf)) {
        if (t.tag !== 0x30 && t.tag !== 0xa3)
            continue;
        const kids = tlvs(t.value);
        if (t.tag === 0x30 && kids[0]?.tag === 0x06 && kids[0].value.equals(BASIC_CONSTRAINTS))
            return kids.find((k) => k.tag === 0x04)?.value;
        const inner = findBasicConstraints(t.value);
        if (inner)
            return inner;
    }
    return undefined;
}
export function caConstraints(pem) {
    const x = new X509Certificate(pem);
    const selfSigned = x.subject === x.issuer && x.verify(x.publicKey);
    const bc = findBasicConstraints(x.raw);
    const seq = bc ? tlvs(bc)[0] : undefined;
    const fields = seq?.tag === 0x30 ? tlvs(seq.value) : [];
    const int = fields.find((f) => f.tag === 0x02);
    return { selfSigned, ca: x.ca, ...(int ? { pathLen: int.value.reduce((n, b) => n * 256 + b, 0) } : {}) };
}
/** The certificates of a PEM bundle. */
export const pemCertificates = (pem) => pem.match(/-----BEGIN CERTIFICATE-----[\s\S]*?-----END CERTIFICATE-----/g) ?? [];
