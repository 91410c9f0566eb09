import { type InputAnalysis } from './compile.js';
import type { Diagnostic, TargetName } from './diagnostics/types.js';
import type { CompileOptionsInput } from './options.js';
import type { SourceFile } from './parse/source.js';
export interface LintOptions extends Omit<CompileOptionsInput, 'target'> {
    /** Also report what these targets cannot express. */
    targets?: TargetName[];
    /**
     * Other files of the repository (pre-commit passes only the staged ones): the Services, Secrets,
     * IngressClasses and EndpointSlices in them resolve the inputs' references, and their
     * kustomizations say which inputs are patches. Nothing is reported about them.
     */
    context?: readonly SourceFile[];
}
export interface LintResult {
    /** No diagnostic of severity error. */
    ok: boolean;
    /** Sorted by file, line, column, code. */
    diagnostics: Diagnostic[];
    /** Inputs that hold at least one Kubernetes object and were checked. */
    checked: string[];
    /**
     * Inputs passed through: `not-kubernetes` (no document has apiVersion or kind: package.json, CI
     * workflows, docker-compose, OpenAPI, Helm's Chart.yaml and values.yaml, empty files), `template`
     * (Helm/Go templates) or `kustomize-patch` (a patch a kustomization lists).
     */
    skipped: InputAnalysis['skipped'];
}
/**
 * Validates without producing output. Made for whole repositories and pre-commit: inputs without
 * any Ingress are fine, other kinds (Deployments, ConfigMaps, CRDs…) pass silently, and files that
 * are not Kubernetes manifests at all, templates and kustomize patches are skipped (the classifier
 * compile uses). A TLS Secret that is not in the inputs is normal in a repository (IC5020, info).
 */
export declare function lint(sources: readonly SourceFile[], opts?: LintOptions): LintResult;
