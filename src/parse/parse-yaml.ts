import { LineCounter, isScalar, parseAllDocuments, type Document } from 'yaml';
import type { Diagnostics } from '../diagnostics/collector.js';
import type { SourceRef } from '../diagnostics/types.js';
import { locate, type DocLocator } from './locate.js';
import type { SourceFile } from './source.js';

/** One Kubernetes object read from the inputs, with a way back to its source text. */
export interface Manifest {
  apiVersion: string;
  kind: string;
  obj: Record<string, unknown>;
  loc: DocLocator;
  /** Position in the whole input stream (files in given order, documents in file order). */
  order: number;
}

/** Limits that keep hostile YAML (alias bombs, absurd nesting) bounded. */
const MAX_ALIAS_COUNT = 1000;

export function parseSources(sources: readonly SourceFile[], diags: Diagnostics): Manifest[] {
  const out: Manifest[] = [];
  for (const src of sources) parseOne(src, diags, out);
  return out;
}

function parseOne(src: SourceFile, diags: Diagnostics, out: Manifest[]): void {
  const lineCounter = new LineCounter();
  const docs = parseAllDocuments(src.text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const list = Array.isArray(docs) ? docs : [];
  let seen = 0;
  for (const doc of list) {
    const base: DocLocator = { file: src.path, doc, lineCounter, base: [] };
    if (doc.errors.length > 0) {
      for (const e of doc.errors) {
        const p = lineCounter.linePos(e.pos[0]);
        const ref: SourceRef = { file: src.path, line: p.line, col: p.col };
        diags.report('IC1001', ref, { detail: firstLine(e.message) });
      }
      seen++;
      continue;
    }
    // "---" with nothing after it, or only comments (common in `helm template` output).
    if (doc.contents === null || (isScalar(doc.contents) && doc.contents.value === null && doc.contents.source === '')) continue;
    seen++;
    let value: unknown;
    try {
      value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    } catch (e) {
      diags.report('IC1009', locate(base, []), { detail: firstLine((e as Error).message) });
      continue;
    }
    addObject(value, base, diags, out);
  }
  if (seen === 0) diags.report('IC1005', { file: src.path, line: 1, col: 1 });
}

function addObject(value: unknown, loc: DocLocator, diags: Diagnostics, out: Manifest[]): void {
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
  if (kind === 'List' || (kind.endsWith('List') && Array.isArray(obj.items))) {
    const items = Array.isArray(obj.items) ? obj.items : [];
    items.forEach((item, i) => addObject(item, { ...loc, base: [...loc.base, 'items', i] }, diags, out));
    return;
  }
  out.push({ apiVersion: obj.apiVersion as string, kind, obj, loc, order: out.length });
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
