import { type Route as IrRoute, type RouteTable, type Upstream } from '../../ir/types.js';
import type { Handler, MatcherSet, Route } from './types.js';
/**
 * ingress-nginx's canary decision (src/ir/types.ts RouteCanary) as Caddy routes: Caddy runs the
 * first terminal route that matches, so a route with a canary becomes, with the same path match,
 * affinity routes (a Cookie naming an endpoint of a sticky side), header rule routes
 * (header_regexp), cookie rule routes (header_regexp on Cookie), then the route
 * itself, whose handler splits by weight: one reverse_proxy over both Services' endpoints with
 * weighted_round_robin (weights per endpoint, so each Service gets its share).
 */
/**
 * The routes of IR route `r` (with a canary); `base` is its path matcher (absent: every path).
 * `action(upstream)` serves a side with its own affinity (canary-side.ts), `upstreamOf` looks one up.
 */
export declare function canaryRoutes(base: MatcherSet | undefined, r: IrRoute, action: (upstream: string) => Handler, split: Handler | undefined, upstreamOf: (id: string) => Upstream | undefined): Route[];
/**
 * weighted_round_robin weights for main's and canary's endpoints (in that order): each Service's
 * share spread over its endpoints, reduced. Undefined when a side has no endpoints.
 */
export declare function splitWeights(main: Upstream, canary: Upstream, weight: number, total: number): number[] | undefined;
/** Splits Caddy cannot express: a Service without endpoints has nothing to weigh. */
export declare function unsplittable(ir: RouteTable): IrRoute[];
