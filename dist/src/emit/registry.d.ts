import type { TargetName } from '../diagnostics/types.js';
import type { Emitter } from './emitter.js';
/** Targets with an emitter, in a stable order. */
export declare function registeredTargets(): TargetName[];
export declare function getEmitter(target: TargetName): Emitter;
