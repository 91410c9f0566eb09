import { type RouteTable, type Upstream } from '../../ir/types.js';
/**
 * backend-protocol on Caddy's http transport: h2c for GRPC (cleartext HTTP/2 only), TLS for
 * HTTPS, GRPCS (negotiating h2 by ALPN) and AUTO_HTTP behind the HTTPS server, without verification, as ingress-nginx without
 * proxy-ssl-verify. Caddy has no proxy-ssl-* rows: lowering never gives its upstreams `tls`.
 */
export declare function transportProtocol(u: Upstream, clientTls: boolean): {
    versions?: string[];
    tls?: {
        insecure_skip_verify: true;
    };
} | undefined;
/** h2c next to HTTP/1.1 on the plain listener when some upstream is gRPC (Caddy detects the preface). */
export declare const serverProtocols: (ir: RouteTable) => string[];
