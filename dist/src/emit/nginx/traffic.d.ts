import { type AffinityPolicy, type CorsPolicy, type Route, type RouteTable, type Upstream } from '../../ir/types.js';
import type { TextWriter } from '../text-writer.js';
/** The http-level maps (only when some route has CORS). */
export declare function corsMaps(w: TextWriter, ir: RouteTable): void;
/** A location's CORS directives, before its proxy_pass. */
export declare function corsLines(p: CorsPolicy | undefined): string[];
/**
 * ingress-nginx's cookie affinity without a sticky module (nginx-light has none), for upstreams of
 * IP endpoints: the cookie names an endpoint by an opaque token (affinity-token.ts).
 *  - per (cookie name, upstream), a map from the Cookie header to the address its token names
 *    ("" when the request has no valid cookie): the location then proxies to that address;
 *  - otherwise the upstream's round robin picks, and a map from $upstream_addr back to the token
 *    builds the Set-Cookie (only when the request had no valid cookie, as sticky.lua sets it only
 *    when it picks a new endpoint). The attributes, in lua-resty-cookie's order, are set per
 *    location; Secure on HTTPS requests unless session-cookie-secure makes it always.
 * The cookie names one endpoint: ingress-nginx's persistent mode (support rows note balanced).
 * A failed endpoint is not replaced (session-cookie-change-on-failure false, the default).
 */
export declare class NginxAffinity {
    /** `fixed`: the upstream is one DNS name (a Service's ClusterIP): nothing to pin, one constant token (lowering warned, IC3141). */
    private readonly pairs;
    constructor(ir: RouteTable);
    /**
     * The variable telling whether a request's cookie `a.cookie` names an endpoint of upstream `u`
     * (non-empty when it does), for a canary's affinity-first decision (canary.ts); undefined when
     * nothing can name one (no affinity, no endpoints).
     */
    namesEndpoint(a: AffinityPolicy | undefined, u: string): string | undefined;
    /** Canary sides with affinity through one DNS name: no address for the cookie to pin, nor to tell the side by. */
    canaryFixed(ir: RouteTable): Route[];
    /** Upstreams with affinity over several endpoints that are not all addresses (the cookie could not name them). */
    unaddressable(): string[];
    maps(w: TextWriter): void;
    /** The location's directives (before its own proxy_pass). */
    lines(a: AffinityPolicy | undefined, u: Upstream | undefined): string[];
    /**
     * The directives of a location whose route has a canary and affinity on either side: the main
     * side's cookie, replaced by the canary side's when `decision` (the canary's map) says "1". A side
     * without affinity (or endpoints) gets the target "-": no Set-Cookie, no pin. Sides through one
     * DNS name are refused before (canaryFixed, IC4122).
     */
    canaryLines(main: AffinityPolicy | undefined, mainUp: string, canary: AffinityPolicy | undefined, canaryUp: string, decision: string): string[];
}
