import { NGINX_ANNOTATIONS } from './keys.js';
import { NGINX_PREFIX } from './read.js';
import { supportOf, unsupportedWhy } from './support.js';
/** What compile does with a key no support row covers, by kind. */
export const OTHERWISE = { access: 'error', routing: 'error', tuning: 'warning', snippet: 'refused' };
/** The support matrix, straight from the provider's registry (the README's table is generated from it). */
export function annotationMatrix(targets) {
    return NGINX_ANNOTATIONS.map((a) => ({
        annotation: NGINX_PREFIX + a.key,
        family: a.family,
        kind: a.kind,
        targets: Object.fromEntries(targets.map((t) => {
            const s = a.kind === 'snippet' ? undefined : supportOf(a.key, t);
            const why = s ? undefined : unsupportedWhy(a.key, t);
            return [t, s ? { level: s.level, ...(s.note ? { note: s.note } : {}) } : { level: 'unsupported', otherwise: OTHERWISE[a.kind], ...(why ? { note: why } : {}) }];
        })),
    }));
}
const cellText = (c) => (c.level === 'unsupported' ? `no (${c.otherwise})${c.note ? '¹' : ''}` : c.level === 'partial' ? 'partial¹' : 'yes');
/** Cells' notes (partial: what differs; unsupported: "not supported: " and why), one per distinct note with its targets. */
function notes(rows, targets) {
    const out = [];
    for (const r of rows) {
        const byNote = new Map();
        for (const t of targets) {
            const c = r.targets[t];
            const n = c?.note && (c.level === 'unsupported' ? `not supported: ${c.note}` : c.note);
            if (n)
                byNote.set(n, [...(byNote.get(n) ?? []), t]);
        }
        for (const [note, ts] of byNote)
            out.push({ key: r.key, targets: ts, note });
    }
    return out;
}
/** The Markdown table of a matrix (annotations, ConfigMap keys) with its partial notes; `column` heads the key column. */
export function cellsMarkdown(column, rows, targets) {
    const head = `| ${column} | family | kind | ${targets.join(' | ')} |\n|---|---|---|${targets.map(() => '---|').join('')}\n`;
    const body = rows.map((r) => `| \`${r.key}\` | ${r.family} | ${r.kind} | ${targets.map((t) => cellText(r.targets[t])).join(' | ')} |\n`).join('');
    const ns = notes(rows, targets);
    return head + body + (ns.length ? `\n¹ partial (what differs), or not supported (why):\n${ns.map((n) => `- \`${n.key}\` (${n.targets.join(', ')}): ${n.note}\n`).join('')}` : '');
}
/** The plain-text table of a matrix with its partial notes; `column` heads the name column. */
export function cellsTable(column, rows, targets) {
    const lines = [[column, 'KIND', ...targets.map((t) => t.toUpperCase())], ...rows.map((r) => [r.shown, r.kind, ...targets.map((t) => cellText(r.targets[t]))])];
    const widths = lines[0].map((_, i) => Math.max(...lines.map((l) => l[i].length)));
    const text = lines.map((l) => l.map((c, i) => (i === l.length - 1 ? c : c.padEnd(widths[i]))).join('  ')).join('\n') + '\n';
    const ns = notes(rows, targets);
    return text + (ns.length ? `\n¹ partial (what differs), or not supported (why):\n${ns.map((n) => `  ${n.key} (${n.targets.join(', ')}): ${n.note}\n`).join('')}` : '');
}
const cellRows = (rows) => rows.map((r) => ({ key: r.annotation.slice(NGINX_PREFIX.length), shown: r.annotation, family: r.family, kind: r.kind, targets: r.targets }));
export function renderMatrixMarkdown(rows, targets) {
    return cellsMarkdown('annotation', cellRows(rows), targets);
}
export function renderMatrixTable(rows, targets) {
    return cellsTable('ANNOTATION', cellRows(rows), targets);
}
