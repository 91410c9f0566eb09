import { type ClientAuth } from '../../ir/types.js';
/**
 * Client certificates as ingress-nginx writes them in a server block: ssl_client_certificate,
 * ssl_verify_client, ssl_verify_depth, `error_page 495 496 = URL` (a 302 there instead of 400),
 * the subject-DN check (403), and the ssl-client-* request headers in every proxying location.
 * nginx itself refuses (421) a request whose Host selects this server while its SNI selected
 * another one, so no other host's handshake reaches it unverified.
 */
export declare function clientAuthServerLines(c: ClientAuth): string[];
/** The request headers every proxied request of the host carries (replacing any the client sent). */
export declare function clientAuthHeaders(c: ClientAuth | undefined): string[];
