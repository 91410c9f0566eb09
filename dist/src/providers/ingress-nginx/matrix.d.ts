import type { TargetName } from '../../diagnostics/types.js';
import { type AnnotationKind } from './keys.js';
/** One cell of the support matrix: what `compile --target T` does with the annotation. */
export interface MatrixCell {
    level: 'supported' | 'partial' | 'unsupported';
    /** What compile does when unsupported: fail (access, routing), warn (tuning), refuse (snippets). */
    otherwise?: 'error' | 'warning' | 'refused';
    note?: string;
}
export interface MatrixRow {
    annotation: string;
    family: string;
    kind: AnnotationKind;
    targets: Partial<Record<TargetName, MatrixCell>>;
}
/** The support matrix, straight from the provider's registry (the README's table is generated from it). */
export declare function annotationMatrix(targets: readonly TargetName[]): MatrixRow[];
export declare function renderMatrixMarkdown(rows: readonly MatrixRow[], targets: readonly TargetName[]): string;
export declare function renderMatrixTable(rows: readonly MatrixRow[], targets: readonly TargetName[]): string;
