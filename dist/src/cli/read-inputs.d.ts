import type { Diagnostic } from '../diagnostics/types.js';
import type { SourceFile } from '../parse/source.js';
/** "ENOENT: no such file or directory, open 'x'" → "no such file or directory": the system's words, not its errno name. */
export declare function ioProblem(e: unknown): string;
/**
 * Files, directories (recursive *.yaml|*.yml|*.json, sorted), globs ('k8s/*.yaml', '**\/*.yml':
 * quoted, so that ingressc expands them; matched files and the manifest files of matched
 * directories, sorted) and "-" for stdin. An input that cannot be read is reported (IC1008) and
 * the others are still read.
 */
export declare function readInputs(inputs: readonly string[], readStdin: () => string): {
    sources: SourceFile[];
    diagnostics: Diagnostic[];
};
export declare const displayPath: (p: string) => string;
