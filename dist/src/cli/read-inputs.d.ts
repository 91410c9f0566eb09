import type { Diagnostic } from '../diagnostics/types.js';
import type { SourceFile } from '../parse/source.js';
/** Files, directories (recursive *.yaml|*.yml|*.json, sorted) and "-" for stdin. */
export declare function readInputs(inputs: readonly string[], readStdin: () => string): {
    sources: SourceFile[];
    diagnostics: Diagnostic[];
};
export declare const displayPath: (p: string) => string;
