import { ChunkedText } from './chunked-text.js';
const PLAIN_KEY = /^[A-Za-z_][A-Za-z0-9_.-]*$/;
// Scalars a YAML 1.1 or 1.2 reader would turn into a boolean, null or number.
const RESERVED = /^(?:y|n|yes|no|on|off|true|false|null|~|[-+]?(?:\.?[0-9]|0[xob])[0-9a-fA-F_.xob:eE+-]*|[-+]?\.(?:inf|nan))$/i;
function plainSafe(s) {
    if (s === '' || s !== s.trim() || RESERVED.test(s))
        return false;
    if (/^[-?:,[\]{}#&*!|>'"%@`]/.test(s))
        return false;
    if (/: |:$| #|[\u0000-\u001f\u007f-\u009f\u2028\u2029\ufeff]/.test(s))
        return false;
    return /^[\x20-\x7e]+$/.test(s);
}
export function toBlockYaml(value, opts = {}) {
    return toBlockYamlChunks(value, opts).join('');
}
/** toBlockYaml's text as ~64 KB chunks, never joined (a file written piece by piece: emitter.ts piecewiseFile). */
export function toBlockYamlChunks(value, opts = {}) {
    const text = new ChunkedText();
    const out = {
        push(line) {
            text.add(line);
            text.add('\n');
        },
    };
    const scalar = (v) => {
        if (typeof v === 'string')
            return opts.plainStrings && plainSafe(v) ? v : JSON.stringify(v);
        if (typeof v === 'number') {
            if (!Number.isFinite(v))
                throw new Error(`yaml-writer: not a finite number: ${v}`);
            return String(v);
        }
        if (typeof v === 'boolean')
            return String(v);
        if (v === null)
            return 'null';
        throw new Error(`yaml-writer: cannot write ${typeof v}`);
    };
    const key = (k) => (PLAIN_KEY.test(k) && !RESERVED.test(k) ? k : JSON.stringify(k));
    const isEmptyCollection = (v) => {
        if (Array.isArray(v))
            return v.length === 0 ? '[]' : undefined;
        if (v === null || typeof v !== 'object')
            return undefined;
        for (const k in v)
            if (v[k] !== undefined)
                return undefined;
        return '{}';
    };
    // `prefix` is what precedes the first line of this value ("key:" or "- "), at `indent`.
    const writeMapping = (obj, indent, firstPrefix) => {
        let first = true;
        for (const [k, v] of Object.entries(obj)) {
            if (v === undefined)
                continue;
            const lead = first ? firstPrefix : indent;
            first = false;
            const empty = isEmptyCollection(v);
            if (empty !== undefined)
                out.push(`${lead}${key(k)}: ${empty}`);
            else if (Array.isArray(v)) {
                out.push(`${lead}${key(k)}:`);
                writeSequence(v, `${indent}  `);
            }
            else if (v !== null && typeof v === 'object') {
                out.push(`${lead}${key(k)}:`);
                writeMapping(v, `${indent}  `, `${indent}  `);
            }
            else
                out.push(`${lead}${key(k)}: ${scalar(v)}`);
        }
    };
    const writeSequence = (arr, indent) => {
        for (const item of arr) {
            const empty = isEmptyCollection(item);
            if (empty !== undefined)
                out.push(`${indent}- ${empty}`);
            else if (Array.isArray(item)) {
                out.push(`${indent}-`);
                writeSequence(item, `${indent}  `);
            }
            else if (item !== null && typeof item === 'object')
                writeMapping(item, `${indent}  `, `${indent}- `);
            else
                out.push(`${indent}- ${scalar(item)}`);
        }
    };
    const empty = isEmptyCollection(value);
    if (empty !== undefined)
        out.push(empty);
    else if (Array.isArray(value))
        writeSequence(value, '');
    else if (value !== null && typeof value === 'object')
        writeMapping(value, '', '');
    else
        out.push(scalar(value));
    return text.toChunks();
}
