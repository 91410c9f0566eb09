import type { TargetName } from '../../../diagnostics/types.js';
/** Why `target` does not honour ConfigMap `key`: its own reason, else the annotation's it is the default of (or says the same as), else its family's. */
export declare function keyWhyNot(key: string, target: TargetName): string | undefined;
