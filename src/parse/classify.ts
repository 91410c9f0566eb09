import { isCollection, isMap, isPair, isScalar, parseAllDocuments, type Document } from 'yaml';
import { kubectlReadsDifferently } from './kubectl-text.js';
import { inputLimitExceeded } from './parse-yaml.js';
import { K8S_SCHEMA } from './yaml11.js';
import type { PosNode } from './locate.js';
import type { SourceFile } from './source.js';

/**
 * What an input is, decided once for every command (compile, lint, diff, routes, match):
 * - `manifest`: holds a Kubernetes object (a mapping with apiVersion or kind) and is checked;
 * - `not-kubernetes`: YAML/JSON without one (CI workflows, docker-compose, OpenAPI, Helm's
 *   Chart.yaml and values.yaml, package.json, empty files): passed over silently;
 * - `template`: an unrendered Helm/Go template;
 * - `kustomize-patch`: a patch a kustomization in the inputs lists (a fragment, not an object).
 */
export type InputKind = 'manifest' | 'not-kubernetes' | 'template' | 'kustomize-patch';

const base = (path: string): string => path.slice(path.lastIndexOf('/') + 1);
/** Helm's chart metadata: apiVersion v1/v2 but no kind, and never a Kubernetes object. */
const isChartFile = (path: string): boolean => /^Chart\.ya?ml$/.test(base(path));
/** Helm renders the files of a chart's templates/ directory (and only those). */
const inTemplatesDir = (path: string): boolean => /(^|\/)templates\//.test(path);
const KUSTOMIZATION = /^(kustomization\.ya?ml|Kustomization)$/;

/** Has {{…}}: a "{{" with a "}}" after it, as /\{\{[\s\S]*?\}\}/ says but in linear time (a hostile input can have millions of "{{"). */
export function hasTemplateMarkers(text: string): boolean {
  const open = text.indexOf('{{');
  return open >= 0 && text.indexOf('}}', open + 2) >= 0;
}

/** A mapping with an apiVersion or kind key (only the top-level keys: no toJS, so no alias expansion). */
function hasKubernetesKey(contents: unknown): boolean {
  return isMap(contents) && contents.items.some((p) => isPair(p) && isScalar(p.key) && (p.key.value === 'apiVersion' || p.key.value === 'kind'));
}

/** The same test on a parsed document's positions (its top-level keys). */
export function hasKubernetesKeyAt(top: PosNode | undefined): boolean {
  return top?.map?.has('apiVersion') === true || top?.map?.has('kind') === true;
}

/**
 * A mapping key that is itself a collection: what an unquoted `{{ .Values.x }}` parses to in valid
 * YAML (a flow mapping keyed by a flow mapping). No Kubernetes object has one.
 */
function hasCollectionKey(doc: Document.Parsed): boolean {
  const stack: unknown[] = [doc.contents];
  while (stack.length) {
    const node = stack.pop();
    if (!isCollection(node)) continue;
    for (const item of node.items) {
      if (isPair(item)) {
        if (isCollection(item.key)) return true;
        stack.push(item.value);
      } else stack.push(item);
    }
  }
  return false;
}

/**
 * An input that can be analysed without classifying it first (lint and compile then parse it once):
 * a line starts with an apiVersion or kind key, and nothing else about it needs a look (no {{…}},
 * not a Chart.yaml). Whether it really holds a Kubernetes object, the analysis shows (hasKubernetesKeyAt).
 */
const KUBERNETES_KEY_LINE = /^(?:apiVersion|kind)[ \t]*:/m;
export const evidentlyManifest = (s: SourceFile): boolean => KUBERNETES_KEY_LINE.test(s.text) && !hasTemplateMarkers(s.text) && !isChartFile(s.path);

/** Does this text hold a Kubernetes object, or is it a template? The path tells Helm's files apart. */
export function classifySource(text: string, path = ''): 'manifest' | 'not-kubernetes' | 'template' {
  if (isChartFile(path)) return 'not-kubernetes';
  // Over the input limits: let the real parser refuse it (IC1009) instead of parsing it here.
  // A line break only Kubernetes reads as one can hide "kind:" from the library: such files are checked.
  if (inputLimitExceeded(text) || (/apiVersion|kind/.test(text) && kubectlReadsDifferently(text)?.code === 'IC1030')) return 'manifest';
  const markers = hasTemplateMarkers(text);
  if (markers && inTemplatesDir(path)) return 'template';
  let docs;
  try {
    docs = parseAllDocuments(text, { uniqueKeys: false, logLevel: 'error', prettyErrors: false, version: '1.1', schema: K8S_SCHEMA });
  } catch {
    return 'manifest'; // let the real parser report it
  }
  const list = Array.isArray(docs) ? docs : [];
  if (list.some((d) => d.errors.length > 0)) return markers ? 'template' : 'manifest';
  if (markers && list.some(hasCollectionKey)) return 'template';
  return list.some((d) => hasKubernetesKey(d.contents)) ? 'manifest' : 'not-kubernetes';
}

/** "a/./b/../c" → "a/c" without touching the file system (sources are named with "/"). */
function normalize(path: string): string {
  const out: string[] = [];
  const abs = path.startsWith('/');
  for (const seg of path.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..' && out.length > 0 && out[out.length - 1] !== '..') out.pop();
    else if (seg !== '..' || !abs) out.push(seg);
  }
  return (abs ? '/' : '') + out.join('/');
}

/**
 * The patches the kustomizations among these sources list (patches[].path, patchesStrategicMerge,
 * patchesJson6902[].path), as normalised paths, each with the kustomization that lists it. They are
 * fragments of objects (an Ingress without its spec…), which `kustomize build` merges into a base.
 */
export function kustomizePatches(sources: readonly SourceFile[]): Map<string, string> {
  const patches = new Map<string, string>();
  for (const s of sources) {
    if (!KUSTOMIZATION.test(base(s.path)) || inputLimitExceeded(s.text)) continue;
    let k: unknown;
    try {
      k = parseAllDocuments(s.text, { logLevel: 'silent' })[0]?.toJS({ maxAliasCount: 100 });
    } catch {
      continue;
    }
    if (k === null || typeof k !== 'object') continue;
    const o = k as Record<string, unknown>;
    const listed: unknown[] = [];
    for (const p of [o.patches, o.patchesJson6902]) if (Array.isArray(p)) listed.push(...p.map((e) => (e && typeof e === 'object' ? (e as { path?: unknown }).path : undefined)));
    // patchesStrategicMerge entries are file names, or inline patches (which hold a newline).
    if (Array.isArray(o.patchesStrategicMerge)) listed.push(...o.patchesStrategicMerge);
    const dir = s.path.includes('/') ? s.path.slice(0, s.path.lastIndexOf('/') + 1) : '';
    for (const p of listed) if (typeof p === 'string' && p !== '' && !p.includes('\n')) patches.set(normalize(p.startsWith('/') ? p : dir + p), s.path);
  }
  return patches;
}

/** The kustomization that lists this path as a patch, if any. */
export const patchListedBy = (patches: ReadonlyMap<string, string>, path: string): string | undefined => (patches.size > 0 ? patches.get(normalize(path)) : undefined);
