import { X509Certificate } from 'node:crypto';
/**
 * Traefik and Envoy pick a certificate by matching the SNI against the names in the certificates
 * (CN and DNS SANs), not by the host it was configured for; nginx, HAProxy and the IR pair them
 * through the Ingress `tls.hosts`. Warn where the two disagree: a TLS host whose own certificate
 * does not name it gets another matching certificate or the default one.
 */
export function reportUnnamedTlsHosts(ir, diags, target) {
    const byId = new Map(ir.certificates.map((c) => [c.id, c]));
    for (const vh of ir.vhosts) {
        const id = vh.tls?.certificate;
        const cert = id === undefined ? undefined : byId.get(id);
        if (!vh.tls || !cert || id === ir.defaultCertificate)
            continue;
        const names = certificateNames(cert);
        if (names && !coversHost(names, vh.name)) {
            diags.report('IC4302', vh.tls.origin, { host: vh.name, secret: `${cert.namespace}/${cert.secretName}`, target }, { target });
        }
    }
}
/** Lowercased CN and DNS SANs; undefined when the PEM is absent or unreadable (nothing to check). */
export function certificateNames(c) {
    if (c.certPem === undefined)
        return undefined;
    try {
        const x = new X509Certificate(c.certPem);
        const cn = /(?:^|\n)CN=([^\n]*)/.exec(x.subject)?.[1];
        const sans = (x.subjectAltName ?? '')
            .split(', ')
            .filter((s) => s.startsWith('DNS:'))
            .map((s) => s.slice(4));
        return [...(cn ? [cn] : []), ...sans].map((n) => n.toLowerCase());
    }
    catch {
        return undefined;
    }
}
/** Does a certificate name cover a vhost name: the literal name, or `*.` + the parent for one label. */
function coversHost(names, host) {
    if (names.includes(host))
        return true;
    const dot = host.indexOf('.');
    return !host.startsWith('*.') && dot > 0 && names.includes(`*${host.slice(dot)}`);
}
