import { supportOf } from '../support.js';
import { CONFIGMAP_KEYS } from './keys.js';
import { EQUIVALENT, HONOURED_KEYS } from './support.js';
const OTHERWISE = { access: 'error', routing: 'error', tuning: 'warning', snippet: 'refused' };
/** What `compile --target T --controller-config` does with each ConfigMap key set to a value other than ingress-nginx's default. */
export function configMatrix(targets) {
    return CONFIGMAP_KEYS.map((k) => ({
        key: k.key,
        family: k.family,
        kind: k.kind,
        ...(k.annotation ? { annotation: k.annotation } : {}),
        targets: Object.fromEntries(targets.map((t) => {
            const eq = EQUIVALENT[k.key];
            if (eq)
                return [t, eq.level === 'supported' ? { level: 'supported' } : { level: 'partial', note: eq.note }];
            const s = HONOURED_KEYS.has(k.key) && k.annotation ? supportOf(k.annotation, t) : undefined;
            return [t, s ? { level: s.level, ...(s.note ? { note: s.note } : {}) } : { level: 'unsupported', otherwise: OTHERWISE[k.kind] }];
        })),
    }));
}
const cellText = (c) => (c.level === 'unsupported' ? `no (${c.otherwise})` : c.level === 'partial' ? 'partial¹' : 'yes');
function notes(rows, targets) {
    const out = [];
    for (const r of rows) {
        const byNote = new Map();
        for (const t of targets) {
            const n = r.targets[t]?.note;
            if (n)
                byNote.set(n, [...(byNote.get(n) ?? []), t]);
        }
        for (const [note, ts] of byNote)
            out.push({ key: r.key, targets: ts, note });
    }
    return out;
}
export function renderConfigMatrixMarkdown(rows, targets) {
    const head = `| ConfigMap key | family | kind | ${targets.join(' | ')} |\n|---|---|---|${targets.map(() => '---|').join('')}\n`;
    const body = rows.map((r) => `| \`${r.key}\` | ${r.family} | ${r.kind} | ${targets.map((t) => cellText(r.targets[t])).join(' | ')} |\n`).join('');
    const ns = notes(rows, targets);
    return head + body + (ns.length ? `\n¹ partial:\n${ns.map((n) => `- \`${n.key}\` (${n.targets.join(', ')}): ${n.note}\n`).join('')}` : '');
}
export function renderConfigMatrixTable(rows, targets) {
    const lines = [['CONFIGMAP KEY', 'KIND', ...targets.map((t) => t.toUpperCase())], ...rows.map((r) => [r.key, r.kind, ...targets.map((t) => cellText(r.targets[t]))])];
    const widths = lines[0].map((_, i) => Math.max(...lines.map((l) => l[i].length)));
    const text = lines.map((l) => l.map((c, i) => (i === l.length - 1 ? c : c.padEnd(widths[i]))).join('  ')).join('\n') + '\n';
    const ns = notes(rows, targets);
    return text + (ns.length ? `\n¹ partial:\n${ns.map((n) => `  ${n.key} (${n.targets.join(', ')}): ${n.note}\n`).join('')}` : '');
}
