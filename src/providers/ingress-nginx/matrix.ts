import type { TargetName } from '../../diagnostics/types.js';
import { NGINX_ANNOTATIONS, type AnnotationKind } from './keys.js';
import { NGINX_PREFIX } from './read.js';
import { supportOf, unsupportedWhy } from './support.js';

/** One cell of the support matrix: what `compile --target T` does with the annotation. */
export interface MatrixCell {
  level: 'supported' | 'partial' | 'unsupported';
  /** What compile does when unsupported: fail (access, routing), warn (tuning), refuse (snippets). */
  otherwise?: 'error' | 'warning' | 'refused';
  /** For 'partial': what differs; for 'unsupported': why there is no row, where the family says. */
  note?: string;
}

export interface MatrixRow {
  annotation: string;
  family: string;
  kind: AnnotationKind;
  targets: Partial<Record<TargetName, MatrixCell>>;
}

/** What compile does with a key no support row covers, by kind. */
export const OTHERWISE: Record<AnnotationKind, MatrixCell['otherwise']> = { access: 'error', routing: 'error', tuning: 'warning', snippet: 'refused' };

/** The support matrix, straight from the provider's registry (the README's table is generated from it). */
export function annotationMatrix(targets: readonly TargetName[]): MatrixRow[] {
  return NGINX_ANNOTATIONS.map((a) => ({
    annotation: NGINX_PREFIX + a.key,
    family: a.family,
    kind: a.kind,
    targets: Object.fromEntries(
      targets.map((t): [TargetName, MatrixCell] => {
        const s = a.kind === 'snippet' ? undefined : supportOf(a.key, t);
        const why = s ? undefined : unsupportedWhy(a.key, t);
        return [t, s ? { level: s.level, ...(s.note ? { note: s.note } : {}) } : { level: 'unsupported', otherwise: OTHERWISE[a.kind], ...(why ? { note: why } : {}) }];
      }),
    ),
  }));
}

const cellText = (c: MatrixCell): string => (c.level === 'unsupported' ? `no (${c.otherwise})${c.note ? '¹' : ''}` : c.level === 'partial' ? 'partial¹' : 'yes');

/** A matrix row as the renderers see it: its key (notes, Markdown), its name in the plain table, its cells. */
export interface CellRow {
  key: string;
  shown: string;
  family: string;
  kind: AnnotationKind;
  targets: Partial<Record<TargetName, MatrixCell>>;
}

/** Cells' notes (partial: what differs; unsupported: "not supported: " and why), one per distinct note with its targets. */
function notes(rows: readonly CellRow[], targets: readonly TargetName[]): { key: string; targets: TargetName[]; note: string }[] {
  const out: { key: string; targets: TargetName[]; note: string }[] = [];
  for (const r of rows) {
    const byNote = new Map<string, TargetName[]>();
    for (const t of targets) {
      const c = r.targets[t];
      const n = c?.note && (c.level === 'unsupported' ? `not supported: ${c.note}` : c.note);
      if (n) byNote.set(n, [...(byNote.get(n) ?? []), t]);
    }
    for (const [note, ts] of byNote) out.push({ key: r.key, targets: ts, note });
  }
  return out;
}

/** The Markdown table of a matrix (annotations, ConfigMap keys) with its partial notes; `column` heads the key column. */
export function cellsMarkdown(column: string, rows: readonly CellRow[], targets: readonly TargetName[]): string {
  const head = `| ${column} | family | kind | ${targets.join(' | ')} |\n|---|---|---|${targets.map(() => '---|').join('')}\n`;
  const body = rows.map((r) => `| \`${r.key}\` | ${r.family} | ${r.kind} | ${targets.map((t) => cellText(r.targets[t]!)).join(' | ')} |\n`).join('');
  const ns = notes(rows, targets);
  return head + body + (ns.length ? `\n¹ partial (what differs), or not supported (why):\n${ns.map((n) => `- \`${n.key}\` (${n.targets.join(', ')}): ${n.note}\n`).join('')}` : '');
}

/** The plain-text table of a matrix with its partial notes; `column` heads the name column. */
export function cellsTable(column: string, rows: readonly CellRow[], targets: readonly TargetName[]): string {
  const lines = [[column, 'KIND', ...targets.map((t) => t.toUpperCase())], ...rows.map((r) => [r.shown, r.kind, ...targets.map((t) => cellText(r.targets[t]!))])];
  const widths = lines[0]!.map((_, i) => Math.max(...lines.map((l) => l[i]!.length)));
  const text = lines.map((l) => l.map((c, i) => (i === l.length - 1 ? c : c.padEnd(widths[i]!))).join('  ')).join('\n') + '\n';
  const ns = notes(rows, targets);
  return text + (ns.length ? `\n¹ partial (what differs), or not supported (why):\n${ns.map((n) => `  ${n.key} (${n.targets.join(', ')}): ${n.note}\n`).join('')}` : '');
}

const cellRows = (rows: readonly MatrixRow[]): CellRow[] => rows.map((r) => ({ key: r.annotation.slice(NGINX_PREFIX.length), shown: r.annotation, family: r.family, kind: r.kind, targets: r.targets }));

export function renderMatrixMarkdown(rows: readonly MatrixRow[], targets: readonly TargetName[]): string {
  return cellsMarkdown('annotation', cellRows(rows), targets);
}

export function renderMatrixTable(rows: readonly MatrixRow[], targets: readonly TargetName[]): string {
  return cellsTable('ANNOTATION', cellRows(rows), targets);
}
