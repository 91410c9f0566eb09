import { type Upstream } from '../../ir/types.js';
import type { TypedExtension } from './types.js';
/** What a cluster adds for its upstream's protocol (backend-protocol, proxy-ssl-*). */
export interface ClusterProtocol {
    /** HTTP/2 to the endpoints (gRPC): cleartext prior knowledge, or ALPN h2 over TLS. */
    typed_extension_protocol_options?: Record<string, {
        '@type': string;
        explicit_http_config: {
            http2_protocol_options: Record<string, never>;
        };
    }>;
    /** TLS to the endpoints: no validation context = any certificate accepted (ingress-nginx's proxy_ssl_verify off). */
    transport_socket?: TypedExtension;
}
/** `tls`: the TLS twin of an 'auto-http' upstream (its HTTPS listener's cluster). */
export declare function clusterProtocol(u: Upstream, tls?: boolean): ClusterProtocol;
