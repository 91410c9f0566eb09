import { parsePortable, renderPortable } from './regex.js';
/** The first line of `name` (nginx 1.22's $http_user_agent / $http_referer), spaces around it dropped. */
function firstLine(headers, name) {
    for (const [k, v] of Object.entries(headers ?? {}))
        if (k.toLowerCase() === name)
            return (typeof v === 'string' ? v : v[0] ?? '').replace(/^[ \t]+|[ \t]+$/g, '');
    return undefined;
}
export const blockMatches = (b, value) => value !== '' && ('exact' in b ? value.toLowerCase() === b.exact : new RegExp(renderPortable(parsePortable(b.regex), 'js'), b.caseInsensitive ? 'i' : '').test(value));
/** RouteTable.headerBlocks: the entry that refuses a request with these headers (403), if any. */
export function headerBlockOf(ir, headers) {
    return ir.headerBlocks?.find((b) => {
        const v = firstLine(headers, b.header);
        return v !== undefined && blockMatches(b, v);
    });
}
