/**
 * The server fields of the ConfigMap's client connection settings (RouteTable.clientConnection):
 * keep-alive is the idle timeout (its "0" leaves Caddy's own: Caddy cannot turn keep-alive off),
 * client-header-timeout the read_header_timeout.
 */
export function clientConnectionServer(ir) {
    const c = ir.clientConnection;
    if (!c)
        return {};
    return {
        ...(c.keepAliveSeconds !== undefined && c.keepAliveSeconds > 0 ? { idle_timeout: `${c.keepAliveSeconds}s` } : {}),
        ...(c.headerTimeoutSeconds !== undefined ? { read_header_timeout: `${c.headerTimeoutSeconds}s` } : {}),
    };
}
