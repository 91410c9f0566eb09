import type { Diagnostics } from '../diagnostics/collector.js';
import type { TargetName } from '../diagnostics/types.js';
import type { Route, RoutePolicies } from '../ir/types.js';
import type { IngressModel } from '../validate/model.js';
/**
 * ingress-nginx's ratelimit annotations as route policies: one set of counters per Ingress (its
 * zones are named after the Ingress), burst = limit × multiplier, limit-whitelist exempting
 * clients from all three limits, 0 meaning "no limit". Only what the target honours reaches the
 * IR; a key it cannot honour was already refused (access kind: IC2101) by annotation-support.ts.
 */
export declare function limitPolicies(ing: IngressModel, target: TargetName): Pick<RoutePolicies, 'limits' | 'bandwidth'>;
/**
 * ingress-nginx's limit-rate and limit-rate-after "must be used with proxy-buffering enabled"
 * (annotations.md): with proxy-buffering off, its default, nginx passes the response on unbuffered
 * and unthrottled. Reproducing that would give a route that looks limited and is not; refusing it
 * (IC3161, at the annotation) fails closed and names the fix.
 */
export declare function checkBandwidthBuffering(ing: IngressModel, target: TargetName, diags: Diagnostics): void;
/** The Ingress's limits added to the extras every route of it carries. */
export declare function withLimits<T extends Pick<Route, 'filters' | 'policies'>>(extras: T, ing: IngressModel, target: TargetName): T;
/**
 * A defaultBackend becomes a fallback or the default server, which carry no policies in the IR: an
 * Ingress with limits cannot hand one out unlimited (fail closed, as IC3070 for source ranges).
 * Reports unless `reported` (IC3070 already refused it). True when the backend must not be used.
 */
export declare function limitedDefaultBackend(ing: IngressModel, target: TargetName, diags: Diagnostics, reported: boolean): boolean;
