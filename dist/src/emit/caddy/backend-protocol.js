import { backendCaFile, backendCertFile, backendKeyFile, upstreamIsGrpc, upstreamUsesTls } from '../../ir/types.js';
import { caddyLiteral } from './quote.js';
/**
 * backend-protocol on Caddy's http transport: h2c for GRPC (cleartext HTTP/2 only), TLS for
 * HTTPS, GRPCS (negotiating h2 by ALPN) and AUTO_HTTP behind the HTTPS server. proxy-ssl-*:
 * without proxy-ssl-verify the certificate is not verified (SNI only with proxy-ssl-server-name);
 * with it, against the Secret's CA and the name (Go's server_name: also sent as SNI); the
 * Secret's client certificate is presented. TLS versions and ciphers have no rows on Caddy.
 */
export function transportProtocol(u, clientTls) {
    if (u.tls?.ciphers !== undefined)
        throw new Error(`caddy: upstream ${u.id} has TLS ciphers the emitter cannot express`);
    if (u.protocol === 'grpc')
        return { versions: ['h2c', '2'] };
    if (!upstreamUsesTls(u, clientTls))
        return undefined;
    const t = u.tls;
    const name = t?.verify?.name ?? t?.sni;
    return {
        tls: {
            ...(t?.verify ? { root_ca_pem_files: [caddyLiteral(backendCaFile(t.verify.ca))] } : { insecure_skip_verify: true }),
            ...(name !== undefined ? { server_name: caddyLiteral(name) } : {}),
            ...(t?.clientCertificate !== undefined ? { client_certificate_file: caddyLiteral(backendCertFile(t.clientCertificate)), client_certificate_key_file: caddyLiteral(backendKeyFile(t.clientCertificate)) } : {}),
        },
    };
}
/** h2c next to HTTP/1.1 on the plain listener when some upstream is gRPC (Caddy detects the preface). */
export const serverProtocols = (ir) => (ir.upstreams.some(upstreamIsGrpc) ? ['h1', 'h2', 'h2c'] : ['h1', 'h2']);
