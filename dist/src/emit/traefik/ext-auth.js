/**
 * External authentication (auth-url) as Traefik's forwardAuth, in three middlewares applied in
 * order (ingressc-extauth-<n>-in, ingressc-extauth-<n>, ingressc-extauth-<n>-out):
 *
 *  - in (headers): removes the client's X-Original-URL, X-Original-Method and X-Original-URI, which
 *    ingress-nginx overwrites on the auth request and forwardAuth would pass on as sent (an auth
 *    service deciding on them must not see forged ones); sets X-Sent-From as ingress-nginx does and
 *    X-Auth-Request-Redirect to auth-request-redirect (else removes the client's: ingress-nginx sends
 *    the request URI, which a headers middleware cannot compute);
 *  - forwardAuth: GET to exactly the auth URL with the client's headers (hop-by-hop removed), no
 *    body, and its own X-Forwarded-For (the peer), -Method, -Proto, -Host, -Uri (trustForwardHeader
 *    false: the client's are not trusted); a 2xx admits and copies authResponseHeaders onto the
 *    request (one absent from the answer removes the client's, as auth_request_set +
 *    proxy_set_header); any other answer goes to the client as the auth service sent it, headers
 *    and body. An https auth URL is not verified (nginx's proxy_pass does not verify either);
 *  - out (headers): removes X-Sent-From and X-Auth-Request-Redirect again, which ingress-nginx sends
 *    to the auth service only (unless the auth service's answer is to be copied onto them).
 *
 * auth-signin, auth-always-set-cookie, non-GET auth-method have no Traefik support row (they fail
 * closed before emission); finding one here is a bug.
 */
export function extAuthMiddlewares(a, name) {
    if (a.signin || a.alwaysSetCookie || (a.method !== undefined && a.method !== 'GET') || a.requestHeaders?.length)
        throw new Error('traefik: auth-signin, auth-always-set-cookie, auth-proxy-set-headers and a non-GET auth-method have no Traefik support row and must fail closed before emission');
    const copied = new Set(a.responseHeaders.map((h) => h.toLowerCase()));
    const addedForAuth = ['X-Sent-From', 'X-Auth-Request-Redirect'].filter((h) => !copied.has(h.toLowerCase()));
    const inName = `${name}-in`;
    const outName = `${name}-out`;
    const middlewares = {
        [inName]: {
            headers: {
                customRequestHeaders: {
                    'X-Original-URL': '',
                    'X-Original-Method': '',
                    'X-Original-URI': '',
                    'X-Sent-From': 'nginx-ingress-controller',
                    'X-Auth-Request-Redirect': a.requestRedirect ?? '',
                },
            },
        },
        [name]: {
            forwardAuth: {
                address: authAddress(a),
                trustForwardHeader: false,
                ...(a.responseHeaders.length ? { authResponseHeaders: [...a.responseHeaders] } : {}),
                ...(a.url.scheme === 'https' ? { tls: { insecureSkipVerify: true } } : {}),
            },
        },
        ...(addedForAuth.length ? { [outName]: { headers: { customRequestHeaders: Object.fromEntries(addedForAuth.map((h) => [h, ''])) } } } : {}),
    };
    return { names: Object.keys(middlewares), middlewares };
}
/** The auth URL as Go's url.Parse reads it back (IPv6 in brackets); every part passed the provider's anchored grammar. */
function authAddress(a) {
    const u = a.url;
    if (!/^[A-Za-z0-9.:-]+$/.test(u.host) || !/^\/[A-Za-z0-9._~!*+,=:@/%-]*$/.test(u.path) || (u.query !== undefined && !/^[A-Za-z0-9._~!*+,=:@/?&%-]*$/.test(u.query)))
        throw new Error(`traefik: refusing auth URL parts ${JSON.stringify(u)}`);
    const host = u.host.includes(':') ? `[${u.host}]` : u.host;
    return `${u.scheme}://${host}${u.port !== undefined ? `:${u.port}` : ''}${u.path}${u.query !== undefined ? `?${u.query}` : ''}`;
}
