import type { Diagnostic } from '../diagnostics/types.js';
/** 0 clean (warnings allowed), 1 the input has findings at the fail level, 2 usage or I/O. */
export declare function exitCodeFor(ds: readonly Diagnostic[], failLevel?: 'error' | 'warning'): 0 | 1 | 2;
