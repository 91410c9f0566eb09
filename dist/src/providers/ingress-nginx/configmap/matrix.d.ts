import type { TargetName } from '../../../diagnostics/types.js';
import type { AnnotationKind } from '../keys.js';
import { type MatrixCell } from '../matrix.js';
export interface ConfigMatrixRow {
    key: string;
    family: string;
    kind: AnnotationKind;
    /** The annotation it is the global default of (an Ingress's annotation replaces it). */
    annotation?: string;
    targets: Partial<Record<TargetName, MatrixCell>>;
}
/** What `compile --target T --controller-config` does with each ConfigMap key set to a value other than ingress-nginx's default. */
export declare function configMatrix(targets: readonly TargetName[]): ConfigMatrixRow[];
export declare function renderConfigMatrixMarkdown(rows: readonly ConfigMatrixRow[], targets: readonly TargetName[]): string;
export declare function renderConfigMatrixTable(rows: readonly ConfigMatrixRow[], targets: readonly TargetName[]): string;
