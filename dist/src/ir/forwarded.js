import { keptHeaders } from './header-names.js';
import { headerValue } from './match.js';
/** ingress-nginx's defaults (use-forwarded-headers false), for a table lowered without a policy. */
export const DEFAULT_FORWARDED = { trustClient: false, appendForwardedFor: false, originalForwardedFor: 'X-Forwarded-For', generateRequestId: true };
/**
 * The client address (types.ts ForwardedHeaders): the peer, or with realIp and a trusted peer
 * the PROXY header's source (realIp.proxyProtocol) or nginx's recursive realip: the header's entries from the right, the first one that is not
 * trusted (all trusted: the leftmost; an entry that is no address ends the walk).
 */
export function clientAddress(f, req, inRange) {
    const r = f.realIp;
    if (!r || !inRange(r.trusted, req.peer))
        return req.peer;
    if (r.proxyProtocol)
        return req.proxySource ?? req.peer;
    const list = (headerValue(req.headers, r.header) ?? '').split(',').map((s) => s.trim()).filter((s) => s !== '');
    let addr = req.peer;
    for (let i = list.length - 1; i >= 0; i--) {
        const a = list[i];
        if (!/^[0-9a-fA-F:.]+$/.test(a))
            break;
        addr = a;
        if (!inRange(r.trusted, a))
            break;
    }
    return addr;
}
/**
 * The forwarded headers and RouteTable.requestHeaders the upstream receives (lowercase names;
 * undefined: not sent), as every emitter must send them. X-Request-ID: the client's non-empty
 * one, else "<generated>" when generateRequestId.
 */
export function upstreamHeaders(ir, given, inRange) {
    const f = ir.forwarded ?? DEFAULT_FORWARDED;
    const headers = keptHeaders(ir, given.headers);
    const req = headers ? { ...given, headers } : given;
    const client = clientAddress(f, req, inRange);
    const sent = (name) => {
        const v = headerValue(req.headers, name);
        return v === undefined || v === '' ? undefined : v;
    };
    const scheme = (f.trustClient ? sent('x-forwarded-proto') : undefined) ?? (req.https ? 'https' : 'http');
    const xff = sent('x-forwarded-for');
    // nginx.tmpl appends $proxy_protocol_addr with use-proxy-protocol, else $realip_remote_addr (the peer).
    const appended = f.proxyProtocol ? (req.proxySource ?? req.peer) : req.peer;
    const out = {
        'x-request-id': sent('x-request-id') ?? (f.generateRequestId ? '<generated>' : undefined),
        'x-real-ip': client,
        'x-forwarded-for': f.appendForwardedFor ? (xff !== undefined ? `${xff}, ${appended}` : appended) : client,
        'x-forwarded-host': (f.trustClient ? sent('x-forwarded-host') : undefined) ?? req.host,
        'x-forwarded-port': (f.trustClient ? sent('x-forwarded-port') : undefined) ?? String(req.port),
        'x-forwarded-proto': scheme,
        'x-forwarded-scheme': scheme,
        'x-scheme': scheme,
        'x-original-forwarded-for': sent(f.originalForwardedFor),
        proxy: undefined,
    };
    for (const h of ir.requestHeaders ?? [])
        out[h.name.toLowerCase()] = h.value;
    return out;
}
