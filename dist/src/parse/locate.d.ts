import { type LineCounter } from 'yaml';
import type { SourceRef } from '../diagnostics/types.js';
export type FieldPath = ReadonlyArray<string | number>;
/** [start, end, end with trailing comments and newlines]: offsets into the file, as the YAML library counts them. */
export type Range = readonly [number, number, number];
/**
 * Where each value of a document is, without the values: what diagnostics need. Built by
 * fast-compose while it reads a document, or from the YAML library's AST (posFromAst).
 */
export interface PosNode {
    r: Range;
    /** A mapping: its keys (by string) with the key's range and the value's positions. */
    map?: Map<string, {
        key: Range;
        value: PosNode | undefined;
    }>;
    /** A sequence: its items. */
    seq?: Array<PosNode | undefined>;
    /**
     * A List item whose own positions the line reader did not keep (only `r`): they are read again
     * from its range when asked for (parse-yaml.ts).
     */
    cut?: true;
}
/** A document plus what is needed to turn a field path into file:line:col. */
export interface DocLocator {
    file: string;
    lineCounter: Pick<LineCounter, 'linePos'>;
    /** Positions of the document's content (computed on first use for composed documents). */
    positions(): PosNode | undefined;
    /** Path of this object inside the document (["items", 3] for a List item). */
    base: FieldPath;
    /** The source text between two offsets of `positions` (absent for objects not read from YAML). */
    text?: (start: number, end: number) => string;
}
/** The source text of the value at `path`, if it is there. */
export declare function sourceAt(loc: DocLocator, path: FieldPath): string | undefined;
/** Positions from a composed document's AST; the first pair wins for a repeated key, as in lookups. */
export declare function posFromAst(node: unknown): PosNode | undefined;
/**
 * Position of the value at `path` (relative to the object). With `key`, the position of the
 * map key naming the last segment (used for unknown fields). Falls back to the deepest node
 * that exists, so a missing field points at its parent.
 */
export declare function locate(loc: DocLocator, path: FieldPath, opts?: {
    key?: boolean;
}): SourceRef;
/** "spec.rules[0].http.paths[1].path" from a field path. */
export declare function fieldName(path: FieldPath): string;
