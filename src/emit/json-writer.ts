/**
 * JSON with small values on one line: an object or array whose one-line form fits in `width`
 * characters is written on one line, anything larger is expanded with two-space indentation.
 * Every string and number is written by JSON.stringify, so the text is exactly the value
 * (JSON.parse gives it back) and line-based diffs stay readable. Plain objects, arrays, strings,
 * finite numbers, booleans and null only.
 */
export function toCompactJson(value: unknown, width = 100): string {
  return `${render(value, '', width).text}\n`;
}

interface Rendered {
  /** The one-line form, or undefined once it is known to exceed the width. */
  flat: string | undefined;
  text: string;
}

function render(v: unknown, indent: string, width: number): Rendered {
  if (v === null || typeof v === 'string' || typeof v === 'boolean') return leaf(JSON.stringify(v));
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) throw new Error(`json-writer: not a finite number: ${v}`);
    return leaf(JSON.stringify(v));
  }
  if (typeof v !== 'object') throw new Error(`json-writer: cannot write a ${typeof v}`);
  const inner = `${indent}  `;
  const isArray = Array.isArray(v);
  const entries: [string, unknown][] = isArray ? (v as unknown[]).map((x) => ['', x]) : Object.entries(v as Record<string, unknown>).filter(([, x]) => x !== undefined);
  const [open, close] = isArray ? ['[', ']'] : ['{', '}'];
  if (entries.length === 0) return leaf(`${open}${close}`);
  const parts = entries.map(([k, x]) => ({ key: isArray ? '' : `${JSON.stringify(k)}: `, r: render(x, inner, width) }));
  let flat: string | undefined = undefined;
  if (parts.every((p) => p.r.flat !== undefined)) {
    const one = `${open}${parts.map((p) => p.key + p.r.flat).join(', ')}${close}`;
    if (one.length <= width) flat = one;
  }
  const text = flat ?? `${open}\n${parts.map((p) => inner + p.key + p.r.text).join(',\n')}\n${indent}${close}`;
  return { flat, text };
}

const leaf = (s: string): Rendered => ({ flat: s, text: s });
