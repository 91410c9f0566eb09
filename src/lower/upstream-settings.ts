import type { TargetName } from '../diagnostics/types.js';
import type { Route, RouteFilter, RoutePolicies, UpstreamTimeouts } from '../ir/types.js';
import { supportOf } from '../providers/ingress-nginx/support.js';
import type { IngressModel } from '../validate/model.js';
import { trafficPolicies } from './traffic.js';
import { tuningPolicy } from './upstream-tuning.js';

/**
 * What an Ingress's upstream-vhost and proxy-*-timeout annotations add to each of its routes
 * (ingress-nginx applies them per location). Only keys the target honours reach the IR: the others
 * were reported (an error for upstream-vhost, a warning for a timeout) by annotation-support.ts.
 */
export function upstreamExtras(ing: IngressModel, target: TargetName): Pick<Route, 'filters' | 'policies'> {
  const { vhost, timeouts } = ing.upstream;
  const out: Pick<Route, 'filters' | 'policies'> = {};
  if (vhost !== undefined && supportOf('upstream-vhost', target)) {
    const f: RouteFilter = { type: 'RequestHeaderModifier', set: [{ name: 'Host', value: vhost }] };
    out.filters = [f];
  }
  const t: UpstreamTimeouts = {};
  if (timeouts.connect !== undefined && supportOf('proxy-connect-timeout', target)) t.connect = timeouts.connect;
  if (timeouts.send !== undefined && supportOf('proxy-send-timeout', target)) t.send = timeouts.send;
  if (timeouts.read !== undefined && supportOf('proxy-read-timeout', target)) t.read = timeouts.read;
  const p: RoutePolicies = { ...(Object.keys(t).length > 0 ? { timeouts: t } : {}), ...trafficPolicies(ing, target), ...tuningPolicy(ing, target) };
  if (Object.keys(p).length > 0) out.policies = p;
  return out;
}
