import { locationIsPath } from '../../ir/types.js';
import { nginxQuote } from './quote.js';
/** $request_uri without a final "/" (ingress-nginx's ssl-redirect without preserve-trailing-slash). */
export const URI_NO_TRAILING_SLASH = '$ingressc_uri_nts';
/** The http-level map behind URI_NO_TRAILING_SLASH, written when some redirect strips the slash. */
export function redirectMaps(w, ir) {
    const strips = ir.vhosts.some((v) => v.tls?.stripTrailingSlash || v.fallbackRedirect?.stripTrailingSlash || [...v.exact, ...v.prefix, ...(v.ordered ?? [])].some((r) => r.filters?.some((f) => f.type === 'RequestRedirect' && f.stripTrailingSlash)));
    if (strips)
        w.line(`map $request_uri ${URI_NO_TRAILING_SLASH} { "~^(.*)/$" $1; default $request_uri; }`);
}
/** ":<port>" of the HTTPS listener, unless it is 443. */
const httpsPort = (ir) => (ir.listen.https.port === 443 ? '' : `:${ir.listen.https.port}`);
/** The `return` of the vhost-level HTTPS redirect server. */
export function httpsReturn(ir, strip) {
    return `return ${ir.httpsRedirectCode ?? 308} https://$host${httpsPort(ir)}${strip ? URI_NO_TRAILING_SLASH : '$request_uri'};`;
}
/**
 * The scheme HTTPS redirects are decided on: the connection's, or with use-forwarded-headers
 * (RouteTable.forwarded.trustClient) the client's non-empty X-Forwarded-Proto, as ingress-nginx's
 * redirect_to_https reads $pass_access_scheme (forwarded-headers.ts maps it).
 */
export const requestScheme = (ir) => (ir.forwarded?.trustClient ? '$ingressc_forwarded_proto' : '$scheme');
/**
 * A RequestRedirect as nginx directives (rewrite phase, in order, before anything the location
 * proxies): `return` for permanent/temporal-redirect (the URL verbatim, already free of "$"; a path
 * made absolute, or kept with `absolute_redirect off` when relative) and
 * app-root ($scheme://$http_host + path, as ingress-nginx writes it); the HTTPS redirect only for
 * plain HTTP, like lua_ingress.lua's redirect_to_https ($host is lowercased and port-free).
 */
export function redirectLines(f, ir) {
    if (f.location !== undefined) {
        if (!locationIsPath(f))
            return [`return ${f.statusCode} ${nginxQuote(f.location)};`];
        // nginx would make `return 301 /p` absolute itself (absolute_redirect on) from the connection's
        // scheme and $host, with the listener's port (ingressc's nginx.conf keeps port_in_redirect on):
        // written out instead, without port, as ingress-nginx's port_in_redirect off gives it.
        if (!f.relative)
            return [`return ${f.statusCode} ${nginxQuote(`$scheme://$host${literal(f.location)}`, { allowDollar: true })};`];
        return ['absolute_redirect off;', `return ${f.statusCode} ${nginxQuote(f.location)};`];
    }
    const path = f.path ? literal(f.path.value) : undefined;
    // from-to-www-redirect: the request's scheme, the other name and the port the request came in on (nginx.tmpl).
    if (f.hostname !== undefined) {
        const target = path ?? (f.stripTrailingSlash ? URI_NO_TRAILING_SLASH : '$request_uri');
        return [`return ${f.statusCode} ${nginxQuote(`$scheme://${literal(f.hostname)}:$server_port${target}`, { allowDollar: true })};`];
    }
    if (f.scheme === 'https') {
        const target = path ?? (f.stripTrailingSlash ? URI_NO_TRAILING_SLASH : '$request_uri');
        const ret = `return ${f.statusCode} ${nginxQuote(`https://$host${httpsPort(ir)}${target}`, { allowDollar: true })};`;
        return f.plainHttpOnly ? [`if (${requestScheme(ir)} = http) { ${ret} }`] : [ret];
    }
    // Keeps the request's scheme and Host header as sent (nginx.tmpl's app-root line).
    if (path !== undefined)
        return [`return ${f.statusCode} ${nginxQuote(`$scheme://$http_host${path}`, { allowDollar: true })};`];
    throw new Error('nginx: RequestRedirect without location, scheme or path');
}
/** User text spliced into a string that also holds the emitter's own variables: never a "$". */
function literal(s) {
    if (s.includes('$'))
        throw new Error(`nginx: refusing a redirect path with "$": ${JSON.stringify(s)}`);
    return s;
}
