import { ChunkedText } from './chunked-text.js';

/**
 * JSON with small values on one line: an object or array whose one-line form fits in `width`
 * characters is written on one line, anything larger is expanded with two-space indentation.
 * Every string and number is written by JSON.stringify, so the text is exactly the value
 * (JSON.parse gives it back) and line-based diffs stay readable. Plain objects, arrays, strings,
 * finite numbers, booleans and null only.
 *
 * Written front to back into chunks of about 64 KB: building each level's text from its
 * children's made every byte a new string once per level of nesting (Caddy's 77 MB caddy.json at
 * 10k Ingresses: ~500 MB of transient strings, issue 17). A value's one-line form is built only
 * up to `width` characters, so trying it at every level is cheap.
 */
export function toCompactJson(value: unknown, width = 100, repeated?: ReadonlyMap<object, number>): string {
  const w = new ChunkedText();
  write(value, '', width, w, repeated && { uses: new Map(repeated), texts: new Map() });
  w.add('\n');
  return w.toString();
}

/** The text of a scalar or empty collection, or undefined for a collection with entries. */
function leafText(v: unknown): string | undefined {
  if (v === null || typeof v === 'string' || typeof v === 'boolean') return JSON.stringify(v);
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) throw new Error(`json-writer: not a finite number: ${v}`);
    return JSON.stringify(v);
  }
  if (typeof v !== 'object') throw new Error(`json-writer: cannot write a ${typeof v}`);
  if (Array.isArray(v)) return v.length === 0 ? '[]' : undefined;
  for (const k in v) if ((v as Record<string, unknown>)[k] !== undefined) return undefined;
  return '{}';
}

/** The one-line form of `v` if it has at most `budget` characters, else undefined. */
function oneLine(v: unknown, budget: number): string | undefined {
  const leaf = leafText(v);
  if (leaf !== undefined) return leaf.length <= budget ? leaf : undefined;
  // Item by item, stopping as soon as the line is too long (a 50k-item array costs one item here).
  let s: string;
  if (Array.isArray(v)) {
    s = '[';
    for (let i = 0; i < v.length; i++) {
      const inner = oneLine(v[i], budget - s.length - (i > 0 ? 2 : 0));
      if (inner === undefined) return undefined;
      s += (i > 0 ? ', ' : '') + inner;
    }
    s += ']';
  } else {
    s = '{';
    for (const k of Object.keys(v as object)) {
      const x = (v as Record<string, unknown>)[k];
      if (x === undefined) continue;
      s += `${s.length > 1 ? ', ' : ''}${JSON.stringify(k)}: `;
      const inner = oneLine(x, budget - s.length);
      if (inner === undefined) return undefined;
      s += inner;
    }
    s += '}';
  }
  return s.length <= budget ? s : undefined;
}

/**
 * Objects the value holds more than once (`repeated`: how many times each is written): the text of
 * the first writing is kept for the next ones at the same indentation, until the last.
 */
interface Repeats {
  uses: Map<object, number>;
  texts: Map<object, { indent: string; text: string }>;
}

/** A scalar whole, whatever its length; a collection on one line if that fits, else one entry per line. */
function write(v: unknown, indent: string, width: number, w: ChunkedText, repeats: Repeats | undefined): void {
  if (repeats !== undefined && typeof v === 'object' && v !== null) {
    const left = repeats.uses.get(v);
    if (left !== undefined) return writeRepeated(v, left, indent, width, w, repeats);
  }
  writeValue(v, indent, width, w, repeats);
}

function writeValue(v: unknown, indent: string, width: number, w: ChunkedText, repeats: Repeats | undefined): void {
  const leaf = leafText(v);
  if (leaf !== undefined) return w.add(leaf);
  const flat = oneLine(v, width);
  if (flat !== undefined) return w.add(flat);
  const isArray = Array.isArray(v);
  const inner = `${indent}  `;
  w.add(isArray ? '[\n' : '{\n');
  let first = true;
  const item = (key: string, x: unknown): void => {
    w.add(first ? inner + key : `,\n${inner}${key}`);
    first = false;
    write(x, inner, width, w, repeats);
  };
  if (isArray) for (const x of v as unknown[]) item('', x);
  else for (const [k, x] of Object.entries(v as object)) if (x !== undefined) item(`${JSON.stringify(k)}: `, x);
  w.add(`\n${indent}${isArray ? ']' : '}'}`);
}

/** `v` with `left` writings to go, this one included: the kept text if it was written at this indentation. */
function writeRepeated(v: object, left: number, indent: string, width: number, w: ChunkedText, repeats: Repeats): void {
  const kept = repeats.texts.get(v);
  if (left > 1) repeats.uses.set(v, left - 1);
  else {
    repeats.uses.delete(v);
    repeats.texts.delete(v);
  }
  if (kept !== undefined && kept.indent === indent) return w.add(kept.text);
  const own = new ChunkedText();
  writeValue(v, indent, width, own, repeats);
  const text = own.toString();
  if (left > 1) repeats.texts.set(v, { indent, text });
  w.add(text);
}
