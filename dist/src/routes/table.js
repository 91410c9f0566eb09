import { analyze } from '../compile.js';
import { sortDiagnostics } from '../diagnostics/collector.js';
import { upstreamConnection } from '../ir/match.js';
export const backendName = (u, id) => {
    if (!u)
        return id;
    const via = upstreamConnection(u);
    return `${u.namespace}/${u.service}:${u.port}${via ? ` (${via})` : ''}`;
};
/** The IR's route table, in precedence order per host (exact paths, then longest prefix first, then the fallback). */
export function routeRows(ir) {
    const ups = new Map(ir.upstreams.map((u) => [u.id, u]));
    const rows = [];
    const tlsOf = (vh) => vh.tls ? { tls: vh.tls.sslRedirect ? 'redirect' : 'https', ...(vh.tls.certificate ? { certificate: vh.tls.certificate } : {}) } : { tls: 'none' };
    for (const vh of ir.vhosts) {
        for (const r of vh.pathOrder === 'regex-first-match' ? (vh.ordered ?? []) : [...vh.exact, ...vh.prefix]) {
            const c = r.canary;
            const canary = c
                ? {
                    canary: {
                        backend: backendName(ups.get(c.upstream), c.upstream),
                        upstream: c.upstream,
                        ingress: c.ingress,
                        ...(r.policies?.affinity || c.affinity ? { affinity: { ...(r.policies?.affinity ? { main: r.policies.affinity.cookie } : {}), ...(c.affinity ? { canary: c.affinity.cookie } : {}) } } : {}),
                        ...(c.header ? { header: c.header } : {}),
                        ...(c.cookie !== undefined ? { cookie: c.cookie } : {}),
                        weight: c.weight,
                        weightTotal: c.weightTotal,
                    },
                }
                : {};
            rows.push({ host: vh.name, hostKind: vh.kind, path: r.path, match: r.match, pathType: r.pathType, backend: backendName(ups.get(r.upstream), r.upstream), upstream: r.upstream, ...tlsOf(vh), ingress: r.ingress, origin: r.origin, ...canary });
        }
        if (vh.fallback) {
            rows.push({ host: vh.name, hostKind: vh.kind, path: '', match: 'Fallback', backend: backendName(ups.get(vh.fallback), vh.fallback), upstream: vh.fallback, ...tlsOf(vh), ...(vh.fallbackOrigin ? { origin: vh.fallbackOrigin } : {}) });
        }
    }
    // ssl-passthrough: HTTPS for the host never reaches the rows above (plain HTTP still does).
    for (const p of ir.passthrough ?? []) {
        rows.push({ host: p.host, hostKind: 'exact', path: '', match: 'Passthrough', backend: backendName(ups.get(p.upstream), p.upstream), upstream: p.upstream, tls: 'passthrough', ingress: p.ingress, origin: p.origin });
    }
    if (ir.defaultUpstream) {
        const u = ups.get(ir.defaultUpstream);
        rows.push({ host: '', hostKind: 'default', path: '', match: 'Default', backend: backendName(u, ir.defaultUpstream), upstream: ir.defaultUpstream, tls: 'none', ...(u ? { origin: u.origin } : {}) });
    }
    return rows;
}
/** parse → validate → lower, then the route table. Pure, like compile. */
export function routes(sources, options = {}) {
    const { ir, diags } = analyze(sources, options);
    const diagnostics = sortDiagnostics(diags.items);
    if (!ir || diags.hasErrors())
        return { ok: false, rows: [], diagnostics };
    return { ok: true, rows: routeRows(ir), ir, diagnostics };
}
