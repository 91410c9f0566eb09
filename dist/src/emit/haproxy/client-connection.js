/**
 * The defaults section's client timeouts: ingressc's own (a request header within 10 s), or the
 * ConfigMap's (RouteTable.clientConnection): client-header-timeout is `timeout http-request`,
 * keep-alive `timeout http-keep-alive`, and "0" (no keep-alive) `option httpclose`.
 */
export function clientConnectionDefaults(ir) {
    const c = ir.clientConnection ?? {};
    const keep = c.keepAliveSeconds;
    return [
        `timeout http-request ${c.headerTimeoutSeconds ?? 10}s`,
        ...(keep === undefined ? [] : keep === 0 ? ['option httpclose'] : [`timeout http-keep-alive ${keep}s`]),
    ];
}
