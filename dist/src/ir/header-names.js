/**
 * RouteTable.dropRequestHeaders: nginx keeps a header only when every character of its name is an
 * ASCII letter, a digit or "-" (its lowcase table), or "_" with underscores_in_headers on; any
 * other (a token character such as "." or "~", or a byte nginx does not refuse with 400) makes
 * the line invalid, and ignore_invalid_headers drops it.
 */
export function isDroppedHeader(ir, name) {
    const d = ir.dropRequestHeaders;
    if (!d)
        return false;
    return (d.underscore ? DROPPED_UNDERSCORE : DROPPED).test(name);
}
/**
 * A character that makes a header name dropped, as a bracket expression that reads the same in
 * JavaScript and PCRE (HAProxy's `del-header -m reg` writes this very text).
 */
export const droppedHeaderChar = (d) => (d.underscore ? '[^A-Za-z0-9-]' : '[^A-Za-z0-9_-]');
const DROPPED_UNDERSCORE = new RegExp(droppedHeaderChar({ underscore: true }));
const DROPPED = new RegExp(droppedHeaderChar({ underscore: false }));
/** The request headers everything after the proxy's parser sees: those dropped by name taken out. */
export function keptHeaders(ir, headers) {
    if (!headers || !ir.dropRequestHeaders)
        return headers;
    return Object.fromEntries(Object.entries(headers).filter(([k]) => !isDroppedHeader(ir, k)));
}
/** The names of `headers` the proxy drops, as sent (for explanations). */
export function droppedHeaderNames(ir, headers) {
    return Object.keys(headers ?? {}).filter((k) => isDroppedHeader(ir, k));
}
