import { hasSourceRange, routesOf } from '../../ir/types.js';
import { backendName } from './backends.js';
import { settingsOf } from '../upstream-variants.js';
import { cfgWord } from './quote.js';
import { limitTables } from './limits.js';
import { canaryTwin } from './canary.js';
import { affinityRules, corsRules } from './traffic.js';
import { basicAuthRules } from './auth.js';
import { extAuthRules, haproxyExtAuthId } from './ext-auth.js';
import { satisfyAnyWithExternal } from './satisfy.js';
import { SILENT } from './quiet.js';
/** What HAProxy enforces per route (client-body-buffer-size is nginx tuning: not here). */
const enforced = (p) => hasSourceRange(p) ||
    (p?.maxBodyBytes ?? 0) > 0 ||
    p?.limits !== undefined ||
    p?.cors !== undefined ||
    p?.affinity !== undefined ||
    p?.accessLog === false ||
    p?.basicAuth !== undefined ||
    p?.externalAuth !== undefined;
const keyOf = (r) => {
    const v = settingsOf(r);
    const t = v.timeouts;
    const p = r.policies;
    const b = p?.basicAuth;
    return JSON.stringify([
        r.upstream, p?.sourceDeny ?? null, p?.sourceAllow ?? null, p?.maxBodyBytes || null, p?.limits ?? null, v.host ?? null, t?.connect ?? null, t?.send ?? null, t?.read ?? null,
        p?.cors ?? null, p?.affinity ?? null, p?.accessLog ?? null, v.headers ?? null, v.acceptAs ?? null, v.responseRewrites ?? null, v.responseHeaders ?? null,
        b ? [b.secret, b.realm] : null, p?.satisfy ?? null, p?.externalAuth ? haproxyExtAuthId(p.externalAuth) : null, v.retry ?? null, v.bufferRequest ?? null,
    ]);
};
export function policyBackends(ir) {
    const upstreams = new Map(ir.upstreams.map((u) => [u.id, u]));
    const byKey = new Map();
    const list = [];
    const limits = limitTables(ir);
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
                limitRules: limits.rules(r.policies),
            };
            byKey.set(key, pb);
            list.push(pb);
        }
    }
    const backendOf = (r) => (enforced(r.policies) ? byKey.get(keyOf(r)).name : backendName(r.upstream));
    return { backendOf, has: (r) => enforced(r.policies), list, limits };
}
/** The backend's access rules: deny-list first, then the allow-list, as ingress-nginx orders them. */
export function policyRules(pb) {
    // enable-access-log: "false": the frontend writes no log line for this request, whichever rule
    // below answers it (nginx's access_log off covers its location's 413, 403 and preflight too).
    const out = pb.policies.accessLog === false ? [SILENT] : [];
    // proxy-body-size, on the declared Content-Length (nginx checks it first too, before access); a
    // chunked body is not counted (support.ts: partial).
    const max = pb.policies.maxBodyBytes ?? 0;
    if (max > 0)
        out.push(`http-request deny deny_status 413 if { req.hdr_val(content-length) gt ${max} }`);
    // CORS answers a preflight in nginx's rewrite phase, before its limit_req/limit_conn (preaccess)
    // and allow/deny (access).
    out.push(...corsRules(pb.policies.cors), ...affinityRules(pb.policies.affinity));
    out.push(...pb.limitRules);
    // satisfy any: the address alone no longer refuses (the authentication rules admit it instead).
    const addressRefuses = pb.policies.satisfy !== 'any' || !(pb.policies.basicAuth || pb.policies.externalAuth);
    if (pb.files.deny && addressRefuses)
        out.push(`http-request deny deny_status 403 if { src -f ${cfgWord(pb.files.deny)} }`);
    if (pb.files.allow && addressRefuses)
        out.push(`http-request deny deny_status 403 unless { src -f ${cfgWord(pb.files.allow)} }`);
    // satisfy any with auth-url (satisfy.ts): the auth service is asked only when nothing else admits.
    if (pb.policies.satisfy === 'any' && pb.policies.externalAuth)
        return [...out, ...satisfyAnyWithExternal(pb.policies, pb.files, pb.upstream.endpoints.length === 0)];
    out.push(...basicAuthRules(pb.policies, pb.files));
    const ext = extAuthRules(pb.policies, pb.upstream.endpoints.length === 0);
    out.push(...ext.request, ...ext.response);
    return out;
}
/** One CIDR per line; each passes the config-word check (digits, hex, ".", ":", "/"). */
export function patternFile(cidrs) {
    return cidrs.map((c) => `${cfgWord(c)}\n`).join('');
}
