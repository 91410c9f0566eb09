import type { Diagnostics } from '../diagnostics/collector.js';
import type { UpstreamResolver } from './upstreams.js';
import type { TargetName } from '../diagnostics/types.js';
import { type VirtualHost } from '../ir/types.js';
import type { IngressModel, PathModel } from '../validate/model.js';
export declare const isCanaryIngress: (ing: IngressModel, skip: readonly string[]) => boolean;
/** A canary Ingress's other ingress-nginx annotations act through the main Ingress's location: reported and dropped. */
export declare function dropIgnoredCanaryUses(ingresses: readonly IngressModel[], skip: readonly string[], diags: Diagnostics): IngressModel[];
export interface CanaryPath {
    ing: IngressModel;
    /** Lowercase host, "*" for rules without host. */
    host: string;
    p: PathModel;
    upstream: string;
    /**
     * The Ingress whose canary settings the canary backend carries: ingress-nginx's createUpstreams
     * makes one backend per Service port, from the first Ingress (precedence order) that names it,
     * and copies only that Ingress's canary settings onto it. A non-canary Ingress there: none.
     */
    settingsFrom?: IngressModel;
    /** The first Ingress that names the canary's Service port (for IC3127). */
    creator: IngressModel;
}
/**
 * The canary Ingresses' paths with their upstreams, and the upstreams ingress-nginx marks NoServer
 * (their first Ingress is a canary): paths of other Ingresses to them get no route (IC3126).
 * `all` in precedence order; a canary's defaultBackend cannot be split (IC3125).
 */
export declare function canaryPathsOf(all: readonly IngressModel[], skip: readonly string[], resolver: UpstreamResolver, diags: Diagnostics): {
    paths: CanaryPath[];
    noServer: Map<string, string>;
};
/**
 * Attaches each canary path (in precedence order: the oldest canary of a primary wins) to every
 * route of its primary Service. A primary that also serves requests outside any route (a vhost
 * fallback, `defaultUpstream`) cannot be split (IC3124).
 */
export declare function attachCanaries(vhosts: readonly VirtualHost[], canaries: readonly CanaryPath[], defaultUpstream: string | undefined, skip: readonly string[], target: TargetName, diags: Diagnostics): void;
