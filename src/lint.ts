import { isMap, isPair, isScalar, parseAllDocuments } from 'yaml';
import { analyzeSources } from './compile.js';
import { CODES } from './diagnostics/codes.js';
import { Diagnostics, makeDiagnostic, sortDiagnostics } from './diagnostics/collector.js';
import type { Diagnostic, TargetName } from './diagnostics/types.js';
import { getEmitter, registeredTargets } from './emit/registry.js';
import type { CompileOptionsInput } from './options.js';
import { inputLimitExceeded } from './parse/parse-yaml.js';
import type { SourceFile } from './parse/source.js';
import type { PosNode } from './parse/locate.js';

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
  skipped: { file: string; reason: 'not-kubernetes' | 'template' }[];
}

/** Diagnostics lint never shows: kinds ingressc does not read pass through silently. */
const SILENT = new Set(['IC1004', 'IC1006']);
/**
 * An empty document ("---" followed by nothing or only comments, as `helm template` prints for
 * empty templates) reaches validation as a null document (yaml 2 gives it a null Scalar, not null
 * contents); kubectl skips such documents, so lint does too.
 */
const NULL_DOCUMENT = CODES.IC1002.text({ found: 'null' });

/**
 * Validates without producing output. Made for whole repositories and pre-commit: inputs without
 * any Ingress are fine, other kinds (Deployments, ConfigMaps, CRDs…) pass silently, and files that
 * are not Kubernetes manifests at all, or are unrendered templates, are skipped.
 */
export function lint(sources: readonly SourceFile[], opts: LintOptions = {}): LintResult {
  const { targets = [], ...rest } = opts;
  const items: Diagnostic[] = [];
  const available = registeredTargets();
  for (const t of [...new Set(targets)]) {
    if (!available.includes(t)) items.push(makeDiagnostic('IC5101', undefined, { target: t, available: available.join(', ') }));
  }
  if (items.length) return { ok: false, diagnostics: items, checked: [], skipped: [] };

  // Which inputs are manifests (classifySource)? Each classification is a YAML parse of its own, and
  // analyze() parses the manifests again; so inputs that evidently are manifests are analyzed right
  // away, and classified only if that analysis does not prove what classifySource would say.
  const paths = new Map<string, number>();
  for (const s of sources) paths.set(s.path, (paths.get(s.path) ?? 0) + 1);
  const kinds = sources.map((s) => (paths.get(s.path) === 1 && KUBERNETES_KEY_LINE.test(s.text) && !hasTemplateMarkers(s.text) ? undefined : classifySource(s.text)));
  const manifestsOnly = () => sources.filter((_, i) => kinds[i] === undefined || kinds[i] === 'manifest');
  // Annotation support is decided per target in lowering: the first target drives the analysis
  // (nginx when none is named), and each other target's support findings are added below.
  const wanted = [...new Set(targets)].sort();
  const analysisInput = { ...rest, ...(wanted[0] ? { target: wanted[0] } : {}) };
  let checked = manifestsOnly();
  let analyzed = checked.length > 0 ? analyzeSources(checked, analysisInput) : undefined;
  if (kinds.includes(undefined)) {
    const proven = new Set(analyzed?.manifests.filter((m) => hasKubernetesKeyAt(m.loc.positions())).map((m) => m.loc.file));
    sources.forEach((s, i) => {
      if (kinds[i] === undefined) kinds[i] = proven.has(s.path) ? 'manifest' : classifySource(s.text);
    });
    if (manifestsOnly().length !== checked.length) {
      checked = manifestsOnly();
      analyzed = checked.length > 0 ? analyzeSources(checked, analysisInput) : undefined;
    }
  }
  const skipped: LintResult['skipped'] = [];
  sources.forEach((s, i) => {
    const kind = kinds[i];
    if (kind === 'manifest' || kind === undefined) return;
    skipped.push({ file: s.path, reason: kind });
    if (kind === 'template') items.push(makeDiagnostic('IC5105', { file: s.path, line: 1, col: 1 }));
  });
  const analysis = analyzed?.analysis;
  if (analysis) {
    const { ir, options, diags } = analysis;
    for (const d of diags.items) if (!SILENT.has(d.code) && !(d.code === 'IC1002' && d.message === NULL_DOCUMENT)) items.push(d);
    for (const t of wanted.slice(1)) {
      for (const d of analyzeSources(checked, { ...rest, target: t }).analysis.diags.items) if (d.target === t && d.code.startsWith('IC21')) items.push(d);
    }
    if (ir && options) {
      for (const t of wanted) {
        const td = new Diagnostics();
        getEmitter(t).emit(ir, { diagnostics: td, options: options.resolver !== undefined ? { resolver: options.resolver } : {} });
        for (const d of td.items) items.push({ ...d, target: t });
      }
    }
  }
  return {
    ok: !items.some((d) => d.severity === 'error'),
    diagnostics: sortDiagnostics(items),
    checked: checked.map((s) => s.path),
    skipped,
  };
}

/**
 * An input taken for a manifest without classifying it: a line starts with an apiVersion or kind key,
 * and there is no {{…}} (with it, any YAML error would make the input a template). classifySource
 * then says 'manifest' if one of its documents has apiVersion or kind at the top level, which the
 * analysis shows: its manifests keep the positions of their YAML document's keys (the document
 * classifySource looks at, as uniqueKeys only adds errors). Inputs sharing a path are always classified.
 */
const KUBERNETES_KEY_LINE = /^(?:apiVersion|kind)[ \t]*:/m;

/** Has {{…}}: a "{{" with a "}}" after it, as /\{\{[\s\S]*?\}\}/ says but in linear time (a hostile input can have millions of "{{"). */
function hasTemplateMarkers(text: string): boolean {
  const open = text.indexOf('{{');
  return open >= 0 && text.indexOf('}}', open + 2) >= 0;
}

/** A mapping with an apiVersion or kind key (only the top-level keys: no toJS, so no alias expansion). */
function hasKubernetesKey(contents: unknown): boolean {
  return isMap(contents) && contents.items.some((p) => isPair(p) && isScalar(p.key) && (p.key.value === 'apiVersion' || p.key.value === 'kind'));
}

/** The same test on a parsed document's positions (its top-level keys). */
function hasKubernetesKeyAt(top: PosNode | undefined): boolean {
  return top?.map?.has('apiVersion') === true || top?.map?.has('kind') === true;
}

/** Does this text hold a Kubernetes object (a mapping with apiVersion or kind), or is it a template? */
export function classifySource(text: string): 'manifest' | 'not-kubernetes' | 'template' {
  // Over the input limits: let the real parser refuse it (IC1009) instead of parsing it here.
  if (inputLimitExceeded(text)) return 'manifest';
  let docs;
  try {
    docs = parseAllDocuments(text, { uniqueKeys: false, logLevel: 'error', prettyErrors: false });
  } catch {
    return 'manifest'; // let the real parser report it
  }
  const list = Array.isArray(docs) ? docs : [];
  if (list.some((d) => d.errors.length > 0)) return hasTemplateMarkers(text) ? 'template' : 'manifest';
  return list.some((d) => hasKubernetesKey(d.contents)) ? 'manifest' : 'not-kubernetes';
}
