import { isMap, isPair, isScalar, isSeq, type Document, type LineCounter, type Node } from 'yaml';
import type { SourceRef } from '../diagnostics/types.js';

export type FieldPath = ReadonlyArray<string | number>;

/** A YAML document plus what is needed to turn a field path into file:line:col. */
export interface DocLocator {
  file: string;
  doc: Document;
  lineCounter: LineCounter;
  /** Path of this object inside the document (["items", 3] for a List item). */
  base: FieldPath;
}

function refOf(loc: DocLocator, range: readonly number[] | null | undefined): SourceRef {
  const start = range?.[0] ?? 0;
  const end = range?.[1] ?? start;
  const s = loc.lineCounter.linePos(start);
  const e = loc.lineCounter.linePos(end);
  return { file: loc.file, line: s.line, col: s.col, endLine: e.line, endCol: e.col };
}

/**
 * Position of the value at `path` (relative to the object). With `key`, the position of the
 * map key naming the last segment (used for unknown fields). Falls back to the deepest node
 * that exists, so a missing field points at its parent.
 */
export function locate(loc: DocLocator, path: FieldPath, opts: { key?: boolean } = {}): SourceRef {
  let node: unknown = loc.doc.contents;
  let best: Node | null = (loc.doc.contents as Node | null) ?? null;
  // A mapping or list value is reported at the key that names it ("port:" rather than the
  // first line inside it), which is where a person looks.
  let keyOfBest: Node | null = null;
  const full = [...loc.base, ...path];
  for (let i = 0; i < full.length; i++) {
    const seg = full[i];
    const last = i === full.length - 1;
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(seg));
      if (!pair) break;
      if (last && opts.key && isScalar(pair.key)) return refOf(loc, pair.key.range);
      node = pair.value;
      keyOfBest = isScalar(pair.key) ? pair.key : null;
      if (node && (node as Node).range) best = node as Node;
      else if (isScalar(pair.key)) best = pair.key;
    } else if (isSeq(node) && typeof seg === 'number') {
      node = node.items[seg];
      if (!node) break;
      best = node as Node;
      keyOfBest = null;
    } else break;
  }
  if (keyOfBest && (isMap(best) || isSeq(best))) return refOf(loc, keyOfBest.range);
  return refOf(loc, best?.range);
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
