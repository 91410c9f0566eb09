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
export function toCompactJson(value: unknown, width = 100): string {
  const w = new ChunkedText();
  write(value, '', width, w);
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

/** A scalar whole, whatever its length; a collection on one line if that fits, else one entry per line. */
function write(v: unknown, indent: string, width: number, w: ChunkedText): void {
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
    write(x, inner, width, w);
  };
  if (isArray) for (const x of v as unknown[]) item('', x);
  else for (const [k, x] of Object.entries(v as object)) if (x !== undefined) item(`${JSON.stringify(k)}: `, x);
  w.add(`\n${indent}${isArray ? ']' : '}'}`);
}
