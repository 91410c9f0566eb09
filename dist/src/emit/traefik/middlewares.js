/**
 * HTTP → HTTPS for vhosts with tls.sslRedirect. `permanent` is the closest Traefik gets to the
 * IR's 308: it answers 301 to GET and 308 to every other method; the file provider cannot set the
 * status (redirectScheme has no status option there). The port is omitted for 443, as Traefik
 * drops it anyway.
 */
export function redirectMiddleware(httpsPort) {
    return { redirectScheme: { scheme: 'https', permanent: true, ...(httpsPort === 443 ? {} : { port: String(httpsPort) }) } };
}
/**
 * A fixed status without a backend: an ipAllowList that admits nobody rejects every request
 * with `rejectStatusCode` (Traefik v3.0+) and the body "Not Found" / "Service Unavailable".
 * 255.255.255.255 (limited broadcast) is never the source address of a TCP connection, and the
 * default strategy checks the connection's address, not X-Forwarded-For, so no client can pass.
 * (sourceRange must not be empty: Traefik refuses to build the middleware.)
 */
export function statusMiddleware(status) {
    return { ipAllowList: { sourceRange: ['255.255.255.255/32'], rejectStatusCode: status } };
}
