import { type Code } from './codes.js';
import type { Diagnostic, SourceRef, TargetName } from './types.js';
/**
 * User text quoted in a message must not carry control characters: a newline would forge another
 * diagnostic line in CI logs, an escape sequence would rewrite the terminal.
 */
export declare function escapeControl(s: string): string;
/** Collects diagnostics; the only place a Diagnostic is built from the catalogue. */
export declare class Diagnostics {
    readonly items: Diagnostic[];
    report(code: Code, loc: SourceRef | undefined, args?: Record<string, string | number>, extra?: {
        field?: string;
        target?: TargetName;
    }): Diagnostic;
    hasErrors(): boolean;
    errorCount(): number;
}
export declare function makeDiagnostic(code: Code, loc?: SourceRef, args?: Record<string, string | number>): Diagnostic;
/** Stable order: by file, position, then code — output must not depend on discovery order. */
export declare function sortDiagnostics(ds: readonly Diagnostic[]): Diagnostic[];
