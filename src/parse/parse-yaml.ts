import { isAlias, isCollection, isMap, isPair, isScalar, isSeq, LineCounter, type Document, type Node, type YAMLMap } from 'yaml';
import { readDocuments, type LinePos } from './read-documents.js';
import { UNREAD } from './line-parse.js';
import type { FastDocument } from './scalars.js';
import type { Diagnostics } from '../diagnostics/collector.js';
import type { SourceRef } from '../diagnostics/types.js';
import { kubectlReadsDifferently } from './kubectl-text.js';
import { locate, posFromAst, type DocLocator, type FieldPath, type PosNode } from './locate.js';
import type { SourceFile } from './source.js';
import { pruneObjectPositions, prunePositions } from './prune-positions.js';
import { dropUnreadValues } from './unread-values.js';

/** One Kubernetes object read from the inputs, with a way back to its source text. */
export interface Manifest {
  apiVersion: string;
  kind: string;
  obj: Record<string, unknown>;
  loc: DocLocator;
  /** Position in the whole input stream (files in given order, documents in file order). */
  order: number;
}

/**
 * Limits that keep hostile input bounded in time and memory (README "Hostile input"; measured by
 * bench/limits.ts). Real manifests are far below each of them.
 */
export const INPUT_LIMITS = {
  /** Aliases expanded per document (yaml's own alias-bomb guard). */
  maxAliasCount: 1000,
  /** Nesting of mappings and sequences in one document (Kubernetes objects stay below ~20). */
  maxDepth: 100,
} as const;

/**
 * The limits that grow with a cluster, options of compile and lint (`--max-input-mb`,
 * `--max-objects`). The defaults read `kubectl get ingress -A -o yaml` of a
 * 20,000-Ingress cluster (~60 MB with managedFields, status and last-applied annotations).
 * A whole compile holds more than ~3x its input: objects are validated as they are read (compile.ts
 * readInventory), but the source text, the validated models, the route table and the output are
 * held together. Measured (peak RSS − 100 MB) / input, Node 20: kubectl 20k 57 MB ~5x with nginx,
 * ~7x Envoy, ~8x Caddy; the smaller plain shape 19 MB ~11x nginx, ~19x Caddy (its output is 4x its
 * input). These limits bound it, they do not make it small.
 */
export interface InputLimits {
  /** Characters per input (~ bytes). */
  maxSourceChars: number;
  /** YAML documents (List items included) over all inputs. */
  maxObjects: number;
}

export const DEFAULT_INPUT_LIMITS: InputLimits = { maxSourceChars: 64 * 1024 * 1024, maxObjects: 50_000 };

/** What the YAML library's recursion running out of stack is reported as. */
const TOO_DEEP_TO_READ = `nesting deeper than ingressc can read (at most ${INPUT_LIMITS.maxDepth} levels)`;

const MB = (n: number): string => `${(n / (1024 * 1024)).toFixed(0)} MB`;

/**
 * The checks that need no parsing, for callers that parse a text themselves (lint's file
 * classifier): a reason to refuse it, or undefined.
 */
export function inputLimitExceeded(text: string, limits: InputLimits = DEFAULT_INPUT_LIMITS): string | undefined {
  if (text.length > limits.maxSourceChars)
    return `the input is ${MB(text.length)}; ingressc reads at most ${MB(limits.maxSourceChars)} per input (split it into several files, or raise --max-input-mb)`;
  if (flowDepth(text) > FLOW_DEPTH_PREFILTER) return `brackets nested more than ${FLOW_DEPTH_PREFILTER} deep; ingressc reads at most ${INPUT_LIMITS.maxDepth} levels`;
  return undefined;
}

/**
 * Refuse absurd flow nesting ([[[…]]], {"a":{…}}) before the YAML library recurses into it: how deep
 * it can go before the stack runs out depends on how the code was built, and V8 may then abort the
 * process (seen in a regex compile) instead of throwing. Block nesting needs indentation, which the
 * size limit already bounds.
 */
const FLOW_DEPTH_PREFILTER = 1000;

function flowDepth(text: string): number {
  let depth = 0, max = 0;
  let quote = '';
  let comment = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (comment) {
      if (c === '\n') comment = false;
    } else if (quote) {
      if (quote === '"' && c === '\\') i++;
      else if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '#' && (i === 0 || /\s/.test(text[i - 1]!))) comment = true;
    else if (c === '[' || c === '{') max = Math.max(max, ++depth);
    else if (c === ']' || c === '}') depth = Math.max(0, depth - 1);
  }
  return max;
}

export function parseSources(sources: readonly SourceFile[], diags: Diagnostics, limits: InputLimits = DEFAULT_INPUT_LIMITS): Manifest[] {
  const out: Manifest[] = [];
  readManifests(sources, diags, (m) => out.push(m), limits);
  return out;
}

/**
 * The manifests of the inputs handed to `take` one at a time, in parseSources' order, with the
 * same diagnostics. A List's items are read one at a time as they are taken (line-parse.ts
 * `stream`), so a caller that keeps nothing of an object holds one object at a time (issue 17).
 */
export function readManifests(sources: readonly SourceFile[], diags: Diagnostics, take: (m: Manifest) => void, limits: InputLimits = DEFAULT_INPUT_LIMITS): void {
  // What the caller does with an object is not the reading's business: its errors pass by the
  // reader's own catch (parseOne), as they did when every object was read first.
  const sink: Sink = {
    take: (m) => {
      try {
        take(m);
      } catch (e) {
        throw new TakeFailed(e);
      }
    },
    taken: 0,
  };
  const budget: Budget = { objects: 0, exhausted: false, limits };
  for (const src of sources) {
    if (budget.exhausted) break;
    parseOne(src, diags, sink, budget);
  }
}

class TakeFailed {
  constructor(readonly error: unknown) {}
}

/** Where objects go; `taken` numbers them (Manifest.order). */
interface Sink {
  take: (m: Manifest) => void;
  taken: number;
}

/** Deepest nesting of a document's nodes, iteratively (a recursive walk is what deep input attacks). */
function tooDeep(doc: Document): Node | undefined {
  const stack: [unknown, number][] = [[doc.contents, 1]];
  while (stack.length) {
    const [node, depth] = stack.pop()!;
    if (!isCollection(node)) continue;
    const n = node as Node & { items: unknown[] };
    if (depth > INPUT_LIMITS.maxDepth) return n;
    for (const item of n.items) {
      if (isPair(item)) {
        if (isCollection(item.key)) stack.push([item.key, depth + 1]);
        if (!isAlias(item.value)) stack.push([item.value, depth + 1]);
      } else stack.push([item, depth + 1]);
    }
  }
  return undefined;
}

interface Budget {
  objects: number;
  exhausted: boolean;
  readonly limits: InputLimits;
}

/** Reads one input; every document is counted against the limit, and reading stops there. */
function parseOne(src: SourceFile, diags: Diagnostics, out: Sink, budget: Budget): void {
  const tooBig = inputLimitExceeded(src.text, budget.limits);
  if (tooBig) {
    diags.report('IC1009', { file: src.path, line: 1, col: 1 }, { detail: tooBig });
    return;
  }
  const odd = kubectlReadsDifferently(src.text);
  if (odd) {
    const before = src.text.slice(0, odd.offset);
    const line = before.split('\n').length;
    diags.report(odd.code, { file: src.path, line, col: odd.offset - (before.lastIndexOf('\n') + 1) + 1 }, odd.args);
    return;
  }
  const lineCounter = new LineCounter();
  const state = { seen: 0 };
  const lastRead: LastRead = {};
  try {
    for (const r of readDocuments(src.text, lineCounter, INPUT_LIMITS.maxDepth, 'stream')) {
      // No closure here may use `r`: each one would keep the document as first read (its positions too).
      const shift = r.shift;
      const lc: LinePos = shift === 0 ? lineCounter : { linePos: (offset: number) => lineCounter.linePos(offset + shift) };
      if (++budget.objects > budget.limits.maxObjects) {
        const p = lc.linePos(r.offset);
        diags.report('IC1009', { file: src.path, line: p.line, col: p.col }, { detail: `more than ${budget.limits.maxObjects} documents in the inputs; the rest is not read (--max-objects raises the limit)` });
        budget.exhausted = true;
        state.seen++;
        break;
      }
      if ('doc' in r) composedDocument(r.doc, src.path, lc, diags, out, state, (a, b) => src.text.slice(a + shift, b + shift), budget.limits);
      else if ('fast' in r) {
        state.seen++;
        // A List is one document of many objects: reading it again would hold a second copy of all
        // of them. It keeps its first reading's positions; the items the line reader cut are read
        // (value and positions) one at a time, as each is taken. Any other document gets the
        // values of its cut items at once.
        const list = isList(r.fast.value);
        if (!list && r.take) takeCutItems(r.fast, r.take);
        const positions = r.again && !list ? rereadPositions(r.again, lastRead) : keptPositions(r.fast.positions);
        const items = list && r.take ? cutItemReader(r.fast.positions, r.take) : undefined;
        addObject(r.fast.value, { file: src.path, lineCounter: lc, base: [], positions, text: (a, b) => src.text.slice(a + shift, b + shift) }, diags, out, budget.limits, items);
      }
    }
  } catch (e) {
    if (e instanceof TakeFailed) throw e.error;
    // The YAML library recurses per nesting level: absurd nesting ends here, not in a crash.
    const p = lineCounter.linePos(0);
    diags.report('IC1009', { file: src.path, line: p.line, col: p.col }, { detail: /call stack/i.test((e as Error).message) ? TOO_DEEP_TO_READ : firstLine((e as Error).message) });
    state.seen++;
  }
  if (state.seen === 0) diags.report('IC1005', { file: src.path, line: 1, col: 1 });
}

function keptPositions(positions: PosNode | undefined): () => PosNode | undefined {
  prunePositions(positions);
  return () => positions;
}

/**
 * Positions of a document the line reader read, read again when asked for (issue 17): they were most
 * of a compile's heap (~150 MB of 200 MB for 10k Ingresses) while every document waited for validation,
 * which asks for one document's positions after another. The last document's are kept for its next
 * question. (Documents are now validated as they are read, but a ConfigMap waits for the end.)
 */
interface LastRead {
  key?: object;
  positions?: PosNode | undefined;
}
function cachedRead(key: object, read: () => PosNode | undefined, last: LastRead): () => PosNode | undefined {
  return () => {
    if (last.key !== key) {
      last.positions = read();
      last.key = key;
    }
    return last.positions;
  };
}

function rereadPositions(again: () => PosNode, last: LastRead): () => PosNode | undefined {
  return cachedRead(
    again,
    () => {
      const positions = again();
      prunePositions(positions);
      return positions;
    },
    last,
  );
}

/** For each item of a line-read List that the reader cut: its value, and a locator rooted at the item. */
type ItemReader = (list: DocLocator, i: number) => { value: unknown; loc: DocLocator };

/**
 * A `kubectl get -o yaml` List of 20,000 Ingresses held ~380 MB of positions from its first reading
 * until validation ended (issue 17), and ~100 MB of values; the line reader keeps only each item's
 * range (PosNode.cut) and builds neither, and each item is read here when it is taken.
 */
function cutItemReader(listPositions: PosNode, take: (cut: PosNode) => FastDocument): ItemReader {
  const items = listPositions.map?.get('items')?.value?.seq;
  return (list, i) => {
    const cut = items?.[i];
    if (!cut?.cut) throw new Error(`List item ${i} was not cut`);
    const { value, positions } = take(cut);
    pruneObjectPositions(positions);
    return { value, loc: { ...list, base: [], positions: () => positions } };
  };
}

/** The values of the cut items of a document that is not a List (an EndpointSlice's `endpoints`), in place. */
function takeCutItems(doc: FastDocument, take: (cut: PosNode) => FastDocument): void {
  const value = doc.value as Record<string, unknown>;
  for (const [key, entry] of doc.positions.map ?? []) {
    const seq = entry.value?.seq;
    if (!seq?.some((p) => p?.cut)) continue;
    const arr = value[key] as unknown[];
    seq.forEach((p, i) => {
      if (p?.cut) arr[i] = take(p).value;
    });
  }
}

function composedDocument(doc: Document.Parsed, file: string, lineCounter: LinePos, diags: Diagnostics, out: Sink, state: { seen: number }, text: DocLocator['text'], limits: InputLimits): void {
  let positions: PosNode | undefined | null = null;
  const base: DocLocator = { file, lineCounter, base: [], positions: () => (positions === null ? (positions = posFromAst(doc.contents)) : positions), text };
  if (doc.errors.length > 0) {
    const joined = joinedObjects(doc);
    if (joined) diags.report('IC1021', { file, ...lineCounter.linePos(joined.offset) }, { key: joined.key });
    for (const e of doc.errors) {
      // Every other top-level key of the second object repeats too: one IC1021 says it all.
      if (joined && e.code === 'DUPLICATE_KEY' && joined.topKeys.has(e.pos[0])) continue;
      const p = lineCounter.linePos(e.pos[0]);
      const ref: SourceRef = { file, line: p.line, col: p.col };
      // The YAML library recurses per nesting level and reports the overflow as a syntax error.
      if (/call stack/i.test(e.message)) diags.report('IC1009', ref, { detail: TOO_DEEP_TO_READ });
      else diags.report('IC1001', ref, { detail: firstLine(e.message) });
    }
    state.seen++;
    return;
  }
  // An explicit core tag the value does not fit (`!!int abc`): the library warns, go-yaml fails.
  const badTag = doc.warnings.find((w) => w.code === 'TAG_RESOLVE_FAILED' && /tag:yaml\.org,2002:(?:null|bool|int|float|binary|timestamp)\b|!!binary|!!timestamp/.test(w.message));
  if (badTag) {
    const p = lineCounter.linePos(badTag.pos[0]);
    diags.report('IC1034', { file, line: p.line, col: p.col }, { detail: firstLine(badTag.message) });
    state.seen++;
    return;
  }
  // "---" with nothing after it, or only comments (common in `helm template` output).
  if (doc.contents === null || (isScalar(doc.contents) && doc.contents.value === null && doc.contents.source === '')) return;
  state.seen++;
  const deep = tooDeep(doc);
  if (deep) {
    const p = lineCounter.linePos(deep.range?.[0] ?? doc.range[0]);
    diags.report('IC1009', { file, line: p.line, col: p.col }, { detail: `nesting deeper than ${INPUT_LIMITS.maxDepth} levels` });
    return;
  }
  if (!keysAsKubernetesReadsThem(doc, file, lineCounter, diags)) return;
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: INPUT_LIMITS.maxAliasCount });
  } catch (e) {
    diags.report('IC1009', locate(base, []), { detail: firstLine((e as Error).message) });
    return;
  }
  addObject(value, base, diags, out, limits);
}

/**
 * Two Kubernetes objects in one document (`cat a.yaml b.yaml` where a.yaml does not end with "---"):
 * a second apiVersion or kind at the top level. Its offset, and the offsets of all top-level keys.
 */
function joinedObjects(doc: Document.Parsed): { key: string; offset: number; topKeys: Set<number> } | undefined {
  if (!isMap(doc.contents)) return undefined;
  const seen = new Set<string>();
  const topKeys = new Set<number>();
  let joined: { key: string; offset: number } | undefined;
  for (const p of doc.contents.items) {
    if (!isScalar(p.key) || typeof p.key.value !== 'string' || !p.key.range) continue;
    topKeys.add(p.key.range[0]);
    const k = p.key.value;
    if (!joined && seen.has(k) && (k === 'apiVersion' || k === 'kind')) joined = { key: k, offset: p.key.range[0] };
    seen.add(k);
  }
  return joined ? { ...joined, topKeys } : undefined;
}

/**
 * Keys where the JSON Kubernetes builds differs from the library's: a null or non-integer key
 * (sigs.k8s.io/yaml refuses a null key and formats floats as Go does), and a "<<" merge that
 * supplies a key written before it (go-yaml v2 applies pairs in order, so the merge wins there).
 */
function keysAsKubernetesReadsThem(doc: Document.Parsed, file: string, lineCounter: LinePos, diags: Diagnostics): boolean {
  let ok = true;
  const at = (n: Node | undefined | null): SourceRef => {
    const p = lineCounter.linePos(n?.range?.[0] ?? doc.range[0]);
    return { file, line: p.line, col: p.col };
  };
  const mergedKeys = (v: unknown, out: Set<string>): void => {
    const src = isAlias(v) ? v.resolve(doc) : v;
    if (isSeq(src)) for (const it of src.items) mergedKeys(it, out);
    else if (isMap(src)) for (const p of src.items) if (isScalar(p.key)) out.add(String(p.key.value));
  };
  // Aliases are not followed (a merge reads only the keys of its source), so this is linear in the document.
  const stack: unknown[] = [doc.contents];
  while (stack.length) {
    const node = stack.pop();
    if (!isCollection(node)) continue;
    if (isSeq(node)) {
      for (const it of node.items) stack.push(it);
      continue;
    }
    const seen = new Set<string>();
    for (const p of (node as YAMLMap).items) {
      const k = p.key;
      if (isScalar(k) && typeof k.value === 'symbol') {
        const merged = new Set<string>();
        mergedKeys(p.value, merged);
        const clash = [...merged].filter((x) => seen.has(x));
        if (clash.length) {
          diags.report('IC1033', at(k as Node), { keys: clash.map((x) => JSON.stringify(x)).join(', ') });
          ok = false;
        }
        for (const x of merged) seen.add(x);
      } else if (isScalar(k)) {
        const v = k.value;
        if (v === null || (typeof v === 'number' && !Number.isSafeInteger(v))) {
          diags.report('IC1032', at(k as Node), { key: JSON.stringify(k.source ?? String(v)), found: v === null ? 'null' : `the number ${String(v)}` });
          ok = false;
        }
        seen.add(String(v));
      } else if (isCollection(k)) {
        // sigs.k8s.io/yaml refuses a mapping or sequence as a key ("Unsupported map key"); the
        // library would stringify it, and it has been seen to drop content below one silently.
        diags.report('IC1032', at(k as Node), { key: JSON.stringify(String(k)), found: isMap(k) ? 'a mapping' : 'a sequence' });
        ok = false;
      }
      if (!isAlias(p.value)) stack.push(p.value);
    }
  }
  return ok;
}

/** The same document, for an object inside it (a List item). */
const childLocator = (loc: DocLocator, base: FieldPath): DocLocator => ({ ...loc, base });

function addObject(value: unknown, loc: DocLocator, diags: Diagnostics, out: Sink, limits: InputLimits, cutItems?: ItemReader): void {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    diags.report('IC1002', locate(loc, []), { found: describe(value) });
    return;
  }
  const obj = value as Record<string, unknown>;
  for (const field of ['apiVersion', 'kind'] as const) {
    if (typeof obj[field] !== 'string' || obj[field] === '') {
      diags.report('IC1003', locate(loc, obj[field] === undefined ? [] : [field]), { field });
      return;
    }
  }
  const kind = obj.kind as string;
  if (isList(obj)) {
    const items = Array.isArray(obj.items) ? obj.items : [];
    if (items.length > limits.maxObjects) {
      diags.report('IC1009', locate(loc, ['items']), { detail: `a List of ${items.length} items; ingressc reads at most ${limits.maxObjects} objects (--max-objects raises the limit)` });
      return;
    }
    items.forEach((item, i) => {
      if (item === UNREAD && cutItems) {
        const cut = cutItems(loc, i);
        addObject(cut.value, cut.loc, diags, out, limits);
      } else addObject(item, childLocator(loc, [...loc.base, 'items', i]), diags, out, limits);
    });
    return;
  }
  dropUnreadValues(obj);
  out.take({ apiVersion: obj.apiVersion as string, kind, obj, loc, order: out.taken++ });
}

/** A List of objects (`kubectl get -o yaml`), whose items are read as objects of their own. */
function isList(v: unknown): boolean {
  const o = v as { kind?: unknown; items?: unknown } | null;
  if (o === null || typeof o !== 'object' || typeof o.kind !== 'string') return false;
  return o.kind === 'List' || (o.kind.endsWith('List') && Array.isArray(o.items));
}

function describe(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  return `a ${typeof v}`;
}

function firstLine(s: string): string {
  return s.split('\n')[0]!.trim();
}

export type { Document };
