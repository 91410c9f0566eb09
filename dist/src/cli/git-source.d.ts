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
