import type { Diagnostic, TargetName } from './diagnostics/types.js';
import type { CompileOptionsInput } from './options.js';
import type { SourceFile } from './parse/source.js';
export interface LintOptions extends Omit<CompileOptionsInput, 'target'> {
    /** Also report what these targets cannot express. */
    targets?: TargetName[];
}
export interface LintResult {
    /** No diagnostic of severity error. */
    ok: boolean;
    /** Sorted by file, line, column, code. */
    diagnostics: Diagnostic[];
    /** Inputs that hold at least one Kubernetes object and were checked. */
    checked: string[];
    /**
     * Inputs passed through without findings: `not-kubernetes` (no document has apiVersion or kind:
     * package.json, CI workflows, empty files) or `template` (Helm/Go templates that are not YAML).
     */
    skipped: {
        file: string;
        reason: 'not-kubernetes' | 'template';
    }[];
}
/**
 * Validates without producing output. Made for whole repositories and pre-commit: inputs without
 * any Ingress are fine, other kinds (Deployments, ConfigMaps, CRDs…) pass silently, and files that
 * are not Kubernetes manifests at all, or are unrendered templates, are skipped.
 */
export declare function lint(sources: readonly SourceFile[], opts?: LintOptions): LintResult;
/** Does this text hold a Kubernetes object (a mapping with apiVersion or kind), or is it a template? */
export declare function classifySource(text: string): 'manifest' | 'not-kubernetes' | 'template';
