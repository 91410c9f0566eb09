import { parsePortable, renderPortable } from '../../ir/regex.js';
import { nginxQuote } from './quote.js';
/**
 * RouteTable.compression as nginx.tmpl writes use-gzip in the http block. text/html is nginx's
 * own gzip_types entry, always compressed: listing it again only earns a warning.
 */
export function gzipLines(ir) {
    const c = ir.compression;
    if (!c)
        return [];
    const types = c.types?.filter((t) => t !== 'text/html');
    return [
        'gzip on;',
        ...(c.level !== undefined ? [`gzip_comp_level ${c.level};`] : []),
        // One regex, which nginx searches case-insensitively; it expands no variables here.
        ...(c.disableUserAgent ? [`gzip_disable ${nginxQuote(renderPortable(parsePortable(c.disableUserAgent), 'pcre'), { allowDollar: true })};`] : []),
        'gzip_http_version 1.1;',
        ...(c.minLength !== undefined ? [`gzip_min_length ${c.minLength};`] : []),
        ...(types === undefined ? ['gzip_types *;'] : types.length ? [`gzip_types ${types.join(' ')};`] : []),
        'gzip_proxied any;',
        'gzip_vary on;',
    ];
}
