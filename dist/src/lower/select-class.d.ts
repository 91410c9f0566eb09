import type { Diagnostics } from '../diagnostics/collector.js';
import type { IngressClassModel, IngressModel } from '../validate/model.js';
/**
 * --ingress-class NAME keeps Ingresses of that class (spec.ingressClassName or the legacy
 * annotation); class-less Ingresses are kept when NAME is the IngressClass marked default.
 */
export declare function selectByClass(ingresses: IngressModel[], classes: IngressClassModel[], want: string | undefined, diags: Diagnostics): IngressModel[];
