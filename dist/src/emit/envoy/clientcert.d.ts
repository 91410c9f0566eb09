import { type RouteTable, type VirtualHost as IrVhost } from '../../ir/types.js';
import type { Route, TypedExtension } from './types.js';
/**
 * Client certificates (auth-tls-*) on Envoy, per host as lowering decided (lower/clientcert.ts).
 * - The handshake: a filter chain per (CA, depth) whose server_names are the hosts using it asks
 *   for a certificate and verifies it against the CA with ACCEPT_UNTRUSTED, so that the HTTP layer
 *   decides (nginx answers 400, not a TLS alert). Session resumption is off on these chains:
 *   Envoy does not remember a resumed session's verification result (envoyproxy/envoy#21235).
 *   max_verify_depth excludes the leaf, OpenSSL's ssl_verify_depth (nginx) does not count the
 *   trust anchor: nginx's depth N is Envoy's N + 1.
 * - The request: a Lua script per host, first in the chain on each of the host's HTTPS routes:
 *   421 unless the SNI names the host (Envoy routes by Host: a handshake for another host, or one
 *   without SNI, must not reach the host unchecked); no certificate (verify on) or one that failed
 *   (on, optional) → 400, or a 302 to the error page; then the ssl-client-* headers (the client's
 *   own removed). match-cn: an RBAC filter after it allows only a subject DN (the header Lua set)
 *   matching the pattern, else 403.
 */
export declare const CLIENT_CERT_FILTER = "ingressc.clientcert";
export declare const CLIENT_CN_FILTER = "ingressc.clientcn";
/** A Lua string literal of any text: every byte outside [A-Za-z0-9] as a three-digit decimal escape (a shorter one would swallow a following digit). */
export declare function luaString(s: string): string;
/** The HTTP filters, right after the request normalisation: disabled but on the hosts' routes. */
export declare function clientCertFilters(ir: RouteTable): TypedExtension[];
/** Every HTTPS route of a host that requires client certificates runs its script (and CN check); in place (origins are per object). */
export declare function withClientAuth(routes: Route[], vh: IrVhost): Route[];
/** The chain's DownstreamTlsContext: the listener's certificates, plus the client verification. */
export declare function withClientValidation(socket: TypedExtension, g: {
    caId: string;
    depth: number;
}): TypedExtension;
