import { type RouteTable, type Upstream } from '../../ir/types.js';
import type { TransportTls } from './types.js';
/**
 * backend-protocol on Caddy's http transport: h2c for GRPC (cleartext HTTP/2 only), TLS for
 * HTTPS, GRPCS (negotiating h2 by ALPN) and AUTO_HTTP behind the HTTPS server. proxy-ssl-*:
 * without proxy-ssl-verify the certificate is not verified (SNI only with proxy-ssl-server-name);
 * with it, against the Secret's CA and the name (Go's server_name: also sent as SNI); the
 * Secret's client certificate is presented. TLS versions and ciphers have no rows on Caddy.
 */
export declare function transportProtocol(u: Upstream, clientTls: boolean): {
    versions?: string[];
    tls?: TransportTls;
} | undefined;
/** h2c next to HTTP/1.1 on the plain listener when some upstream is gRPC (Caddy detects the preface). */
export declare const serverProtocols: (ir: RouteTable) => string[];
