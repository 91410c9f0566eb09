/**
 * The HttpConnectionManager fields of the ConfigMap's client connection settings
 * (RouteTable.clientConnection): keep-alive is the idle timeout of a connection without requests
 * (nginx's keepalive_timeout), "0" one request per connection; keep-alive-requests the requests
 * per connection; client-header-timeout the request_headers_timeout (408, as nginx).
 */
export function clientConnectionCommon(ir) {
    const c = ir.clientConnection;
    if (!c)
        return {};
    const keep = c.keepAliveSeconds;
    const max = keep === 0 ? 1 : c.keepAliveRequests;
    return {
        ...(keep !== undefined && keep > 0 ? { idle_timeout: `${keep}s` } : {}),
        ...(max !== undefined ? { max_requests_per_connection: max } : {}),
    };
}
export function clientHeaderTimeout(ir) {
    const t = ir.clientConnection?.headerTimeoutSeconds;
    return t !== undefined ? { request_headers_timeout: `${t}s` } : {};
}
