import type { Diagnostics } from '../diagnostics/collector.js';
import type { IngressClassModel, IngressModel } from '../validate/model.js';

/**
 * --ingress-class NAME keeps Ingresses of that class (spec.ingressClassName or the legacy
 * annotation); class-less Ingresses are kept when NAME is the IngressClass marked default.
 */
export function selectByClass(ingresses: IngressModel[], classes: IngressClassModel[], want: string | undefined, diags: Diagnostics): IngressModel[] {
  if (want === undefined) return ingresses;
  const defaults = classes.filter((c) => c.isDefault).map((c) => c.name);
  const defaultClass = defaults.length === 1 ? defaults[0] : undefined;
  return ingresses.filter((ing) => {
    const cls = ing.className ?? defaultClass;
    if (cls === want) return true;
    diags.report('IC3008', ing.ref, { ingress: ing.id, class: cls ?? '(none)', want });
    return false;
  });
}
