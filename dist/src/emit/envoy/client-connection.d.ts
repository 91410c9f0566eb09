import type { RouteTable } from '../../ir/types.js';
/**
 * The HttpConnectionManager fields of the ConfigMap's client connection settings
 * (RouteTable.clientConnection): keep-alive is the idle timeout of a connection without requests
 * (nginx's keepalive_timeout), "0" one request per connection; keep-alive-requests the requests
 * per connection; client-header-timeout the request_headers_timeout (408, as nginx).
 */
export declare function clientConnectionCommon(ir: RouteTable): {
    idle_timeout?: string;
    max_requests_per_connection?: number;
};
export declare function clientHeaderTimeout(ir: RouteTable): {
    request_headers_timeout?: string;
};
