import type { Diagnostics } from '../diagnostics/collector.js';
import type { TargetName } from '../diagnostics/types.js';
import { type AffinityPolicy, type Route, type RoutePolicies, type Upstream, type VirtualHost } from '../ir/types.js';
import type { IngressModel } from '../validate/model.js';
/**
 * The traffic family's per-route policies: CORS when enable-cors is true and the target honours
 * it (otherwise annotation-support.ts has reported it). ingress-nginx's defaults fill what the
 * Ingress leaves out.
 */
export declare function trafficPolicies(ing: IngressModel, target: TargetName): Pick<RoutePolicies, 'cors' | 'affinity' | 'accessLog'>;
/**
 * affinity: cookie. The Path is per route (fillAffinityPaths, once routes exist): here it is the
 * session-cookie-path or "" for "the route's own path".
 */
export declare function affinityPolicy(ing: IngressModel, target: TargetName): Pick<RoutePolicies, 'affinity'>;
/** The cookie Path of each affinity route: ingress-nginx's $location_path, the path as written. */
export declare function fillAffinityPaths(vh: VirtualHost): void;
/** An affinity policy with the route's own path where session-cookie-path left it open (""). */
export declare const withRoutePath: (a: AffinityPolicy, r: Pick<Route, 'sourcePath'>) => AffinityPolicy;
/**
 * Affinity pins a session to an endpoint; an upstream reached through its Service's DNS name has one
 * "endpoint", the ClusterIP, which spreads requests over the pods itself (ingress-nginx's
 * service-upstream has no sticky sessions either). Once per upstream.
 */
export declare function warnUnpinnable(vhosts: readonly VirtualHost[], upstreams: readonly Upstream[], diags: Diagnostics): void;
