import { parsePortable, renderPortable } from '../../ir/regex.js';
/**
 * RouteTable.headerBlocks (ConfigMap block-user-agents / block-referers): the server's first routes
 * answer 403 to a matching request, before any host, redirect or route. Caddy's header_regexp tests
 * every line of the header (the support cell says so); a string is its quoted whole value.
 */
const goQuoteMeta = (s) => s.replace(/[\\.+*?()|[\]{}^$]/g, (c) => `\\${c}`);
export function blockRoutes(ir) {
    return (ir.headerBlocks ?? []).map((b) => {
        const pattern = 'exact' in b ? `(?i)^${goQuoteMeta(b.exact)}$` : `${b.caseInsensitive ? '(?i)' : ''}${renderPortable(parsePortable(b.regex), 're2')}`;
        return { match: [{ header_regexp: { [b.header === 'user-agent' ? 'User-Agent' : 'Referer']: { pattern } } }], handle: [{ handler: 'static_response', status_code: 403 }], terminal: true };
    });
}
