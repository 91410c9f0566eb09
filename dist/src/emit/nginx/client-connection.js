/** The ConfigMap's client connection settings (RouteTable.clientConnection), as ingress-nginx writes them in its http block. */
export function clientConnectionLines(ir) {
    const c = ir.clientConnection;
    if (!c)
        return [];
    return [
        ...(c.keepAliveSeconds !== undefined ? [`keepalive_timeout ${c.keepAliveSeconds}s;`] : []),
        ...(c.keepAliveRequests !== undefined ? [`keepalive_requests ${c.keepAliveRequests};`] : []),
        ...(c.headerTimeoutSeconds !== undefined ? [`client_header_timeout ${c.headerTimeoutSeconds}s;`] : []),
        ...(c.bodyTimeoutSeconds !== undefined ? [`client_body_timeout ${c.bodyTimeoutSeconds}s;`] : []),
        // Numbers and an nginx size only (configmap/read.ts 'header-buffers').
        ...(c.headerBuffers ? [`large_client_header_buffers ${c.headerBuffers.count} ${c.headerBuffers.size};`] : []),
    ];
}
