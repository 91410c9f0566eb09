import { routesOf } from '../../ir/types.js';
import { cfgName, cfgWord } from './quote.js';
import { Section } from './section.js';
/** The window (ms) and count of a bucket: (burst + 1) requests per (burst + 1) / rate periods. */
export function slidingWindow(b, periodMs) {
    const count = b.burst + 1;
    return { windowMs: Math.max(1, Math.ceil((count * periodMs) / b.rate)), count };
}
/** The statuses HAProxy 2.6 has an error page for (`deny deny_status` takes only these). */
const ERROR_PAGES = new Set([400, 401, 403, 404, 405, 407, 408, 410, 413, 421, 422, 425, 429, 500, 501, 502, 503, 504]);
/** The refusing action: a deny with HAProxy's error page of that status, or a bare `return` for a status it has none for. */
const refuse = (status = 503) => (ERROR_PAGES.has(status) ? `http-request deny deny_status ${status}` : `http-request return status ${status}`);
export function limitTables(ir) {
    const byKey = new Map();
    for (const vh of ir.vhosts)
        for (const r of routesOf(vh))
            if (r.policies?.limits)
                byKey.set(r.policies.limits.key, r.policies.limits);
    const keys = [...byKey.keys()].sort();
    const index = new Map(keys.map((k, i) => [k, i + 1]));
    const sections = [];
    const files = [];
    for (const key of keys) {
        const l = byKey.get(key);
        const n = index.get(key);
        const tables = [];
        if (l.connections !== undefined)
            tables.push({ name: `lim${n}.conn`, lines: ['stick-table type ipv6 size 100k expire 10m store conn_cur'] });
        for (const [suffix, b, period] of [['rpm', l.perMinute, 60_000], ['rps', l.perSecond, 1000]]) {
            if (!b)
                continue;
            const { windowMs } = slidingWindow(b, period);
            tables.push({ name: `lim${n}.${suffix}`, lines: [`stick-table type ipv6 size 100k expire ${windowMs * 2}ms store gpc(1),gpc_rate(1,${windowMs}ms)`] });
        }
        for (const t of tables) {
            const s = new Section(`backend ${cfgName(t.name)}`);
            t.lines.forEach((x) => s.line(x));
            sections.push(s);
        }
        if (l.exempt?.length)
            files.push({ path: `acl/lim${n}.exempt.lst`, content: l.exempt.map((c) => `${cfgWord(c)}\n`).join('') });
    }
    const rules = (p) => {
        const l = p.limits;
        if (!l)
            return [];
        const n = index.get(l.key);
        const unless = l.exempt?.length ? ` unless { src -f ${cfgWord(`acl/lim${n}.exempt.lst`)} }` : '';
        const out = [];
        if (l.connections !== undefined) {
            out.push(`http-request track-sc2 src table ${cfgName(`lim${n}.conn`)}${unless}`);
            out.push(`${refuse(ir.limitStatus?.connections)} if { sc_conn_cur(2) gt ${l.connections} }`);
        }
        const buckets = [['rpm', l.perMinute, 60_000, 1], ['rps', l.perSecond, 1000, 0]].filter(([, b]) => b !== undefined);
        for (const [suffix, , , sc] of buckets)
            out.push(`http-request track-sc${sc} src table ${cfgName(`lim${n}.${suffix}`)}${unless}`);
        for (const [, b, period, sc] of buckets)
            out.push(`${refuse(ir.limitStatus?.requests)} if { sc_gpc_rate(0,${sc}) ge ${slidingWindow(b, period).count} }`);
        for (const [, , , sc] of buckets)
            out.push(`http-request sc-inc-gpc(0,${sc})`);
        return out;
    };
    return { sections, files, rules };
}
