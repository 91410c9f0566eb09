/** Public library API: pure functions over in-memory sources; no file system, no process exit. */
export { compile, analyze, type CompileResult } from './compile.js';
export { lint, type LintOptions, type LintResult } from './lint.js';
export type { CompileOptionsInput as CompileOptions } from './options.js';
export type { SourceFile } from './parse/source.js';
export type { Diagnostic, Severity, SourceRef, TargetName } from './diagnostics/types.js';
export type { OutputFile } from './emit/emitter.js';
export type * from './ir/types.js';
export { CODES } from './diagnostics/codes.js';
