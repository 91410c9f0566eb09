import type { TargetName } from '../../../diagnostics/types.js';
/**
 * Why a target has no support row for a key, for the families whose rows files do not say it
 * themselves (the matrix shows it as a note, compile's IC2101/IC2102/IC2103 name it). "Not
 * implemented yet" is said as such: the target could, ingressc does not.
 */
type Why = Partial<Record<TargetName, string>>;
export declare const WHY_NOT: Readonly<Record<string, Why>>;
export {};
