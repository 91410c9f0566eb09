import { Diagnostics, sortDiagnostics } from './diagnostics/collector.js';
import type { Diagnostic, TargetName } from './diagnostics/types.js';
import { sortFiles } from './emit/cert-files.js';
import type { OutputFile } from './emit/emitter.js';
import { getEmitter } from './emit/registry.js';
import type { RouteTable } from './ir/types.js';
import { lower } from './lower/lower.js';
import { resolveOptions, type CompileOptionsInput, type ResolvedOptions } from './options.js';
import { parseSources, type Manifest } from './parse/parse-yaml.js';
import type { SourceFile } from './parse/source.js';
import { validateManifests } from './validate/index.js';

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
export function analyze(sources: readonly SourceFile[], input: CompileOptionsInput = {}): Analysis {
  return analyzeSources(sources, input).analysis;
}

/** analyze(), plus the manifests it read (lint looks at the YAML documents they came from). */
export function analyzeSources(sources: readonly SourceFile[], input: CompileOptionsInput = {}): { analysis: Analysis; manifests: readonly Manifest[] } {
  const diags = new Diagnostics();
  const { options, diagnostics } = resolveOptions(input);
  diags.items.push(...diagnostics);
  if (!options) return { analysis: { diags }, manifests: [] };
  const manifests = parseSources(sources, diags, options.inputLimits);
  const inventory = validateManifests(manifests, diags, { allowSnippets: options.allowSnippets });
  if (inventory.ingresses.length === 0 && !diags.hasErrors() && !options.defaultBackend) {
    const where = sources[0] ? { file: sources[0].path, line: 1, col: 1 } : undefined;
    diags.report('IC1006', where);
  }
  if (diags.hasErrors()) return { analysis: { options, diags }, manifests };
  const ir = lower(inventory, options, diags);
  return { analysis: { ir, options, diags }, manifests };
}

/** The library entry point: pure (no file system, no process), deterministic. */
export function compile(sources: readonly SourceFile[], input: CompileOptionsInput = {}): CompileResult {
  const { ir, options, diags } = analyze(sources, input);
  const done = (files: OutputFile[], extra: Partial<CompileResult> = {}): CompileResult => {
    const ok = !diags.hasErrors();
    return { ok, files: ok ? files : [], diagnostics: sortDiagnostics(diags.items), ...(options ? { target: options.target } : {}), ...extra };
  };
  if (!ir || !options || diags.hasErrors()) return done([], ir ? { ir } : {});
  const emitter = getEmitter(options.target);
  const files = sortFiles(emitter.emit(ir, { diagnostics: diags, options: options.resolver !== undefined ? { resolver: options.resolver } : {} }));
  return done(files, { ir, mainFile: emitter.mainFile });
}
