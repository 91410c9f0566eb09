import { type CorsPolicy, type RouteTable } from '../../ir/types.js';
import type { Middleware } from './types.js';
export declare function corsMiddleware(p: CorsPolicy): Middleware;
export interface CorsRouter {
    suffix: string;
    rule: string;
    /** Above the route's own priority (1 or 2; canary.ts CANARY_STEP spaces priorities). */
    bump: number;
    /** Answers 204 (an OPTIONS request) instead of going on to the route's target. */
    preflight: boolean;
}
/**
 * The routers a route with policy `p` gains above its own (rule `rule`). "*" needs only the
 * OPTIONS one (the route's own router carries the headers); an origin list needs both, and an
 * empty list none (ingress-nginx then matches no origin).
 */
export declare function corsRouters(p: CorsPolicy, rule: string): CorsRouter[];
export declare const hasCors: (ir: RouteTable) => boolean;
