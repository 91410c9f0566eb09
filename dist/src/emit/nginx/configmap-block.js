import { parsePortable, renderPortable } from '../../ir/regex.js';
import { nginxQuote } from './quote.js';
/**
 * RouteTable.headerBlocks as ingress-nginx writes block-user-agents / block-referers: a map of the
 * header to 0/1 (string keys compared ignoring case, `~*`/`~` regexes searched; nginx tries no
 * regex on an empty value), and in every server, after the bad-path check, `return 403` in the
 * server's rewrite phase, before any redirect or location.
 */
const HEADERS = [
    { header: 'user-agent', source: '$http_user_agent', v: '$ingressc_block_ua' },
    { header: 'referer', source: '$http_referer', v: '$ingressc_block_ref' },
];
const key = (b) => 'exact' in b ? nginxQuote(b.exact) : nginxQuote(`~${b.caseInsensitive ? '*' : ''}${renderPortable(parsePortable(b.regex), 'pcre')}`, { allowDollar: true });
export function blockMaps(w, ir) {
    for (const h of HEADERS) {
        const bs = (ir.headerBlocks ?? []).filter((b) => b.header === h.header);
        if (bs.length === 0)
            continue;
        w.block(`map ${h.source} ${h.v}`, () => {
            w.line('default 0;');
            for (const b of bs)
                w.line(`${key(b)} 1;`);
        });
    }
}
export const blockServerLines = (ir) => HEADERS.filter((h) => ir.headerBlocks?.some((b) => b.header === h.header)).map((h) => `if (${h.v}) { return 403; }`);
