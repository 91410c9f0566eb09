import type { TargetName } from '../../../diagnostics/types.js';
import type { AnnotationKind } from '../keys.js';
import { cellsMarkdown, cellsTable, OTHERWISE, type CellRow, type MatrixCell } from '../matrix.js';
import { supportOf } from '../support.js';
import { CONFIGMAP_KEYS } from './keys.js';
import { EQUIVALENT, HONOURED_KEYS, KEY_SUPPORT } from './support.js';
import { keyWhyNot } from './why-not.js';

export interface ConfigMatrixRow {
  key: string;
  family: string;
  kind: AnnotationKind;
  /** The annotation it is the global default of (an Ingress's annotation replaces it). */
  annotation?: string;
  targets: Partial<Record<TargetName, MatrixCell>>;
}

/** What `compile --target T --controller-config` does with each ConfigMap key set to a value other than ingress-nginx's default. */
export function configMatrix(targets: readonly TargetName[]): ConfigMatrixRow[] {
  return CONFIGMAP_KEYS.map((k) => ({
    key: k.key,
    family: k.family,
    kind: k.kind,
    ...(k.annotation ? { annotation: k.annotation } : {}),
    targets: Object.fromEntries(
      targets.map((t): [TargetName, MatrixCell] => {
        const eq = EQUIVALENT[k.key];
        if (eq) return [t, eq.level === 'supported' ? { level: 'supported' } : { level: 'partial', note: eq.note }];
        const s = !HONOURED_KEYS.has(k.key) ? undefined : k.annotation ? supportOf(k.annotation, t) : KEY_SUPPORT[k.key]?.[t];
        const why = s ? undefined : keyWhyNot(k.key, t);
        return [t, s ? { level: s.level, ...(s.note ? { note: s.note } : {}) } : { level: 'unsupported', otherwise: OTHERWISE[k.kind], ...(why ? { note: why } : {}) }];
      }),
    ),
  }));
}

const cellRows = (rows: readonly ConfigMatrixRow[]): CellRow[] => rows.map((r) => ({ key: r.key, shown: r.key, family: r.family, kind: r.kind, targets: r.targets }));

export function renderConfigMatrixMarkdown(rows: readonly ConfigMatrixRow[], targets: readonly TargetName[]): string {
  return cellsMarkdown('ConfigMap key', cellRows(rows), targets);
}

export function renderConfigMatrixTable(rows: readonly ConfigMatrixRow[], targets: readonly TargetName[]): string {
  return cellsTable('CONFIGMAP KEY', cellRows(rows), targets);
}
