import { analyzeInputs, emitOptions } from './compile.js';
import { Diagnostics, makeDiagnostic, sortDiagnostics } from './diagnostics/collector.js';
import { getEmitter, registeredTargets } from './emit/registry.js';
/** Diagnostics lint never shows: kinds ingressc does not read pass through silently, and an input without Ingress is fine. */
const SILENT = new Set(['IC1004', 'IC1006']);
/**
 * Validates without producing output. Made for whole repositories and pre-commit: inputs without
 * any Ingress are fine, other kinds (Deployments, ConfigMaps, CRDs…) pass silently, and files that
 * are not Kubernetes manifests at all, templates and kustomize patches are skipped (the classifier
 * compile uses). A TLS Secret that is not in the inputs is normal in a repository (IC5020, info).
 */
export function lint(sources, opts = {}) {
    const { targets = [], context = [], ...rest } = opts;
    const items = [];
    const available = registeredTargets();
    for (const t of [...new Set(targets)]) {
        if (!available.includes(t))
            items.push(makeDiagnostic('IC5101', undefined, { target: t, available: available.join(', ') }));
    }
    if (items.length)
        return { ok: false, diagnostics: items, checked: [], skipped: [] };
    // Annotation support is decided per target in lowering: the first target drives the analysis
    // (nginx when none is named), and each other target's support findings are added below.
    const wanted = [...new Set(targets)].sort();
    const { analysis, checked, skipped } = analyzeInputs(sources, { ...rest, ...(wanted[0] ? { target: wanted[0] } : {}) }, context);
    const { ir, options, diags } = analysis;
    const missing = new Map((ir?.certificates ?? []).filter((c) => c.certPem === undefined).map((c) => [`${c.origin.file}:${c.origin.line}:${c.origin.col}`, c]));
    for (const d of diags.items) {
        if (SILENT.has(d.code))
            continue;
        const cert = d.code === 'IC3003' && d.loc ? missing.get(`${d.loc.file}:${d.loc.line}:${d.loc.col}`) : undefined;
        if (cert)
            items.push(makeDiagnostic('IC5020', d.loc, { secret: `${cert.namespace}/${cert.secretName}`, id: cert.id }));
        else
            items.push(d);
    }
    for (const t of wanted.slice(1)) {
        for (const d of analyzeInputs(sources, { ...rest, target: t }, context).analysis.diags.items)
            if (d.target === t && (d.code.startsWith('IC21') || d.code.startsWith('IC315')))
                items.push(d);
    }
    if (ir && options && !diags.hasErrors()) {
        for (const t of wanted) {
            const td = new Diagnostics();
            getEmitter(t).emit(ir, { diagnostics: td, options: emitOptions(options) });
            for (const d of td.items)
                items.push({ ...d, target: t });
        }
    }
    return { ok: !items.some((d) => d.severity === 'error'), diagnostics: sortDiagnostics(items), checked, skipped };
}
