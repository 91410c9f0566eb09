import { hasSourceRange, routesOf } from '../../ir/types.js';
import { backendName } from './backends.js';
import { settingsOf } from '../upstream-variants.js';
import { cfgWord } from './quote.js';
import { canaryTwin } from './canary.js';
/** What HAProxy enforces per route (client-body-buffer-size is nginx tuning: not here). */
const enforced = (p) => hasSourceRange(p) || (p?.maxBodyBytes ?? 0) > 0;
const keyOf = (r) => {
    const v = settingsOf(r);
    const t = v.timeouts;
    return JSON.stringify([r.upstream, r.policies?.sourceDeny ?? null, r.policies?.sourceAllow ?? null, r.policies?.maxBodyBytes || null, v.host ?? null, t?.connect ?? null, t?.send ?? null, t?.read ?? null]);
};
export function policyBackends(ir) {
    const upstreams = new Map(ir.upstreams.map((u) => [u.id, u]));
    const byKey = new Map();
    const list = [];
    for (const vh of ir.vhosts) {
        // Regex-mode routes too (their Host is set in the frontend, and again, the same value, here); a
        // route with a canary also gets a twin with the canary's upstream (canary.ts).
        for (const r of routesOf(vh).flatMap((x) => (x.canary ? [x, canaryTwin(x)] : [x]))) {
            if (!enforced(r.policies))
                continue;
            const key = keyOf(r);
            if (byKey.has(key))
                continue;
            const u = upstreams.get(r.upstream);
            if (!u)
                throw new Error(`haproxy: route names unknown upstream ${r.upstream}`);
            const n = list.length + 1;
            const pb = {
                name: `p${n}.${backendName(r.upstream)}`,
                upstream: u,
                policies: r.policies,
                settings: settingsOf(r),
                files: { ...(r.policies.sourceDeny ? { deny: `acl/p${n}.deny.lst` } : {}), ...(r.policies.sourceAllow ? { allow: `acl/p${n}.allow.lst` } : {}) },
            };
            byKey.set(key, pb);
            list.push(pb);
        }
    }
    const backendOf = (r) => (enforced(r.policies) ? byKey.get(keyOf(r)).name : backendName(r.upstream));
    return { backendOf, has: (r) => enforced(r.policies), list };
}
/** The backend's access rules: deny-list first, then the allow-list, as ingress-nginx orders them. */
export function policyRules(pb) {
    const out = [];
    // proxy-body-size, on the declared Content-Length (nginx checks it first too, before access); a
    // chunked body is not counted (support.ts: partial).
    const max = pb.policies.maxBodyBytes ?? 0;
    if (max > 0)
        out.push(`http-request deny deny_status 413 if { req.hdr_val(content-length) gt ${max} }`);
    if (pb.files.deny)
        out.push(`http-request deny deny_status 403 if { src -f ${cfgWord(pb.files.deny)} }`);
    if (pb.files.allow)
        out.push(`http-request deny deny_status 403 unless { src -f ${cfgWord(pb.files.allow)} }`);
    return out;
}
/** One CIDR per line; each passes the config-word check (digits, hex, ".", ":", "/"). */
export function patternFile(cidrs) {
    return cidrs.map((c) => `${cfgWord(c)}\n`).join('');
}
