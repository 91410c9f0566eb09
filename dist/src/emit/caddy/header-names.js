/**
 * The token characters (RFC 9110) nginx refuses in a header name; Go's server answers 400 to the
 * others. "*" is found by "***" (Caddy: a name containing the text between the outer stars).
 */
const REFUSED = ['!', '#', '$', '%', '&', "'", '*', '+', '.', '^', '`', '|', '~'];
/**
 * RouteTable.dropRequestHeaders: the server's first route deletes every request header whose
 * name contains one of them (Caddy's delete with "*text*" matches names containing the text,
 * ignoring case), so no matcher, handler or upstream after it sees the header. Caddy 2.11's server
 * drops names with "_" or "." itself before any route (lowering refuses enable-underscores-in-headers
 * "true" on Caddy for that); they are listed all the same, for a Caddy that does not.
 */
export function headerNameRoutes(ir) {
    const d = ir.dropRequestHeaders;
    if (!d)
        return [];
    const chars = d.underscore ? ['_', ...REFUSED] : REFUSED;
    return [{ handle: [{ handler: 'headers', request: { delete: chars.map((c) => `*${c}*`) } }] }];
}
