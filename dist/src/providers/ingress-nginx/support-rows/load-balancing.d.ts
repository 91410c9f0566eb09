import type { TargetName } from '../../../diagnostics/types.js';
import type { HashKeyPart } from '../../../ir/types.js';
import type { SupportRows } from '../support.js';
export declare const ROWS: SupportRows;
/**
 * What of a hash key `target` cannot hash on (for IC3210), or undefined when it can. Only for
 * targets with an upstream-hash-by row.
 */
export declare function hashKeyRefusal(target: TargetName, key: readonly HashKeyPart[]): string | undefined;
