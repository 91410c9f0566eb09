/**
 * affinity: cookie (src/ir/types.ts AffinityPolicy) as a Traefik v3 loadBalancer with
 * `sticky.cookie` (pkg/server/service/loadbalancer/sticky.go, wrr/wrr.go): a request whose cookie
 * names a server (sha256 of its URL, 16 hex digits) goes there and gets no Set-Cookie; any other
 * request gets a server by weighted round robin and `Set-Cookie: <name>=<hash>` with the options
 * below (Go's http.Cookie: Path, Domain without a leading ".", Max-Age, HttpOnly, Secure, SameSite).
 * The cookie belongs to a service, so each (upstream, policy) gets its own copy of the upstream's
 * service; with ingress-nginx's default Secure-on-HTTPS-only, the HTTPS routers get another copy
 * with `secure: true`. Not expressible in the file provider: Expires (an internal field, file:"-",
 * of Traefik's own ingress-nginx provider), so session-cookie-expires has no row.
 */
export function stickyCookie(a, https) {
    for (const v of [a.cookie, a.path, a.domain ?? '', a.sameSite ?? ''])
        if (!/^[A-Za-z0-9._~/-]*$/.test(v))
            throw new Error(`traefik: refusing cookie setting ${JSON.stringify(v)}`);
    if (a.expires !== undefined)
        throw new Error('traefik: session-cookie-expires has no file-provider option (its support row must refuse it)');
    return {
        name: a.cookie,
        secure: a.secure === 'always' || https,
        httpOnly: true,
        ...(a.sameSite !== undefined ? { sameSite: a.sameSite.toLowerCase() } : {}),
        // Go writes Max-Age=0 for a negative MaxAge; 0 would leave the attribute out.
        ...(a.maxAge !== undefined ? { maxAge: a.maxAge === 0 ? -1 : a.maxAge } : {}),
        path: a.path,
        ...(a.domain !== undefined ? { domain: a.domain } : {}),
    };
}
