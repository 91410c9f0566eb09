import { X509Certificate } from 'node:crypto';
import { caFile } from '../../ir/types.js';
import { caConstraints, pemCertificates } from './ca-constraints.js';
/**
 * Client certificates (auth-tls-*) on Traefik: the TLS options of the host (tls-options.ts) get
 * `clientAuth` (caFiles = the Secret's CA file, clientAuthType RequireAndVerifyClientCert for
 * "on", VerifyClientCertIfGiven for "optional"), and every HTTPS router of the host names them.
 * Each such host has options of its own, so Traefik's domain-fronting check (snicheck) answers 421
 * to a request whose Host names the host and whose SNI does not (another host, none): the check
 * cannot be skipped by choosing the handshake's SNI. A certificate that does not verify, or none
 * with "on", ends the handshake (ingress-nginx: 400). Traefik cannot set the ssl-client-* request
 * headers from the certificate: the client's own are removed (CLIENT_HEADERS_MIDDLEWARE, first on
 * the host's HTTPS routers), and the backend gets none.
 *
 * What Traefik cannot enforce as ingress-nginx does is refused (clientAuthProblem, IC4307/IC4308):
 * a wildcard host (HostRegexp binds no options), and a verification depth Go does not keep: Go
 * verifies through any intermediates the client sends, bounded only by the CAs' basicConstraints
 * pathlen, and trusts every certificate of caFiles as a root (nginx needs a self-signed one).
 * optional_no_ca, match-cn, error-page and pass-certificate have no Traefik row (fail closed before
 * emission).
 */
export const CLIENT_HEADERS_MIDDLEWARE = 'ingressc-client-cert-headers';
export const CLIENT_AUTH_OPTIONS_PREFIX = 'ingressc-clientauth-';
/** The ssl-client-* headers ingress-nginx sets (the client's replaced): removed here (a "" value deletes). */
export const clientHeadersMiddleware = () => ({
    headers: { customRequestHeaders: { 'ssl-client-cert': '', 'ssl-client-issuer-dn': '', 'ssl-client-subject-dn': '', 'ssl-client-verify': '' } },
});
export function clientAuthOption(c) {
    if (c.verify === 'optional_no_ca' || c.matchCN !== undefined || c.errorPage !== undefined || c.passCertificate)
        throw new Error('traefik: optional_no_ca, match-cn, error-page and pass-certificate have no Traefik row and must fail closed before emission');
    return { caFiles: [caFile(c.caId)], clientAuthType: c.verify === 'on' ? 'RequireAndVerifyClientCert' : 'VerifyClientCertIfGiven' };
}
/** Why Traefik cannot require this host's client certificates as ingress-nginx does, or undefined. */
export function clientAuthProblem(vh) {
    const c = vh.tls?.clientAuth;
    if (!c)
        return undefined;
    if (vh.kind !== 'exact')
        return { code: 'IC4307', why: 'Traefik binds TLS options (where clientAuth lives) to the Host() names of routers, and a wildcard host is matched by HostRegexp, which binds none: its handshakes would ask for no certificate' };
    for (const pem of pemCertificates(c.caPem)) {
        const k = caConstraints(pem);
        const subject = new X509Certificate(pem).subject.replace(/\n/g, ', ');
        if (!k.selfSigned)
            return { code: 'IC4308', why: `the CA file holds ${JSON.stringify(subject)}, which is not a self-signed root: Go trusts every certificate of caFiles as a root, where nginx verifies up to a self-signed one` };
        if (k.pathLen === undefined || k.pathLen > c.depth)
            return {
                code: 'IC4308',
                why: `Go has no verification depth: it accepts a chain through any intermediates the client sends, bounded only by the CA's basicConstraints pathlen, and ${JSON.stringify(subject)} allows ${k.pathLen === undefined ? 'any number' : k.pathLen} where auth-tls-verify-depth ${c.depth} allows ${c.depth}: issue the CA with pathlen:${c.depth} (or less), or compile for another target`,
            };
    }
    return undefined;
}
