import type { Diagnostics } from '../diagnostics/collector.js';
import type { Manifest } from '../parse/parse-yaml.js';
import type { IngressModel } from './model.js';
export declare const INGRESS_API_VERSIONS: readonly ['networking.k8s.io/v1', 'networking.k8s.io/v1beta1', 'extensions/v1beta1'];
export interface IngressCheckOptions {
    allowSnippets: boolean;
}
/**
 * Validates one Ingress as the API server would (semantics.md §1), plus ingressc's stricter path
 * grammar, and returns it in v1 shape. Returns undefined when it has errors.
 */
export declare function validateIngress(m: Manifest, diags: Diagnostics, opts: IngressCheckOptions): IngressModel | undefined;
