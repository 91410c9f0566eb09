/**
 * A default-backend standing in for a Service without endpoints (RouteErrors.standIn): X-Code and
 * the context headers as a RequestHeaderModifier (core support). Header names are HTTP tokens;
 * values were checked by lowering (Kubernetes names, a port, "503").
 */
export function requestHeaders(headers) {
    for (const h of headers) {
        if (!/^[A-Za-z0-9-]+$/.test(h.name) || !/^[\x20-\x7e]{1,4096}$/.test(h.value))
            throw new Error(`gateway-api: refusing header ${JSON.stringify(h)}`);
    }
    return { type: 'RequestHeaderModifier', requestHeaderModifier: { set: headers.map((h) => ({ name: h.name, value: h.value })) } };
}
