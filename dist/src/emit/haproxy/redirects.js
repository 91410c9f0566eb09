import { isQuiet, locationIsPath } from '../../ir/types.js';
import { backendName, NOT_FOUND_BACKEND } from './backends.js';
import { vhostKey } from './maps.js';
import { cfgName, HaproxyQuoteError, mapKey, mapValue } from './quote.js';
import { compareStrings } from '../../util/compare.js';
import { Section } from './section.js';
import { plainHttpCondition } from './forwarded-headers.js';
import { SILENT } from './quiet.js';
/**
 * RequestRedirect filters (docs/ir-v2.md) as backends. A route that always redirects
 * (permanent/temporal-redirect, app-root) goes to `rd<N>`, a backend whose only rule is the
 * redirect. A route that redirects plain HTTP only (per-location ssl-redirect) goes to
 * `h<N>.<backend>`: a copy of its backend with the redirect as first rule, so HTTPS requests are
 * served as before. The fallback of a vhost with a fallbackRedirect gets such a copy too.
 */
export class RedirectBackends {
    ir;
    byKey = new Map();
    sections = [];
    n = 0;
    constructor(ir) {
        this.ir = ir;
    }
    /** The backend a route's requests go to, given the one it would use without redirects. */
    backendOf(r, base) {
        // enable-access-log "false": the route's redirects are its answers too, unlogged (quiet.ts).
        const quiet = isQuiet(r);
        const always = r.filters?.find((f) => f.type === 'RequestRedirect' && !f.plainHttpOnly);
        if (always) {
            const rule = redirectRule(always, this.ir);
            return this.named(`always ${quiet ? 'quiet ' : ''}${rule}`, () => `rd${++this.n}`, quiet ? [SILENT, rule] : [rule]);
        }
        const https = r.filters?.find((f) => f.type === 'RequestRedirect' && f.plainHttpOnly === true);
        return https ? this.copyOf(base, https, quiet) : base;
    }
    copyOf(base, f, quiet = false) {
        const rule = `${redirectRule(f, this.ir)} if ${plainHttpCondition(this.ir)}`;
        // A quiet route's base already starts with SILENT, but after the redirect: it comes first again.
        return this.named(`copy ${quiet ? 'quiet ' : ''}${base} ${rule}`, () => `h${++this.n}.${base}`, quiet ? [SILENT, rule] : [rule], base);
    }
    copies = [];
    named(key, name, rules, base) {
        let got = this.byKey.get(key);
        if (got === undefined) {
            got = cfgName(name());
            this.byKey.set(key, got);
            if (base === undefined) {
                const s = new Section(`backend ${got}`);
                for (const l of rules)
                    s.line(l);
                this.sections.push(s);
            }
            else
                this.copies.push({ name: got, base, first: rules });
        }
        return got;
    }
    /** The fallback map entry of a vhost whose fallback redirects plain HTTP first. */
    fallback(maps, vh) {
        if (!vh.fallbackRedirect)
            return;
        const vk = mapKey(vhostKey(vh));
        const base = vh.fallback !== undefined ? backendName(vh.fallback) : NOT_FOUND_BACKEND;
        const value = mapValue(vh.fallbackRedirect.plainHttpOnly ? this.copyOf(base, vh.fallbackRedirect) : this.named(`always ${redirectRule(vh.fallbackRedirect, this.ir)}`, () => `rd${++this.n}`, [redirectRule(vh.fallbackRedirect, this.ir)]));
        maps.fallback = [...maps.fallback.filter((e) => e.key !== vk), { key: vk, value, origin: vh.fallbackOrigin ?? vh.origin }].sort((a, b) => compareStrings(a.key, b.key));
    }
    /** The redirect backends, the copies rendered from `backends` (by name). */
    render(backends) {
        const byName = new Map(backends.map((s) => [s.header.replace(/^backend /, ''), s]));
        const out = [...this.sections];
        for (const c of this.copies) {
            const base = byName.get(c.base);
            if (!base)
                throw new HaproxyQuoteError(`haproxy: redirect copy of unknown backend ${c.base}`);
            out.push(base.copy(`backend ${c.name}`, c.first));
        }
        return { sections: out, names: out.map((s) => s.header.replace(/^backend /, '')) };
    }
}
/** ":<port>" of the HTTPS listener, unless it is 443. */
const httpsPort = (ir) => (ir.listen.https.port === 443 ? '' : `:${ir.listen.https.port}`);
/** The request target as received (txn.pathq), without a final "/" when asked. */
export const targetFormat = (strip) => (strip ? '%[var(txn.pathq),regsub(/$,)]' : '%[var(txn.pathq)]');
/**
 * One `http-request redirect location` rule. User text (a URL, an app-root path) is written in
 * single quotes after a check: no quote, no space, no "%" (log-format tags), nothing outside
 * printable ASCII; the emitter's own tags are the only "%" in the format.
 */
export function redirectRule(f, ir) {
    let fmt;
    // A path is made absolute as nginx does: the connection's scheme, txn.host (lowercased, no port).
    if (f.location !== undefined)
        fmt = locationIsPath(f) && !f.relative ? `%[ssl_fc,iif(https,http)]://%[var(txn.host)]${literal(f.location)}` : literal(f.location);
    else if (f.hostname !== undefined)
        fmt = `%[ssl_fc,iif(https,http)]://${literal(f.hostname)}:%[dst_port]${f.path ? literal(f.path.value) : targetFormat(f.stripTrailingSlash === true)}`;
    else if (f.scheme === 'https')
        fmt = `https://%[var(txn.host)]${httpsPort(ir)}${f.path ? literal(f.path.value) : targetFormat(f.stripTrailingSlash === true)}`;
    else if (f.path)
        fmt = `%[ssl_fc,iif(https,http)]://%[req.hdr(host)]${literal(f.path.value)}`;
    else
        throw new HaproxyQuoteError('haproxy: RequestRedirect without location, scheme or path');
    return `http-request redirect location '${fmt}' code ${f.statusCode}`;
}
function literal(s) {
    if (!/^[!-~]+$/.test(s) || /['%\\]/.test(s))
        throw new HaproxyQuoteError(`haproxy: refusing redirect text ${JSON.stringify(s)}: a quote, "%", "\\", space or non-ASCII character`);
    return s;
}
