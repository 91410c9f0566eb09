import type { Diagnostic } from './types.js';
/**
 * `ingressc lint --format json`: one stable document (format version 1). Keys always appear in this
 * order; optional keys are omitted, never null. Documented in README ("lint --format json").
 */
export interface JsonReport {
    format: 'ingressc-lint';
    version: 1;
    summary: {
        errors: number;
        warnings: number;
        infos: number;
        files: number;
        skipped: number;
    };
    diagnostics: JsonDiagnostic[];
}
export interface JsonDiagnostic {
    code: string;
    severity: Diagnostic['severity'];
    /** Short rule title from the catalogue ("host is an IP address"). */
    title: string;
    message: string;
    file?: string;
    line?: number;
    col?: number;
    endLine?: number;
    endCol?: number;
    /** Dotted field path inside the manifest. */
    field?: string;
    /** Set when the finding only concerns one output target. */
    target?: string;
}
export declare function toJsonReport(ds: readonly Diagnostic[], files?: {
    checked?: readonly string[];
    skipped?: readonly unknown[];
}): JsonReport;
export declare function renderJson(ds: readonly Diagnostic[], files?: {
    checked?: readonly string[];
    skipped?: readonly unknown[];
}): string;
export declare const titleOf: (code: string) => string;
export declare const helpOf: (code: string) => string | undefined;
