import type { Diagnostics } from '../diagnostics/collector.js';
import type { TargetName } from '../diagnostics/types.js';
import type { IngressModel } from '../validate/model.js';
/**
 * Decides, for the chosen target, what happens to each annotation an Ingress uses (fail closed):
 * an access-control key the target cannot enforce is an error, and with --skip-annotation KEY the
 * Ingress's routes are left out (the output never carries a route that looks protected and is
 * open); a routing key it cannot honour is an error, or ignored when skipped; a tuning key is one
 * warning per key. Returns the Ingresses that keep their routes.
 */
export declare function applyAnnotationSupport(ingresses: readonly IngressModel[], target: TargetName, skip: readonly string[], diags: Diagnostics): IngressModel[];
