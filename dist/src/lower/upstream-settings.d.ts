import type { TargetName } from '../diagnostics/types.js';
import type { Route } from '../ir/types.js';
import type { IngressModel } from '../validate/model.js';
/**
 * What an Ingress's upstream-vhost and proxy-*-timeout annotations add to each of its routes
 * (ingress-nginx applies them per location). Only keys the target honours reach the IR: the others
 * were reported (an error for upstream-vhost, a warning for a timeout) by annotation-support.ts.
 */
export declare function upstreamExtras(ing: IngressModel, target: TargetName): Pick<Route, 'filters' | 'policies'>;
