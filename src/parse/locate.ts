import { isMap, isPair, isScalar, isSeq, type LineCounter, type Node } from 'yaml';
import type { SourceRef } from '../diagnostics/types.js';

export type FieldPath = ReadonlyArray<string | number>;

/** [start, end, end with trailing comments and newlines]: offsets into the file, as the YAML library counts them. */
export type Range = readonly [number, number, number];

/**
 * Where each value of a document is, without the values: what diagnostics need. Built by
 * fast-compose while it reads a document, or from the YAML library's AST (posFromAst).
 */
export interface PosNode {
  r: Range;
  /** A mapping: its keys (by string) with the key's range and the value's positions. */
  map?: Map<string, { key: Range; value: PosNode | undefined }>;
  /** A sequence: its items. */
  seq?: Array<PosNode | undefined>;
  /**
   * A List item whose own positions the line reader did not keep (only `r`): they are read again
   * from its range when asked for (parse-yaml.ts).
   */
  cut?: true;
}

/** A document plus what is needed to turn a field path into file:line:col. */
export interface DocLocator {
  file: string;
  lineCounter: Pick<LineCounter, 'linePos'>;
  /** Positions of the document's content (computed on first use for composed documents). */
  positions(): PosNode | undefined;
  /** Path of this object inside the document (["items", 3] for a List item). */
  base: FieldPath;
  /** The source text between two offsets of `positions` (absent for objects not read from YAML). */
  text?: (start: number, end: number) => string;
}

/** The source text of the value at `path`, if it is there. */
export function sourceAt(loc: DocLocator, path: FieldPath): string | undefined {
  let node = loc.positions();
  for (const seg of [...loc.base, ...path]) {
    if (node?.map) node = node.map.get(String(seg))?.value;
    else if (node?.seq && typeof seg === 'number') node = node.seq[seg];
    else return undefined;
  }
  return node && loc.text ? loc.text(node.r[0], node.r[1]) : undefined;
}

/** Positions from a composed document's AST; the first pair wins for a repeated key, as in lookups. */
export function posFromAst(node: unknown): PosNode | undefined {
  const n = node as Node | null | undefined;
  if (!n?.range) return undefined;
  const r = n.range as unknown as Range;
  if (isMap(n)) {
    const map = new Map<string, { key: Range; value: PosNode | undefined }>();
    for (const p of n.items) {
      if (!isPair(p) || !isScalar(p.key) || !p.key.range) continue;
      const k = String(p.key.value);
      if (!map.has(k)) map.set(k, { key: p.key.range as unknown as Range, value: posFromAst(p.value) });
    }
    return { r, map };
  }
  if (isSeq(n)) return { r, seq: n.items.map((i) => posFromAst(i)) };
  return { r };
}

function refOf(loc: DocLocator, range: Range | undefined): SourceRef {
  const start = range?.[0] ?? 0;
  const end = range?.[1] ?? start;
  const s = loc.lineCounter.linePos(start);
  const e = loc.lineCounter.linePos(end);
  return { file: loc.file, line: s.line, col: s.col, endLine: e.line, endCol: e.col };
}

const isCollection = (p: PosNode | undefined): boolean => p?.map !== undefined || p?.seq !== undefined;

/**
 * Position of the value at `path` (relative to the object). With `key`, the position of the
 * map key naming the last segment (used for unknown fields). Falls back to the deepest node
 * that exists, so a missing field points at its parent.
 */
export function locate(loc: DocLocator, path: FieldPath, opts: { key?: boolean } = {}): SourceRef {
  let node = loc.positions();
  let best: Range | undefined = node?.r;
  let bestIsCollection = isCollection(node);
  // A mapping or list value is reported at the key that names it ("port:" rather than the
  // first line inside it), which is where a person looks.
  let keyOfBest: Range | undefined;
  const full = [...loc.base, ...path];
  for (let i = 0; i < full.length; i++) {
    const seg = full[i]!;
    const last = i === full.length - 1;
    if (node?.map) {
      const entry = node.map.get(String(seg));
      if (!entry) break;
      if (last && opts.key) return refOf(loc, entry.key);
      node = entry.value;
      keyOfBest = entry.key;
      best = node ? node.r : entry.key;
      bestIsCollection = isCollection(node);
    } else if (node?.seq && typeof seg === 'number') {
      node = node.seq[seg];
      if (!node) break;
      best = node.r;
      bestIsCollection = isCollection(node);
      keyOfBest = undefined;
    } else break;
  }
  if (keyOfBest && bestIsCollection) return refOf(loc, keyOfBest);
  return refOf(loc, best);
}

/** "spec.rules[0].http.paths[1].path" from a field path. */
export function fieldName(path: FieldPath): string {
  let s = '';
  for (const seg of path) {
    if (typeof seg === 'number') s += `[${seg}]`;
    else if (/^[A-Za-z_][A-Za-z0-9_]*$/.test(seg)) s += s ? `.${seg}` : seg;
    else s += `[${JSON.stringify(seg)}]`;
  }
  return s;
}
