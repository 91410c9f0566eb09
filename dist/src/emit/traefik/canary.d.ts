import { type Route, type RouteTable } from '../../ir/types.js';
import type { WeightedService } from './types.js';
/**
 * ingress-nginx's canary decision (src/ir/types.ts RouteCanary) as Traefik routers: a route with
 * a canary keeps its router (rule and middlewares) and gains, just above it, one router per
 * header or cookie rule with the same rule plus a Header/HeaderRegexp matcher, highest first in
 * ingress-nginx's order. Priorities are spaced by CANARY_STEP when the table has a canary, so the
 * decision routers fit between a route and the next one up. The route's own router goes to a
 * `weighted` service (main and canary upstream with weightTotal - weight and weight).
 */
export declare const CANARY_STEP = 8;
export declare const hasCanaries: (ir: RouteTable) => boolean;
export interface CanaryRouter {
    /** Appended to the route's router name. */
    suffix: string;
    rule: string;
    /** Added to the route's priority (1 to CANARY_STEP - 1). */
    bump: number;
    upstream: string;
}
/** The header and cookie routers of route `r` whose own rule is `rule`. */
export declare function canaryRouters(r: Route, rule: string): CanaryRouter[];
/** The service of a route's own router: an upstream, or the weighted split's name. */
export declare function weightedName(r: Route): string | undefined;
/** The weighted services of every split (names from weightedName; upstreams without endpoints are refused before). */
export declare function weightedServices(ir: RouteTable): Record<string, WeightedService>;
/** Splits Traefik cannot express: a weighted service needs two services, and an upstream without endpoints has none. */
export declare function unsplittable(ir: RouteTable): Route[];
