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
    return toCompactJsonChunks(value, width, repeated).join('');
}
/** toCompactJson's text as ~64 KB chunks, never joined (a file written piece by piece: emitter.ts piecewiseFile). */
export function toCompactJsonChunks(value, width = 100, repeated) {
    const c = { w: new ChunkedText(), width, keys: new Map(), indents: [''], repeats: repeated && { uses: new Map(repeated), texts: new Map() } };
    write(value, 0, c);
    c.w.add('\n');
    return c.w.toChunks();
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
/**
 * Exactly `JSON.stringify(value, null, 2) + '\n'` for JSON data (plain objects and arrays, strings,
 * numbers, booleans, null; undefined entries left out of objects and written as null in arrays, as
 * JSON.stringify does), as ~64 KB chunks: no whole text is built (issue 17: Envoy's envoy.json is
 * 123 MB at 20k Ingresses). `refuseNull`: throw that Error at the first null or non-finite number
 * (JSON.stringify would write null) instead of writing it.
 */
export function toIndentedJsonChunks(value, refuseNull) {
    const c = { w: new ChunkedText(), keys: new Map(), indents: [''], refuseNull };
    writeIndented(value, 0, c);
    c.w.add('\n');
    return c.w.toChunks();
}
function writeIndented(v, depth, c) {
    if (typeof v === 'object' && v !== null && typeof v.toJSON === 'function')
        v = v.toJSON();
    if (typeof v === 'string')
        return c.w.add(JSON.stringify(v));
    if (typeof v === 'number') {
        if (!Number.isFinite(v) && c.refuseNull)
            throw c.refuseNull;
        return c.w.add(JSON.stringify(v));
    }
    if (typeof v === 'boolean')
        return c.w.add(v ? 'true' : 'false');
    if (v === null || typeof v !== 'object') {
        // undefined, a function or a symbol: only in an array, where JSON.stringify writes null.
        if (c.refuseNull)
            throw c.refuseNull;
        return c.w.add('null');
    }
    const inner = (c.indents[depth + 1] ??= '  '.repeat(depth + 1));
    if (Array.isArray(v)) {
        if (v.length === 0)
            return c.w.add('[]');
        c.w.add('[\n');
        const native = v.length >= NATIVE_ITEMS;
        for (let i = 0; i < v.length; i++) {
            c.w.add(i > 0 ? `,\n${inner}` : inner);
            if (!native || !writeNative(v[i], inner, c))
                writeIndented(v[i], depth + 1, c);
        }
    }
    else {
        let first = true;
        for (const k of Object.keys(v)) {
            const x = v[k];
            if (x === undefined || typeof x === 'function' || typeof x === 'symbol')
                continue;
            c.w.add(first ? `{\n${inner}` : `,\n${inner}`);
            first = false;
            let key = c.keys.get(k);
            if (key === undefined)
                c.keys.set(k, (key = `${JSON.stringify(k)}: `));
            c.w.add(key);
            writeIndented(x, depth + 1, c);
        }
        if (first)
            return c.w.add('{}');
    }
    c.w.add(`\n${c.indents[depth]}${Array.isArray(v) ? ']' : '}'}`);
}
/**
 * The items of a long array (Envoy's clusters, virtual hosts, filter chains: thousands, each small)
 * are written by JSON.stringify itself, indented to their depth: the same text (a JSON string holds
 * no line break), at native speed (the walk above cost Envoy ~0.8 s more at 20k Ingresses).
 */
const NATIVE_ITEMS = 64;
/** `x` at indentation `inner` by JSON.stringify; false (nothing written) when the walk must decide (a null to refuse, or no JSON text). */
function writeNative(x, inner, c) {
    if (typeof x !== 'object' || x === null)
        return false;
    // Wrapped in as many arrays as `inner` has levels, JSON.stringify indents `x` to its depth itself:
    // "[\n  [\n    " + x + "\n  ]\n]"; the wrapping is cut off again (a re-indenting pass cost as much as the writing).
    const levels = inner.length / 2;
    let wrapped = x;
    for (let k = 0; k < levels; k++)
        wrapped = [wrapped];
    const t = JSON.stringify(wrapped, null, 2);
    const text = t.slice(2 * levels + levels * (levels + 1), t.length - (2 * levels + levels * (levels - 1)));
    // "null" may be a string's text: the walk tells it from a null (or a NaN JSON would write as null).
    if (c.refuseNull !== undefined && text.includes('null'))
        return false;
    c.w.add(text);
    return true;
}
