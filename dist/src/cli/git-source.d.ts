import { type Diagnostic, type SourceFile } from '../index.js';
/**
 * The old side of `ingressc diff --base REF PATHS…`: the same paths (files or directories, relative
 * to the current directory) at a git revision. Paths that did not exist at REF give no sources
 * (everything on the new side is then "added"). Sources are named "REF:path".
 */
export declare function readAtRevision(ref: string, inputs: readonly string[]): {
    sources: SourceFile[];
    diagnostics: Diagnostic[];
};
/**
 * `lint --git-context`: the tracked *.yaml, *.yml and *.json files under the current directory, read
 * from the work tree (during a pre-commit run, pre-commit has stashed what is not staged, so they are
 * what the commit will hold). No git, or not a repository: no context, and one diagnostic.
 */
export declare function readTrackedFiles(): {
    sources: SourceFile[];
    diagnostics: Diagnostic[];
};
