/**
 * Route.responseHeaders (custom-headers, the ConfigMap's add-headers) as a ResponseHeaderModifier
 * `set` (core support: the header replaces the backend's). Names are HTTP tokens (the provider's
 * grammar, which the CRD's pattern also accepts); values are literal YAML strings (the YAML writer
 * quotes them). At most 16 (the CRD's maxItems): more is refused here (lowering does not cap them).
 */
export function responseHeaderModifier(hs) {
    for (const h of hs)
        if (!/^[A-Za-z0-9_-]+$/.test(h.name) || !/^[\x20-\x7e]+$/.test(h.value))
            throw new Error(`gateway-api: refusing header ${JSON.stringify(h)}`);
    if (hs.length > 16)
        throw new Error(`gateway-api: ${hs.length} response headers on one rule (at most 16)`);
    return { type: 'ResponseHeaderModifier', responseHeaderModifier: { set: hs.map((h) => ({ name: h.name, value: h.value })) } };
}
