import { caddyAuthValue, caddyHeaderName, caddyLiteral } from './quote.js';
/**
 * External authentication (ingress-nginx's auth_request) as Caddy's forward-auth pattern: a
 * reverse_proxy to the auth service (method auth-method or GET, exactly the auth URL's path and
 * query, no body, Host the auth host, X-Original-URL/-Method and friends) whose handle_response
 * decides as nginx: 2xx → the request goes on (the configured auth response headers replace the
 * client's, the auth Set-Cookie is added to 2xx/3xx responses); 401 → 401 with the auth service's
 * WWW-Authenticate, or a 302 to auth-signin; 403 → 403; any other answer → 500 (with
 * auth-always-set-cookie each refusal carries the auth Set-Cookie). (An unreachable auth service
 * is Caddy's 502.)
 */
export function extAuthHandlers(r) {
    const a = r?.policies?.externalAuth;
    if (!a)
        return [];
    const u = a.url;
    const host = u.host.includes(':') ? `[${u.host}]` : u.host;
    // Caddy names these placeholders by Go's canonical header key ("Www-Authenticate"), case-sensitively.
    const header = (name) => `{http.reverse_proxy.header.${caddyLiteral(canonicalKey(name))}}`;
    const present = (name) => [{ not: [{ vars: { [header(name)]: [''] } }] }];
    const absent = (name) => [{ vars: { [header(name)]: [''] } }];
    const copy = a.responseHeaders.flatMap((h) => [
        { match: present(h), handle: [{ handler: 'headers', request: { set: { [caddyLiteral(h)]: [header(h)] } } }] },
        { match: absent(h), handle: [{ handler: 'headers', request: { delete: [caddyLiteral(h)] } }] },
    ]);
    const cookie = {
        match: present('Set-Cookie'),
        handle: [
            { handler: 'vars', ingressc_auth_cookie: header('Set-Cookie') },
            // auth-always-set-cookie: on every response the route gives, not only 2xx/3xx.
            { handler: 'headers', response: { add: { 'Set-Cookie': ['{http.vars.ingressc_auth_cookie}'] }, deferred: true, ...(a.alwaysSetCookie ? {} : { require: { status_code: [2, 3] } }) } },
        ],
    };
    // A refusal carries the auth Set-Cookie with auth-always-set-cookie (and a sign-in redirect always, as Envoy's and nginx's).
    const withCookie = (on) => (on ? [{ match: present('Set-Cookie'), handle: [{ handler: 'headers', response: { add: { 'Set-Cookie': [header('Set-Cookie')] }, deferred: true } }] }] : []);
    const status = (code, extra = []) => [...withCookie(a.alwaysSetCookie === true), ...extra, { handle: [{ handler: 'static_response', status_code: code }] }];
    return [
        {
            handler: 'reverse_proxy',
            upstreams: [{ dial: caddyLiteral(`${host}:${u.port ?? (u.scheme === 'https' ? 443 : 80)}`) }],
            // A trailing "?" clears the client's query: the auth service gets exactly the auth URL.
            rewrite: { method: a.method ?? 'GET', uri: caddyLiteral(`${u.path}?${u.query ?? ''}`) },
            headers: {
                request: {
                    set: {
                        Host: [caddyLiteral(host)],
                        'X-Original-URL': ['{http.request.scheme}://{http.request.hostport}{http.request.uri}'],
                        'X-Original-Method': ['{http.request.method}'],
                        'X-Sent-From': ['nginx-ingress-controller'],
                        'X-Real-IP': ['{http.vars.client_ip}'],
                        'X-Forwarded-For': ['{http.vars.client_ip}'],
                        'X-Auth-Request-Redirect': [a.requestRedirect !== undefined ? caddyLiteral(a.requestRedirect) : '{http.request.uri}'],
                        ...(a.method ? { 'X-Original-URI': ['{http.request.uri}'], 'X-Scheme': ['{http.request.scheme}'] } : {}),
                        // auth-proxy-set-headers (lowering refused the names above).
                        ...Object.fromEntries((a.requestHeaders ?? []).map((h) => [caddyHeaderName(h.name, { underscore: true }), [caddyAuthValue(h.value)]])),
                    },
                    delete: ['Content-Length'],
                },
            },
            ...(u.scheme === 'https' ? { transport: { protocol: 'http', tls: { insecure_skip_verify: true, ...(u.host.includes(':') || /^[0-9.]+$/.test(u.host) ? {} : { server_name: caddyLiteral(u.host) }) } } } : {}),
            handle_response: [
                { match: { status_code: [2] }, routes: [...copy, cookie] },
                {
                    match: { status_code: [401] },
                    routes: a.signin
                        ? [...withCookie(true), { handle: [{ handler: 'static_response', status_code: 302, headers: { Location: [signinLocation(a.signin)] } }] }]
                        : [
                            ...withCookie(a.alwaysSetCookie === true),
                            { match: present('WWW-Authenticate'), handle: [{ handler: 'static_response', status_code: 401, headers: { 'WWW-Authenticate': [header('WWW-Authenticate')] } }], terminal: true },
                            { handle: [{ handler: 'static_response', status_code: 401 }] },
                        ],
                },
                { match: { status_code: [403] }, routes: status(403) },
                { routes: status(500) },
            ],
        },
    ];
}
/**
 * auth-signin: the sign-in URL, the request's host where it names none (nginx's $host: Caddy keeps
 * the Host header's case), and unless its query has the parameter, `<param>=<scheme>://<Host
 * header><request URI, query-escaped>` (Go's QueryEscape, as ingress-nginx's escaped URI).
 */
function signinLocation(s) {
    const hasParam = s.query !== undefined && s.query.split('&').some((kv) => kv.split('=')[0] === s.redirectParam);
    const host = s.host !== undefined ? caddyLiteral(s.host.includes(':') ? `[${s.host}]` : s.host) : '{http.request.host}';
    const rest = caddyLiteral(`${s.port !== undefined ? `:${s.port}` : ''}${s.path}${s.query !== undefined ? `?${s.query}` : ''}`);
    const back = hasParam ? '' : `${caddyLiteral(`${s.query !== undefined ? '&' : '?'}${s.redirectParam}=`)}{http.request.scheme}://{http.request.hostport}{http.request.uri_escaped}`;
    return `${caddyLiteral(`${s.scheme}://`)}${host}${rest}${back}`;
}
/** Go's textproto.CanonicalMIMEHeaderKey for token names: upper case after the start and each "-", lower case elsewhere. */
export const canonicalKey = (name) => name.toLowerCase().replace(/(^|-)([a-z])/g, (_, sep, c) => sep + c.toUpperCase());
