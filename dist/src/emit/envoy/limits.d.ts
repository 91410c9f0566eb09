import { type RateLimitBucket, type RequestLimits, type RouteTable } from '../../ir/types.js';
import type { Diagnostics } from '../../diagnostics/collector.js';
import type { Route, TypedExtension } from './types.js';
/**
 * limit-rps / limit-rpm per client address as Envoy's local rate limit with dynamic descriptors:
 * one filter in each connection manager holds, per Ingress (the IR's `key`) and period, a
 * descriptor [ingress=<key>, limit=rps|rpm, remote_address=*] whose token bucket Envoy creates per
 * client address (max_dynamic_descriptors: the least recently seen clients are forgotten beyond it).
 * Every route of that Ingress sends those descriptors (route.rate_limits), so the Ingress's routes
 * share one bucket per client, as ingress-nginx's zone. nginx's leaky bucket (rate r, burst b)
 * admits b + 1 at once and then one every 1/r s: a bucket of b + 1 tokens refilled one per 1/r s
 * (several per fill when 1/r is not a whole number of milliseconds of at least 50, Envoy's
 * minimum; more than b + 1 per fill is refused, IC4160). Refused requests take no token, as nginx does not count them. Excess:
 * RouteTable.limitStatus.requests, else 503.
 * limit-whitelist: an RBAC filter with shadow rules only (it enforces nothing) records whether
 * the client is outside the exemption list; the descriptor carries that result and only
 * "allowed" (not exempt) has a bucket, so exempt clients fall to the default bucket, unlimited.
 */
export declare const LIMIT_FILTER = "envoy.filters.http.local_ratelimit";
export declare const EXEMPT_FILTER = "ingressc.limit-exempt";
/** Clients remembered per descriptor (Envoy's default is 20). */
export declare const MAX_CLIENTS = 100000;
/**
 * A bucket of burst + 1 tokens refilling `rate` per `periodMs` exactly: the fewest tokens per
 * whole-millisecond fill of at least 50 ms. A refill larger than the bucket (burst + 1 below the
 * tokens per fill: limit-burst-multiplier 0 with a fast rate) cannot be expressed: IC4160.
 */
export declare function tokenBucket(b: RateLimitBucket, periodMs: number): {
    max_tokens: number;
    tokens_per_fill: number;
    fill_interval: string;
};
/** IC4160 for every route whose bucket cannot refill as nginx does (the output would admit fewer than its rate). */
export declare function reportLimitProblems(ir: RouteTable, diags: Diagnostics): void;
/** The filters: the exemption recorder (when a list exists), then the limiter. */
export declare function limitFilters(ir: RouteTable): TypedExtension[];
/** A route's descriptors (route.rate_limits) and its exemption recorder's per-route config. */
export declare function withLimits(route: Route, l: RequestLimits | undefined): Route;
