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
 * up to `width` characters, so trying it at every level is cheap; the one-line forms of the
 * entries found while trying their parent are kept for writing them (issue 17: each was built twice).
 *
 * `repeated`: objects the value holds more than once, and how many times each is written; the
 * text of the first writing is kept for the next ones at the same depth, until the last.
 */
export function toCompactJson(value, width = 100, repeated) {
    const c = { w: new ChunkedText(), width, keys: new Map(), indents: [''], repeats: repeated && { uses: new Map(repeated), texts: new Map() } };
    write(value, 0, c);
    c.w.add('\n');
    return c.w.toString();
}
/** The text of a scalar. */
function scalar(v) {
    if (typeof v === 'string')
        return JSON.stringify(v);
    if (typeof v === 'number') {
        if (!Number.isFinite(v))
            throw new Error(`json-writer: not a finite number: ${v}`);
        return JSON.stringify(v);
    }
    if (v === null)
        return 'null';
    if (typeof v === 'boolean')
        return v ? 'true' : 'false';
    throw new Error(`json-writer: cannot write a ${typeof v}`);
}
function keyText(k, c) {
    let t = c.keys.get(k);
    if (t === undefined) {
        t = `${JSON.stringify(k)}: `;
        c.keys.set(k, t);
    }
    return t;
}
/** An object's keys whose values are defined (the others are not written). */
function definedKeys(v) {
    const keys = Object.keys(v);
    for (const k of keys)
        if (v[k] === undefined)
            return keys.filter((x) => v[x] !== undefined);
    return keys;
}
/**
 * The one-line form of `v` if it has at most `budget` characters, else undefined. Entry by entry,
 * stopping as soon as the line is too long (a 50k-item array costs one item here). `kept`, when
 * given, receives the one-line forms of the entries built on the way, by position.
 */
function oneLine(v, budget, c, kept) {
    if (typeof v !== 'object' || v === null) {
        const t = scalar(v);
        return t.length <= budget ? t : undefined;
    }
    let s;
    if (Array.isArray(v)) {
        if (v.length === 0)
            return budget >= 2 ? '[]' : undefined;
        s = '[';
        for (let i = 0; i < v.length; i++) {
            if (i > 0)
                s += ', ';
            // The closing bracket still has to fit.
            const inner = oneLine(v[i], budget - s.length - 1, c);
            if (inner === undefined)
                return undefined;
            if (kept)
                kept.push(inner);
            s += inner;
        }
        s += ']';
    }
    else {
        const keys = definedKeys(v);
        if (keys.length === 0)
            return budget >= 2 ? '{}' : undefined;
        s = '{';
        for (let i = 0; i < keys.length; i++) {
            s += i > 0 ? `, ${keyText(keys[i], c)}` : keyText(keys[i], c);
            const inner = oneLine(v[keys[i]], budget - s.length - 1, c);
            if (inner === undefined)
                return undefined;
            if (kept)
                kept.push(inner);
            s += inner;
        }
        s += '}';
    }
    return s.length <= budget ? s : undefined;
}
function indent(depth, c) {
    return (c.indents[depth] ??= '  '.repeat(depth));
}
/** A scalar whole, whatever its length; a collection on one line if that fits, else one entry per line. */
function write(v, depth, c) {
    if (c.repeats !== undefined && typeof v === 'object' && v !== null) {
        const left = c.repeats.uses.get(v);
        if (left !== undefined)
            return writeRepeated(v, left, depth, c);
    }
    writeValue(v, depth, c);
}
function writeValue(v, depth, c) {
    if (typeof v !== 'object' || v === null)
        return c.w.add(scalar(v));
    const isArray = Array.isArray(v);
    const keys = isArray ? undefined : definedKeys(v);
    // An empty collection is written whole, like a scalar.
    if (isArray ? v.length === 0 : keys.length === 0)
        return c.w.add(isArray ? '[]' : '{}');
    const kept = [];
    const flat = oneLine(v, c.width, c, kept);
    if (flat !== undefined)
        return c.w.add(flat);
    const inner = indent(depth + 1, c);
    c.w.add(isArray ? '[\n' : '{\n');
    const n = isArray ? v.length : keys.length;
    for (let i = 0; i < n; i++) {
        if (i > 0)
            c.w.add(',\n');
        c.w.add(inner);
        if (!isArray)
            c.w.add(keyText(keys[i], c));
        const x = isArray ? v[i] : v[keys[i]];
        // An entry's one-line form fits wherever it fitted inside its parent's.
        const line = kept[i];
        if (line !== undefined)
            c.w.add(line);
        else
            write(x, depth + 1, c);
    }
    c.w.add(`\n${indent(depth, c)}${isArray ? ']' : '}'}`);
}
/** `v` with `left` writings to go, this one included: the kept text if it was written at this depth. */
function writeRepeated(v, left, depth, c) {
    const repeats = c.repeats;
    const kept = repeats.texts.get(v);
    if (left > 1)
        repeats.uses.set(v, left - 1);
    else {
        repeats.uses.delete(v);
        repeats.texts.delete(v);
    }
    if (kept !== undefined && kept.depth === depth)
        return c.w.add(kept.text);
    const w = c.w;
    const own = new ChunkedText();
    c.w = own;
    try {
        writeValue(v, depth, c);
    }
    finally {
        c.w = w;
    }
    const text = own.toString();
    if (left > 1)
        repeats.texts.set(v, { depth, text });
    w.add(text);
}
