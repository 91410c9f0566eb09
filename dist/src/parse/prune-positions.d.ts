import type { PosNode } from './locate.js';
/** Prunes one object's positions, or each item's of a List (`items`). */
export declare function prunePositions(top: PosNode | undefined): void;
/** Prunes one object's positions (a List item read on its own). */
export declare function pruneObjectPositions(o: PosNode | undefined): void;
/**
 * The same while reading (line-parse.ts), so that a List's pruned positions die young instead of
 * filling the heap until the end: `status` of a map that has apiVersion or kind, `managedFields`
 * wherever it is (nothing locates below any managedFields item).
 */
export declare function pruneWhileReading(key: string, value: PosNode, siblings: ReadonlyMap<string, unknown>): void;
