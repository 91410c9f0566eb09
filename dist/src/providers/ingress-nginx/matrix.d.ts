import type { TargetName } from '../../diagnostics/types.js';
import { type AnnotationKind } from './keys.js';
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
export declare const OTHERWISE: Record<AnnotationKind, MatrixCell['otherwise']>;
/** The support matrix, straight from the provider's registry (the README's table is generated from it). */
export declare function annotationMatrix(targets: readonly TargetName[]): MatrixRow[];
/** A matrix row as the renderers see it: its key (notes, Markdown), its name in the plain table, its cells. */
export interface CellRow {
    key: string;
    shown: string;
    family: string;
    kind: AnnotationKind;
    targets: Partial<Record<TargetName, MatrixCell>>;
}
/** The Markdown table of a matrix (annotations, ConfigMap keys) with its partial notes; `column` heads the key column. */
export declare function cellsMarkdown(column: string, rows: readonly CellRow[], targets: readonly TargetName[]): string;
/** The plain-text table of a matrix with its partial notes; `column` heads the name column. */
export declare function cellsTable(column: string, rows: readonly CellRow[], targets: readonly TargetName[]): string;
export declare function renderMatrixMarkdown(rows: readonly MatrixRow[], targets: readonly TargetName[]): string;
export declare function renderMatrixTable(rows: readonly MatrixRow[], targets: readonly TargetName[]): string;
