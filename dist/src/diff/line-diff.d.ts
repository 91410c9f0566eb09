/** One line of an edit script: kept (' '), removed from the old side ('-') or added by the new side ('+'). */
export interface Edit {
    op: ' ' | '-' | '+';
    line: string;
}
/**
 * Shortest edit script between two line arrays (Myers' O(ND) greedy algorithm). Common head and
 * tail are trimmed first, and only the band [-d, d] of each round is kept for the backtrack, so
 * memory is O(D²) for D differences, not O((N+M)·D).
 */
export declare function diffLines(a: readonly string[], b: readonly string[]): Edit[];
/** Text → lines; a last line without "\n" carries the unified-diff marker so it differs from one with it. */
export declare function splitLines(text: string): string[];
/**
 * Unified diff ("---/+++" header, "@@ -l,s +l,s @@" hunks, `context` lines around each change) of
 * two texts; "" when they are equal. `oldName`/`newName` "/dev/null" for added/removed files.
 */
export declare function unifiedDiff(oldText: string, newText: string, oldName: string, newName: string, context?: number): string;
