import type { TargetName } from '../../../diagnostics/types.js';
import type { SupportRows } from '../support.js';
import { type TuningKey } from '../families/upstream-tuning.js';
export declare const ROWS: SupportRows;
/**
 * Why a target has no row for a key (the matrix shows it with "no (warning)"): no equivalent, or
 * one that differs too much to claim. Compile warns once per key and target (IC2103).
 */
export declare const UNSUPPORTED_WHY: Partial<Record<TuningKey, Partial<Record<TargetName, string>>>>;
