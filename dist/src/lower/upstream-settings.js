import { supportOf } from '../providers/ingress-nginx/support.js';
import { trafficPolicies } from './traffic.js';
import { tuningPolicy } from './upstream-tuning.js';
/**
 * What an Ingress's upstream-vhost and proxy-*-timeout annotations add to each of its routes
 * (ingress-nginx applies them per location). Only keys the target honours reach the IR: the others
 * were reported (an error for upstream-vhost, a warning for a timeout) by annotation-support.ts.
 */
export function upstreamExtras(ing, target) {
    const { vhost, timeouts } = ing.upstream;
    const out = {};
    if (vhost !== undefined && supportOf('upstream-vhost', target)) {
        const f = { type: 'RequestHeaderModifier', set: [{ name: 'Host', value: vhost }] };
        out.filters = [f];
    }
    const t = {};
    if (timeouts.connect !== undefined && supportOf('proxy-connect-timeout', target))
        t.connect = timeouts.connect;
    if (timeouts.send !== undefined && supportOf('proxy-send-timeout', target))
        t.send = timeouts.send;
    if (timeouts.read !== undefined && supportOf('proxy-read-timeout', target))
        t.read = timeouts.read;
    const p = { ...(Object.keys(t).length > 0 ? { timeouts: t } : {}), ...trafficPolicies(ing, target), ...tuningPolicy(ing, target) };
    if (Object.keys(p).length > 0)
        out.policies = p;
    return out;
}
