import type { RouteTable } from '../../ir/types.js';
/**
 * The HttpConnectionManager fields of the ConfigMap's client connection settings
 * (RouteTable.clientConnection): keep-alive is the idle timeout of a connection without requests
 * (nginx's keepalive_timeout), "0" one request per connection; keep-alive-requests the requests
 * per connection; client-header-timeout the request_headers_timeout (408, as nginx).
 */
export declare function clientConnectionHcm(ir: RouteTable): {
    common_http_protocol_options?: {
        idle_timeout?: string;
        max_requests_per_connection?: number;
    };
    request_headers_timeout?: string;
};
