const serverUrl = (e) => `http://${e.host.includes(':') ? `[${e.host}]` : e.host}:${e.port}`;
/**
 * One loadBalancer service per IR upstream, named by its id. passHostHeader keeps the client's
 * Host (as nginx's `proxy_set_header Host $http_host`). DNS names are resolved by Traefik when it
 * dials. An upstream without endpoints gets no service (the schema requires at least
 * one server); its routers answer 503 instead (see `unavailable`).
 */
export function buildServices(upstreams) {
    const services = {};
    const unavailable = new Set();
    for (const u of upstreams) {
        if (u.endpoints.length === 0)
            unavailable.add(u.id);
        else
            services[u.id] = { loadBalancer: { servers: u.endpoints.map((e) => ({ url: serverUrl(e) })), passHostHeader: true } };
    }
    return { services, unavailable };
}
