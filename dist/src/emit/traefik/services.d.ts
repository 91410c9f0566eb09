import type { Upstream } from '../../ir/types.js';
import type { Service } from './types.js';
/** Some upstream is reached over TLS (the static serversTransport then skips verification). */
export declare const tlsUpstreams: (upstreams: readonly Upstream[]) => boolean;
/**
 * One loadBalancer service per IR upstream, named by its id. passHostHeader keeps the client's
 * Host (as nginx's `proxy_set_header Host $http_host`). DNS names are resolved by Traefik when it
 * dials. An upstream without endpoints gets no service (the schema requires at least
 * one server); its routers answer 503 instead (see `unavailable`).
 */
export declare function buildServices(upstreams: readonly Upstream[], transports?: ReadonlyMap<string, string>): {
    services: Record<string, Service>;
    unavailable: Set<string>;
};
