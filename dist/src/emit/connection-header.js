/**
 * connection-proxy-header (UpstreamTuning.connectionHeader): the Connection header sent to the
 * backend, as one more header the route sets (nginx: one of the location's proxy_set_header lines;
 * Envoy: request_headers_to_add; Caddy: the reverse_proxy's request headers), after the route's own.
 */
export function withConnectionHeader(filters, p) {
    const v = p?.upstreamTuning?.connectionHeader;
    if (v === undefined)
        return filters;
    return [...(filters ?? []), { type: 'RequestHeaderModifier', set: [{ name: 'Connection', value: v }] }];
}
