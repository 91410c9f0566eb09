import type { RouteTable } from '../../ir/types.js';
import type { Middleware, Router, StickyCookie } from './types.js';
import type { UpstreamTimeouts } from '../../ir/types.js';
import { TraefikMirrors } from './mirror.js';
export interface RouterSet {
    routers: Record<string, Router>;
    /** Middlewares of route filters (rewrite, request headers), by name. */
    filters: Record<string, Middleware>;
    /** Middlewares the routers reference (they must be defined). */
    used: Set<string>;
    /** The per-route policy middlewares (source ranges, body limits), by name. */
    access: Record<string, Middleware>;
    /** Sticky copies of upstream services (affinity.ts): name → the service copied and its cookie. */
    sticky: Record<string, {
        from: string;
        cookie: StickyCookie;
    }>;
    /** Copies of services (upstream or sticky) with a route's timeouts: name → the service copied and the timeouts. */
    timed: Record<string, {
        from: string;
        timeouts: UpstreamTimeouts;
    }>;
    /** The mirroring services of mirrored routes (mirror.ts). */
    mirrors: TraefikMirrors;
}
/**
 * Routers in IR order: per vhost its exact routes, its prefixes (longest first), then its
 * catch-all; each as an HTTP router on `web` and, when HTTPS is served, a TLS router on
 * `websecure` (Traefik routers serve either plain or TLS requests, never both).
 *
 * The catch-all (`Host(..)` alone at the bottom of the vhost's class) is what keeps the IR's
 * "no fall-through between host classes": without it a request for a known host with an unknown
 * path would go on down Traefik's flat list to a wildcard or host-less `PathPrefix("/")`. It
 * serves the vhost fallback, or 404 through an ipAllowList that admits nobody. The host-less
 * vhost has one too: a request must match a router for Traefik to refuse encoded characters.
 */
export declare function buildRouters(ir: RouteTable, services: ReadonlySet<string>, unavailable: ReadonlySet<string>, tls?: {
    byHost: ReadonlyMap<string, string>;
    clientAuthHosts: ReadonlySet<string>;
}): RouterSet;
