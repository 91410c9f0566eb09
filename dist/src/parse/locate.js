import { isMap, isPair, isScalar, isSeq } from 'yaml';
/** The source text of the value at `path`, if it is there. */
export function sourceAt(loc, path) {
    let node = loc.positions();
    for (const seg of [...loc.base, ...path]) {
        if (node?.map)
            node = node.map.get(String(seg))?.value;
        else if (node?.seq && typeof seg === 'number')
            node = node.seq[seg];
        else
            return undefined;
    }
    return node && loc.text ? loc.text(node.r[0], node.r[1]) : undefined;
}
/** Positions from a composed document's AST; the first pair wins for a repeated key, as in lookups. */
export function posFromAst(node) {
    const n = node;
    if (!n?.range)
        return undefined;
    const r = n.range;
    if (isMap(n)) {
        const map = new Map();
        for (const p of n.items) {
            if (!isPair(p) || !isScalar(p.key) || !p.key.range)
                continue;
            const k = String(p.key.value);
            if (!map.has(k))
                map.set(k, { key: p.key.range, value: posFromAst(p.value) });
        }
        return { r, map };
    }
    if (isSeq(n))
        return { r, seq: n.items.map((i) => posFromAst(i)) };
    return { r };
}
function refOf(loc, range) {
    const start = range?.[0] ?? 0;
    const end = range?.[1] ?? start;
    const s = loc.lineCounter.linePos(start);
    const e = loc.lineCounter.linePos(end);
    return { file: loc.file, line: s.line, col: s.col, endLine: e.line, endCol: e.col };
}
const isCollection = (p) => p?.map !== undefined || p?.seq !== undefined;
/**
 * Position of the value at `path` (relative to the object). With `key`, the position of the
 * map key naming the last segment (used for unknown fields). Falls back to the deepest node
 * that exists, so a missing field points at its parent.
 */
export function locate(loc, path, opts = {}) {
    let node = loc.positions();
    let best = node?.r;
    let bestIsCollection = isCollection(node);
    // A mapping or list value is reported at the key that names it ("port:" rather than the
    // first line inside it), which is where a person looks.
    let keyOfBest;
    const full = [...loc.base, ...path];
    for (let i = 0; i < full.length; i++) {
        const seg = full[i];
        const last = i === full.length - 1;
        if (node?.map) {
            const entry = node.map.get(String(seg));
            if (!entry)
                break;
            if (last && opts.key)
                return refOf(loc, entry.key);
            node = entry.value;
            keyOfBest = entry.key;
            best = node ? node.r : entry.key;
            bestIsCollection = isCollection(node);
        }
        else if (node?.seq && typeof seg === 'number') {
            node = node.seq[seg];
            if (!node)
                break;
            best = node.r;
            bestIsCollection = isCollection(node);
            keyOfBest = undefined;
        }
        else
            break;
    }
    if (keyOfBest && bestIsCollection)
        return refOf(loc, keyOfBest);
    return refOf(loc, best);
}
/** "spec.rules[0].http.paths[1].path" from a field path. */
export function fieldName(path) {
    let s = '';
    for (const seg of path) {
        if (typeof seg === 'number')
            s += `[${seg}]`;
        else if (/^[A-Za-z_][A-Za-z0-9_]*$/.test(seg))
            s += s ? `.${seg}` : seg;
        else
            s += `[${JSON.stringify(seg)}]`;
    }
    return s;
}
