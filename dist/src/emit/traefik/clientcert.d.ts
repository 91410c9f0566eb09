import { type ClientAuth, type VirtualHost } from '../../ir/types.js';
import type { Middleware, TlsOption } from './types.js';
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
export declare const CLIENT_HEADERS_MIDDLEWARE = "ingressc-client-cert-headers";
export declare const CLIENT_AUTH_OPTIONS_PREFIX = "ingressc-clientauth-";
/** The ssl-client-* headers ingress-nginx sets (the client's replaced): removed here (a "" value deletes). */
export declare const clientHeadersMiddleware: () => Middleware;
export declare function clientAuthOption(c: ClientAuth): NonNullable<TlsOption['clientAuth']>;
export interface ClientAuthProblem {
    code: 'IC4307' | 'IC4308';
    why: string;
}
/** Why Traefik cannot require this host's client certificates as ingress-nginx does, or undefined. */
export declare function clientAuthProblem(vh: VirtualHost): ClientAuthProblem | undefined;
