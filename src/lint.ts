import { analyze } from './compile.js';
import { Diagnostics, sortDiagnostics } from './diagnostics/collector.js';
import type { Diagnostic, TargetName } from './diagnostics/types.js';
import { getEmitter } from './emit/registry.js';
import type { CompileOptionsInput } from './options.js';
import type { SourceFile } from './parse/source.js';

export interface LintOptions extends Omit<CompileOptionsInput, 'target'> {
  /** Also report what these targets cannot express. */
  targets?: TargetName[];
}

export interface LintResult {
  ok: boolean;
  diagnostics: Diagnostic[];
}

/** Validates without producing output. Unlike compile, inputs without any Ingress are fine. */
export function lint(sources: readonly SourceFile[], opts: LintOptions = {}): LintResult {
  const { targets = [], ...rest } = opts;
  const { ir, options, diags } = analyze(sources, rest);
  const items = diags.items.filter((d) => d.code !== 'IC1006');
  if (ir && options) {
    for (const t of targets) {
      const td = new Diagnostics();
      getEmitter(t).emit(ir, { diagnostics: td, options: { resolver: options.resolver } });
      items.push(...td.items.map((d) => ({ ...d, target: t })));
    }
  }
  return { ok: !items.some((d) => d.severity === 'error'), diagnostics: sortDiagnostics(items) };
}
