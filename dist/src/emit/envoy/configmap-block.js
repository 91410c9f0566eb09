import { parsePortable, wholePathSearch } from '../../ir/regex.js';
/**
 * RouteTable.headerBlocks (ConfigMap block-user-agents / block-referers): the first routes of every
 * virtual host answer 403 to a matching request, before any redirect or route. Envoy matches the
 * value of every line of the header joined by "," (the support cell says so). Header regexes are
 * full matches: a string is its whole value ignoring case, a regex is searched (anything, the
 * regex, anything).
 */
/** A string as an RE2 literal (full match: the whole value). */
const re2Literal = (s) => s.replace(/[\\.+*?()|[\]{}^$]/g, (c) => `\\${c}`);
export function blockRoutes(ir) {
    return (ir.headerBlocks ?? []).map((b) => ({
        match: {
            prefix: '/',
            headers: [
                'exact' in b
                    ? { name: b.header, string_match: { safe_regex: { regex: `(?i)${re2Literal(b.exact)}` } } }
                    : { name: b.header, string_match: { safe_regex: { regex: `${b.caseInsensitive ? '(?i)' : ''}${wholePathSearch(parsePortable(b.regex), 're2')}` } } },
            ],
        },
        direct_response: { status: 403 },
    }));
}
