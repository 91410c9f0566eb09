import { parsePortable, renderPortable } from '../../ir/regex.js';
import { quotedArg } from './quote.js';
/**
 * RouteTable.headerBlocks (ConfigMap block-user-agents / block-referers): 403 before any redirect
 * or route, judged on the header's first line as nginx 1.22 reads it (req.fhdr(name,1): the whole
 * line, commas included); strings ignore case (-i), regexes are searched.
 */
export function blockLines(ir) {
    return (ir.headerBlocks ?? []).map((b) => {
        const fetch = `req.fhdr(${b.header},1)`;
        const test = 'exact' in b ? `-i -m str ${quotedArg(b.exact)}` : `${b.caseInsensitive ? '-i ' : ''}-m reg ${quotedArg(renderPortable(parsePortable(b.regex), 'pcre'))}`;
        return `http-request deny deny_status 403 if { ${fetch} ${test} }`;
    });
}
