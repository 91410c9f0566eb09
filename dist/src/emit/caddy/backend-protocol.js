import { upstreamIsGrpc, upstreamUsesTls } from '../../ir/types.js';
/**
 * backend-protocol on Caddy's http transport: h2c for GRPC (cleartext HTTP/2 only), TLS for
 * HTTPS, GRPCS (negotiating h2 by ALPN) and AUTO_HTTP behind the HTTPS server, without verification, as ingress-nginx without
 * proxy-ssl-verify. Caddy has no proxy-ssl-* rows: lowering never gives its upstreams `tls`.
 */
export function transportProtocol(u, clientTls) {
    if (u.tls)
        throw new Error(`caddy: upstream ${u.id} has TLS settings the emitter cannot express`);
    if (u.protocol === 'grpc')
        return { versions: ['h2c', '2'] };
    if (upstreamUsesTls(u, clientTls))
        return { tls: { insecure_skip_verify: true } };
    return undefined;
}
/** h2c next to HTTP/1.1 on the plain listener when some upstream is gRPC (Caddy detects the preface). */
export const serverProtocols = (ir) => (ir.upstreams.some(upstreamIsGrpc) ? ['h1', 'h2', 'h2c'] : ['h1', 'h2']);
