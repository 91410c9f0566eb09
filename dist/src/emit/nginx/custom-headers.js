import { routesOf } from '../../ir/types.js';
import { nginxHeaderName, nginxQuote } from './quote.js';
/**
 * Route.responseHeaders and RouteTable.requestHeaders (custom-headers, the ConfigMap's add-headers
 * and proxy-set-headers) without the headers-more module: a response header is the upstream's
 * hidden and ours added on every status (`add_header ... always`), as more_set_headers replaces it;
 * withHstsInBlocks / withHiddenInBlocks keep the server's and http's lines in such a location.
 * A value's "$" is literal (nginx.tmpl escapes it for custom-headers): nginx has no escape for it in
 * a string, so it is written as ${ingressc_dollar}, a geo variable whose value is "$".
 */
const DOLLAR = '$ingressc_dollar';
const headerName = (name) => nginxHeaderName(name, { underscore: true });
const literal = (v) => nginxQuote(v.replace(/\$/g, `\${${DOLLAR.slice(1)}}`), { allowDollar: true });
/** A location's lines for its route's response headers. */
export const responseHeaderLines = (hs) => (hs ?? []).flatMap((h) => [`proxy_hide_header ${headerName(h.name)};`, `add_header ${headerName(h.name)} ${literal(h.value)} always;`]);
/** The http-level geo that gives "$", when some value needs it. */
export const dollarLines = (ir) => ir.vhosts.some((vh) => routesOf(vh).some((r) => r.responseHeaders?.some((h) => h.value.includes('$')))) ? [`geo ${DOLLAR} { default "$"; }`] : [];
/**
 * The proxy-set-headers lines after the standard request headers wherever a block repeats them
 * (every block that sets a request header ends its standard set with the Proxy line): nginx
 * inherits proxy_set_header only into blocks that set none.
 */
export function withRequestHeaders(conf, ir) {
    const hs = ir.requestHeaders ?? [];
    if (hs.length === 0)
        return conf;
    return conf.replace(/^([ \t]*)(proxy|grpc)_set_header Proxy "";$/gm, (line, indent, kind) => [line, ...hs.map((h) => `${indent}${kind}_set_header ${headerName(h.name)} ${literal(h.value)};`)].join('\n'));
}
