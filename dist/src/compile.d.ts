import { Diagnostics } from './diagnostics/collector.js';
import type { Diagnostic, TargetName } from './diagnostics/types.js';
import type { EmitOptions, OutputFile } from './emit/emitter.js';
import type { RouteTable } from './ir/types.js';
import { type CompileOptionsInput, type ResolvedOptions } from './options.js';
import { type Manifest } from './parse/parse-yaml.js';
import type { SourceFile } from './parse/source.js';
export interface CompileResult {
    /** True when there are no errors; then `files` holds the complete output. */
    ok: boolean;
    target?: TargetName;
    /** Sorted by path; empty whenever `ok` is false (never half an output). */
    files: OutputFile[];
    /** The file to run the proxy with. */
    mainFile?: string;
    ir?: RouteTable;
    diagnostics: Diagnostic[];
}
export interface Analysis {
    ir?: RouteTable;
    options?: ResolvedOptions;
    diags: Diagnostics;
}
/** parse → validate → lower: shared by compile, lint and the route tools. */
export declare function analyze(sources: readonly SourceFile[], input?: CompileOptionsInput): Analysis;
/** analyze(), plus the manifests it read (lint looks at the YAML documents they came from). */
export declare function analyzeSources(sources: readonly SourceFile[], input?: CompileOptionsInput): {
    analysis: Analysis;
    manifests: readonly Manifest[];
};
export declare const emitOptions: (o: ResolvedOptions) => EmitOptions;
/** The library entry point: pure (no file system, no process), deterministic. */
export declare function compile(sources: readonly SourceFile[], input?: CompileOptionsInput): CompileResult;
