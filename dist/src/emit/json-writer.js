/**
 * JSON with small values on one line: an object or array whose one-line form fits in `width`
 * characters is written on one line, anything larger is expanded with two-space indentation.
 * Every string and number is written by JSON.stringify, so the text is exactly the value
 * (JSON.parse gives it back) and line-based diffs stay readable. Plain objects, arrays, strings,
 * finite numbers, booleans and null only.
 */
export function toCompactJson(value, width = 100) {
    return `${render(value, '', width).text}\n`;
}
function render(v, indent, width) {
    if (v === null || typeof v === 'string' || typeof v === 'boolean')
        return leaf(JSON.stringify(v));
    if (typeof v === 'number') {
        if (!Number.isFinite(v))
            throw new Error(`json-writer: not a finite number: ${v}`);
        return leaf(JSON.stringify(v));
    }
    if (typeof v !== 'object')
        throw new Error(`json-writer: cannot write a ${typeof v}`);
    const inner = `${indent}  `;
    const isArray = Array.isArray(v);
    const entries = isArray ? v.map((x) => ['', x]) : Object.entries(v).filter(([, x]) => x !== undefined);
    const [open, close] = isArray ? ['[', ']'] : ['{', '}'];
    if (entries.length === 0)
        return leaf(`${open}${close}`);
    const parts = entries.map(([k, x]) => ({ key: isArray ? '' : `${JSON.stringify(k)}: `, r: render(x, inner, width) }));
    let flat = undefined;
    if (parts.every((p) => p.r.flat !== undefined)) {
        const one = `${open}${parts.map((p) => p.key + p.r.flat).join(', ')}${close}`;
        if (one.length <= width)
            flat = one;
    }
    const text = flat ?? `${open}\n${parts.map((p) => inner + p.key + p.r.text).join(',\n')}\n${indent}${close}`;
    return { flat, text };
}
const leaf = (s) => ({ flat: s, text: s });
