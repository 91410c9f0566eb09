import { Diagnostics } from './diagnostics/collector.js';
import type { Diagnostic, TargetName } from './diagnostics/types.js';
import type { EmitOptions, OutputFile } from './emit/emitter.js';
import type { RouteTable } from './ir/types.js';
import { type CompileOptionsInput, type ResolvedOptions } from './options.js';
import { type InputKind } from './parse/classify.js';
import type { SourceFile } from './parse/source.js';
export interface CompileResult {
    /** True when there are no errors; then `files` holds the complete output. */
    ok: boolean;
    target?: TargetName;
    /** Sorted by path; empty whenever `ok` is false (never half an output). */
    files: OutputFile[];
    /** The file to run the proxy with. */
    mainFile?: string;
    /** The whole output as one text for stdout, for targets whose files are one stream (Gateway API). */
    stdout?: string;
    ir?: RouteTable;
    diagnostics: Diagnostic[];
}
export interface Analysis {
    /** With errors in the inputs, the route table of the valid objects (its warnings are reported; never emitted). */
    ir?: RouteTable;
    options?: ResolvedOptions;
    diags: Diagnostics;
}
/** What the inputs were taken for (the same for every command). */
export interface InputAnalysis {
    analysis: Analysis;
    /** Inputs holding at least one Kubernetes object: these were checked. */
    checked: string[];
    /** Inputs passed over: no Kubernetes object, an unrendered template, or a kustomize patch. */
    skipped: {
        file: string;
        reason: Exclude<InputKind, 'manifest'>;
    }[];
}
/** parse → validate → lower: shared by compile, lint and the route tools. */
export declare function analyze(sources: readonly SourceFile[], input?: CompileOptionsInput): Analysis;
/**
 * Classifies the inputs (parse/classify.ts) and analyses the manifests among them: one classifier
 * for every command. `context` files (the rest of a repository) only lend the objects Ingresses
 * refer to (referencedObjects) and their kustomizations.
 *
 * Each classification is a YAML parse of its own, and the analysis parses the manifests again; so
 * inputs that evidently are manifests are analysed right away, and classified only if that analysis
 * does not prove what classifySource would say.
 */
export declare function analyzeInputs(sources: readonly SourceFile[], input?: CompileOptionsInput, context?: readonly SourceFile[]): InputAnalysis;
/** analyze() of inputs known to be manifests; with `prove`, also the inputs in which it read a Kubernetes object. */
export declare function analyzeSources(sources: readonly SourceFile[], input?: CompileOptionsInput, { context, patches, prove }?: {
    context?: readonly SourceFile[];
    patches?: ReadonlyMap<string, string>;
    prove?: boolean;
}): {
    analysis: Analysis;
    proven: ReadonlySet<string>;
};
export declare const emitOptions: (o: ResolvedOptions) => EmitOptions;
/** The library entry point: pure (no file system, no process), deterministic. */
export declare function compile(sources: readonly SourceFile[], input?: CompileOptionsInput): CompileResult;
