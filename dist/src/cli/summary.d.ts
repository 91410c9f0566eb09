import type { Diagnostic, RouteTable } from '../index.js';
/** The one line a successful `compile --out` prints on stderr: what was written. */
export declare function compileSummary(out: string, ir: RouteTable, ds: readonly Diagnostic[]): string;
