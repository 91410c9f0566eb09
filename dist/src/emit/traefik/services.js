/**
 * backend-protocol as Traefik's server URL scheme: https (HTTPS; GRPCS negotiates h2 by ALPN) and
 * h2c (GRPC: cleartext HTTP/2). TLS to backends is not verified (static serversTransport
 * insecureSkipVerify), as ingress-nginx without proxy-ssl-verify, unless the upstream has proxy-ssl-*
 * settings: its service then names its own serversTransport (servers-transport.ts).
 */
const scheme = (u, tls) => {
    return tls || u.protocol === 'https' || u.protocol === 'grpcs' ? 'https' : u.protocol === 'grpc' ? 'h2c' : 'http';
};
const serverUrl = (e, u, tls = false) => `${scheme(u, tls)}://${e.host.includes(':') ? `[${e.host}]` : e.host}:${e.port}`;
/** Some upstream is reached over TLS (the static serversTransport then skips verification). */
export const tlsUpstreams = (upstreams) => upstreams.some((u) => u.protocol === 'https' || u.protocol === 'grpcs' || u.protocol === 'auto-http');
/**
 * One loadBalancer service per IR upstream, named by its id. passHostHeader keeps the client's
 * Host (as nginx's `proxy_set_header Host $http_host`). DNS names are resolved by Traefik when it
 * dials. An upstream without endpoints gets no service (the schema requires at least
 * one server); its routers answer 503 instead (see `unavailable`).
 */
export function buildServices(upstreams, transports = new Map()) {
    const services = {};
    const unavailable = new Set();
    for (const u of upstreams) {
        if (u.endpoints.length === 0)
            unavailable.add(u.id);
        else {
            const transport = transports.get(u.id);
            // The transport only matters where the URL is https (AUTO_HTTP: the TLS twin).
            const tls = transport !== undefined && (u.protocol === 'https' || u.protocol === 'grpcs') ? { serversTransport: transport } : {};
            services[u.id] = { loadBalancer: { servers: u.endpoints.map((e) => ({ url: serverUrl(e, u) })), passHostHeader: true, ...tls } };
            // AUTO_HTTP: a TLS twin for the HTTPS routers (routers.ts).
            if (u.protocol === 'auto-http')
                services[`${u.id}.tls`] = { loadBalancer: { servers: u.endpoints.map((e) => ({ url: serverUrl(e, u, true) })), passHostHeader: true, ...(transport !== undefined ? { serversTransport: transport } : {}) } };
        }
    }
    return { services, unavailable };
}
