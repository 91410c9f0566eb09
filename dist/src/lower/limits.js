import { DEFAULT_BURST_MULTIPLIER } from '../providers/ingress-nginx/families/limits.js';
import { supportOf } from '../providers/ingress-nginx/support.js';
/**
 * ingress-nginx's ratelimit annotations as route policies: one set of counters per Ingress (its
 * zones are named after the Ingress), burst = limit × multiplier, limit-whitelist exempting
 * clients from all three limits, 0 meaning "no limit". Only what the target honours reaches the
 * IR; a key it cannot honour was already refused (access kind: IC2101) by annotation-support.ts.
 */
export function limitPolicies(ing, target) {
    const s = ing.features.limits;
    if (!s)
        return {};
    const on = (key) => supportOf(key, target) !== undefined;
    const mult = s.burstMultiplier ?? DEFAULT_BURST_MULTIPLIER;
    const out = {};
    const l = { key: ing.id };
    if ((s.connections ?? 0) > 0 && on('limit-connections'))
        l.connections = s.connections;
    if ((s.rpm ?? 0) > 0 && on('limit-rpm'))
        l.perMinute = { rate: s.rpm, burst: s.rpm * mult };
    if ((s.rps ?? 0) > 0 && on('limit-rps'))
        l.perSecond = { rate: s.rps, burst: s.rps * mult };
    const limited = l.connections !== undefined || l.perMinute !== undefined || l.perSecond !== undefined;
    // The limited broadcast address is never a TCP peer (and nginx's geo cannot parse it): dropping it changes no one's limit.
    const exempt = s.whitelist?.filter((c) => c !== '255.255.255.255/32');
    if (limited && exempt?.length && on('limit-whitelist'))
        l.exempt = exempt;
    if (limited)
        out.limits = l;
    const b = { rateKiB: on('limit-rate') ? (s.rate ?? 0) : 0, afterKiB: on('limit-rate-after') ? (s.rateAfter ?? 0) : 0 };
    // limit_rate_after alone changes nothing: nginx only throttles with a rate.
    if (b.rateKiB > 0)
        out.bandwidth = b;
    return out;
}
/**
 * ingress-nginx's limit-rate and limit-rate-after "must be used with proxy-buffering enabled"
 * (annotations.md): with proxy-buffering off, its default, nginx passes the response on unbuffered
 * and unthrottled. Reproducing that would give a route that looks limited and is not; refusing it
 * (IC3161, at the annotation) fails closed and names the fix.
 */
export function checkBandwidthBuffering(ing, target, diags) {
    const b = limitPolicies(ing, target).bandwidth;
    if (!b || ing.features.upstreamTuning?.buffering === true)
        return;
    const use = ing.annotationUses.find((u) => u.name === 'limit-rate');
    diags.report('IC3161', use?.ref ?? ing.ref, { ingress: ing.id, rate: b.rateKiB }, { field: use ? `metadata.annotations[${JSON.stringify(use.key)}]` : 'metadata.annotations', target });
}
/** The Ingress's limits added to the extras every route of it carries. */
export function withLimits(extras, ing, target) {
    const p = limitPolicies(ing, target);
    if (!p.limits && !p.bandwidth)
        return extras;
    return { ...extras, policies: { ...(extras.policies ?? {}), ...p } };
}
/**
 * A defaultBackend becomes a fallback or the default server, which carry no policies in the IR: an
 * Ingress with limits cannot hand one out unlimited (fail closed, as IC3070 for source ranges).
 * Reports unless `reported` (IC3070 already refused it). True when the backend must not be used.
 */
export function limitedDefaultBackend(ing, target, diags, reported) {
    if (!ing.defaultBackend || limitPolicies(ing, target).limits === undefined)
        return false;
    if (!reported)
        diags.report('IC3160', ing.defaultBackend.ref, { ingress: ing.id });
    return true;
}
