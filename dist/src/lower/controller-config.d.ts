import type { Diagnostics } from '../diagnostics/collector.js';
import type { TargetName } from '../diagnostics/types.js';
import type { ControllerConfig, ControllerSettings } from '../providers/ingress-nginx/configmap/read.js';
import type { IngressModel } from '../validate/model.js';
/**
 * The ConfigMap keys ingressc honours: each is the global default of an annotation, and as in
 * ingress-nginx (its annotation parsers fall back to the ConfigMap's value) an Ingress that sets
 * the annotation (or its alias) replaces it, for all of its paths. A target honours the key
 * exactly where support.ts lists the annotation.
 */
interface Honoured {
    /** The annotation whose support row decides the target. */
    annotation: string;
    /** Annotations that replace the ConfigMap's value on their Ingress. */
    overriddenBy: readonly string[];
    /** Does the ConfigMap set a value (an empty source-range list sets none)? */
    has: (s: ControllerSettings) => boolean;
    apply: (ing: IngressModel, s: ControllerSettings) => IngressModel;
}
export declare const HONOURED: Readonly<Record<string, Honoured>>;
/**
 * Applies the controller ConfigMap to the Ingresses (in lowering, per target): each honoured key
 * becomes the value of its annotation on every Ingress that does not set it; a key the target
 * cannot honour fails closed (access: error), fails (routing: error) or warns (tuning), located at
 * the ConfigMap key. Keys set to ingress-nginx's default change nothing and are not reported.
 */
export declare function applyControllerConfig(ingresses: IngressModel[], cfg: ControllerConfig | undefined, target: TargetName, diags: Diagnostics): IngressModel[];
/**
 * annotation-value-word-blocklist: ingress-nginx drops (does not serve) an Ingress when the value
 * of one of its nginx.ingress.kubernetes.io/ annotations contains a listed word (e2e
 * settings/badannotationvalues.go). So does ingressc, with a warning at the annotation (at the
 * Ingress's name for a refused or skipped key, which has no use record; the message names it).
 */
export declare function dropBlocklisted(ingresses: IngressModel[], cfg: ControllerConfig | undefined, diags: Diagnostics): IngressModel[];
export {};
