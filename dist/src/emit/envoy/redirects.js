import { locationIsPath } from '../../ir/types.js';
import { REDIRECT_HOST } from './redirect-host.js';
const CODES = {
    301: 'MOVED_PERMANENTLY',
    302: 'FOUND',
    303: 'SEE_OTHER',
    307: 'TEMPORARY_REDIRECT',
    308: 'PERMANENT_REDIRECT',
};
const responseCode = (code) => {
    const c = CODES[code];
    if (!c)
        throw new Error(`envoy: no redirect response code ${code}`);
    return c;
};
/** A request target with a query: its final "/" (if any) belongs to the query, which regex_rewrite does not see. */
const HAS_QUERY = { name: ':path', string_match: { safe_regex: { regex: '[^?]*\\?.*' } } };
/** Literal text in a header value Envoy formats (`%` starts a command): "%" doubled. */
const formatterLiteral = (s) => {
    if (!/^[\x21-\x7e]+$/.test(s))
        throw new Error(`envoy: refusing redirect text ${JSON.stringify(s)}`);
    return s.replace(/%/g, '%%');
};
/**
 * The Envoy routes answering a RequestRedirect (docs/ir-v2.md) for requests matching `match` on
 * the `scheme` listener, or [] when this listener proxies them (an HTTPS-only redirect on HTTPS):
 *   - a verbatim Location (permanent/temporal-redirect): a direct response with the header; a path
 *     after this listener's scheme and the request host (redirect-host.ts), unless relative;
 *   - app-root: path_redirect without the query, keeping scheme and the Host as sent;
 *   - HTTPS: https_redirect with the listener's port named; without preserve-trailing-slash the
 *     path's final "/" is removed by regex_rewrite, unless the request has a query (ingress-nginx
 *     looks at the last character of the whole request URI).
 */
export function redirectRoutes(f, scheme, ports, match, exactHost) {
    if (f.plainHttpOnly && scheme === 'https')
        return [];
    const httpsPort = ports.https;
    if (f.location !== undefined)
        return [
            {
                match: match(),
                direct_response: { status: f.statusCode },
                response_headers_to_add: [{ header: { key: 'location', value: (locationIsPath(f) && !f.relative ? `${scheme}://${REDIRECT_HOST}` : '') + formatterLiteral(f.location) }, append_action: 'OVERWRITE_IF_EXISTS_OR_ADD' }],
            },
        ];
    const response_code = responseCode(f.statusCode);
    if (f.hostname !== undefined) {
        // from-to-www-redirect: same scheme, the other name, this listener's port; "/" written out.
        const port = scheme === 'https' ? ports.https : ports.http;
        const base = { host_redirect: f.hostname, port_redirect: port, response_code };
        if (f.path || !f.stripTrailingSlash)
            return [{ match: match(), redirect: f.path ? { ...base, path_redirect: f.path.value, strip_query: true } : base }];
        const m = match();
        return [
            {
                match: { ...m, headers: [...(m.headers ?? []), { name: ':path', string_match: { safe_regex: { regex: '/' } } }] },
                direct_response: { status: f.statusCode },
                response_headers_to_add: [{ header: { key: 'location', value: formatterLiteral(`${scheme}://${f.hostname}:${port}`) }, append_action: 'OVERWRITE_IF_EXISTS_OR_ADD' }],
            },
            { match: { ...match(), headers: [...(match().headers ?? []), { ...HAS_QUERY }] }, redirect: base },
            { match: match(), redirect: { ...base, regex_rewrite: { pattern: { regex: '^(.*)/$' }, substitution: '\\1' } } },
        ];
    }
    if (f.scheme === 'https') {
        const base = { https_redirect: true, port_redirect: httpsPort, response_code };
        if (f.path)
            return [{ match: match(), redirect: { ...base, path_redirect: f.path.value, strip_query: true } }];
        if (!f.stripTrailingSlash)
            return [{ match: match(), redirect: base }];
        const m = match();
        // Envoy writes "/" for an empty path: the request target "/" of an exact host gets its
        // Location written out ("https://<host>"; a wildcard or host-less vhost gets "https://<host>/").
        const root = exactHost === undefined
            ? []
            : [
                {
                    match: { ...match(), headers: [...(match().headers ?? []), { name: ':path', string_match: { safe_regex: { regex: '/' } } }] },
                    direct_response: { status: f.statusCode },
                    response_headers_to_add: [{ header: { key: 'location', value: formatterLiteral(`https://${exactHost}${httpsPort === 443 ? '' : `:${httpsPort}`}`) }, append_action: 'OVERWRITE_IF_EXISTS_OR_ADD' }],
                },
            ];
        return [
            ...root,
            { match: { ...m, headers: [...(m.headers ?? []), { ...HAS_QUERY }] }, redirect: base },
            { match: match(), redirect: { ...base, regex_rewrite: { pattern: { regex: '^(.*)/$' }, substitution: '\\1' } } },
        ];
    }
    if (f.path)
        return [{ match: match(), redirect: { path_redirect: f.path.value, strip_query: true, response_code } }];
    throw new Error('envoy: RequestRedirect without location, scheme or path');
}
