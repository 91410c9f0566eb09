import { envoyHeaderName } from './quote.js';
/** A header value as literal text of Envoy's formatter: "%" doubled; printable ASCII only (the provider's grammar). */
function literal(v) {
    if (!/^[\x20-\x7e]+$/.test(v))
        throw new Error(`envoy: refusing header value ${JSON.stringify(v)}`);
    return v.replace(/%/g, '%%');
}
const name = (n) => envoyHeaderName(n, { underscore: true });
const set = (hs) => hs.map((h) => ({ header: { key: name(h.name), value: literal(h.value) }, append_action: 'OVERWRITE_IF_EXISTS_OR_ADD' }));
/**
 * Route.responseHeaders on each Envoy route of the IR route (after CORS's, which name other
 * headers): they replace the upstream's, and Envoy adds them to its own answers of the route too.
 */
export function withResponseHeaders(x, r) {
    if (!r.responseHeaders?.length)
        return x;
    return { ...x, response_headers_to_add: [...(x.response_headers_to_add ?? []), ...set(r.responseHeaders)] };
}
/** RouteTable.requestHeaders (proxy-set-headers) on the route configuration, after the forwarded headers. */
export const requestHeadersToAdd = (ir) => set(ir.requestHeaders ?? []);
