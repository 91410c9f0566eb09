import { createHash } from 'node:crypto';
import { routesOf } from '../../ir/types.js';
import { nginxQuote } from './quote.js';
/**
 * Request limits as ingress-nginx writes them: per Ingress, limit_req_zone / limit_conn_zone at
 * http level keyed by the client address ($binary_remote_addr: the TCP peer), an exempt client
 * getting the empty key (nginx does not count it); per location `limit_conn`, then
 * `limit_req ... nodelay` for the minute and the second. The refusal status is nginx's default,
 * 503 (ingress-nginx's limit-req-status-code and limit-conn-status-code default), or the http
 * block's limit_req_status / limit_conn_status (RouteTable.limitStatus), as nginx.tmpl writes them.
 */
/** Zone stem of one counter set: a hash of the key, so any Ingress name gives a plain word. */
const stem = (key) => `ingressc_${createHash('sha256').update(key).digest('hex').slice(0, 12)}`;
/** ingress-nginx's zone size (5m: about 80 000 client addresses). */
const ZONE_SIZE = '5m';
/** The http-level geo/map/zone directives of every counter set any route uses (sorted by key), and the refusal statuses. */
export function limitZones(w, ir) {
    if (ir.limitStatus?.requests !== undefined)
        w.line(`limit_req_status ${ir.limitStatus.requests};`);
    if (ir.limitStatus?.connections !== undefined)
        w.line(`limit_conn_status ${ir.limitStatus.connections};`);
    const byKey = new Map();
    for (const vh of ir.vhosts)
        for (const r of routesOf(vh))
            if (r.policies?.limits)
                byKey.set(r.policies.limits.key, r.policies.limits);
    for (const key of [...byKey.keys()].sort()) {
        const l = byKey.get(key);
        const s = stem(key);
        let keyVar = '$binary_remote_addr';
        if (l.exempt?.length) {
            w.block(`geo $${s}_exempt`, () => {
                w.line('default 0;');
                for (const c of l.exempt)
                    w.line(`${nginxQuote(c)} 1;`);
            });
            w.line(`map $${s}_exempt $${s}_key { 0 $binary_remote_addr; 1 ""; }`);
            keyVar = `$${s}_key`;
        }
        if (l.connections !== undefined)
            w.line(`limit_conn_zone ${keyVar} zone=${s}_conn:${ZONE_SIZE};`);
        if (l.perMinute)
            w.line(`limit_req_zone ${keyVar} zone=${s}_rpm:${ZONE_SIZE} rate=${l.perMinute.rate}r/m;`);
        if (l.perSecond)
            w.line(`limit_req_zone ${keyVar} zone=${s}_rps:${ZONE_SIZE} rate=${l.perSecond.rate}r/s;`);
    }
}
/** A location's limit directives (ingress-nginx's order: connections, per minute, per second, bandwidth). */
export function limitLines(p) {
    const out = [];
    const l = p.limits;
    if (l) {
        const s = stem(l.key);
        if (l.connections !== undefined)
            out.push(`limit_conn ${s}_conn ${l.connections};`);
        if (l.perMinute)
            out.push(`limit_req zone=${s}_rpm burst=${l.perMinute.burst} nodelay;`);
        if (l.perSecond)
            out.push(`limit_req zone=${s}_rps burst=${l.perSecond.burst} nodelay;`);
    }
    if (p.bandwidth) {
        if (p.bandwidth.afterKiB > 0)
            out.push(`limit_rate_after ${p.bandwidth.afterKiB}k;`);
        out.push(`limit_rate ${p.bandwidth.rateKiB}k;`);
    }
    return out;
}
