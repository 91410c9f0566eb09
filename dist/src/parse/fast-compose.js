import { CST } from 'yaml';
import { bail, Fallback, FALLBACK, MAX_KEY_SPAN, plainKeyOk, resolvePlain } from './scalars.js';
/**
 * Plain JS values straight from the YAML library's CST, skipping its Composer (the document AST
 * with ranges and its toJS pass, about a fifth of the library's time). Used for the documents the
 * line reader (line-parse.ts) leaves to the library.
 *
 * It accepts only a conservative subset: block and flow collections, plain / quoted / block
 * scalars, comments. Anchors, aliases, tags, explicit keys, tabs in indentation, non-string or
 * duplicate keys, and every shape the Composer would report as an error give FALLBACK, and the
 * caller composes that document the usual way. Inside the subset the checks below are the
 * Composer's own (resolve-props, resolve-block-map/seq, resolve-flow-collection, resolve-end),
 * and scalars are resolved by the library's own functions and core-schema tags, so a document
 * either gets the value `Document.toJS()` would give or falls back. Positions are recorded the
 * way the Composer computes node ranges, so diagnostics point at the same place either way.
 * test/unit/yaml-readers.test.ts checks both equivalences on generated and hand-written YAML.
 */
export { FALLBACK };
/**
 * resolve-props for the tokens this subset allows (space, newline, comment, the one indicator,
 * commas in flow); anything else, a tab, or a case the Composer reports is a fallback.
 */
function props(tokens, indicator, startOnNewline, flow, offset) {
    let hasSpace = startOnNewline;
    let hasNewline = false;
    let comment = false;
    let found = null;
    let comma = null;
    for (const t of tokens) {
        switch (t.type) {
            case 'space':
                if (t.source.includes('\t'))
                    bail();
                hasSpace = true;
                break;
            case 'comment':
                if (!hasSpace)
                    bail();
                comment = true;
                break;
            case 'newline':
                hasNewline = true;
                hasSpace = true;
                break;
            case 'comma':
                if (!flow || comma)
                    bail();
                comma = t;
                hasSpace = false;
                break;
            default:
                if (t.type !== indicator || found)
                    bail();
                found = t;
                hasSpace = false;
        }
    }
    const last = tokens[tokens.length - 1];
    return { found, comma, hasNewline, comment, end: last ? last.offset + last.source.length : offset };
}
/** resolve-end: only space, newlines and comments may follow a node. */
function endOk(tokens, reqSpace) {
    if (!tokens)
        return;
    let hasSpace = false;
    for (const t of tokens) {
        if (t.type === 'space' || t.type === 'newline')
            hasSpace = true;
        else if (t.type === 'comment') {
            if (reqSpace && !hasSpace)
                bail();
        }
        else
            bail();
    }
}
const isFlowScalar = (t) => t?.type === 'scalar' || t?.type === 'single-quoted-scalar' || t?.type === 'double-quoted-scalar';
const isBlock = (t) => t?.type === 'block-map' || t?.type === 'block-seq';
/** Positions of the node the last call of `node` read (one variable instead of a tuple per node). */
let lastPos = { r: [0, 0, 0] };
function scalarSource(t) {
    // strict = true, as the Composer's default options; any complaint means the Composer would complain too.
    const r = CST.resolveAsScalar(t, true, bail);
    lastPos = { r: r.range };
    return r.value;
}
/** A map key: a one-line scalar that resolves to a string other than the ones JS objects treat specially. */
function keyOf(t) {
    if (!isFlowScalar(t))
        return bail();
    if (t.source.includes('\n') || t.end?.some((e) => e.type === 'newline'))
        bail();
    const s = scalarSource(t);
    if (!plainKeyOk(s, t.type === 'scalar'))
        bail();
    return s;
}
function node(t, depth, maxDepth) {
    switch (t.type) {
        case 'scalar':
            return resolvePlain(scalarSource(t));
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'block-scalar':
            return scalarSource(t);
        case 'block-map':
        case 'block-seq':
        case 'flow-collection':
            if (depth > maxDepth)
                bail();
            if (t.type === 'block-map')
                return blockMap(t, depth, maxDepth);
            if (t.type === 'block-seq')
                return blockSeq(t, depth, maxDepth);
            return flowCollection(t, depth, maxDepth);
        default:
            return bail();
    }
}
/**
 * A missing value ("key:" or "-" alone) is an empty plain scalar placed right after its indicator
 * and the spaces that follow it; its range reaches over a comment after it.
 */
function emptyValue(tokens, p) {
    let i = tokens.length - 1;
    let at = p.end;
    while (i >= 0 && (tokens[i].type === 'space' || tokens[i].type === 'comment' || tokens[i].type === 'newline'))
        at -= tokens[i--].source.length;
    if (i >= 0)
        for (let j = i + 1; tokens[j]?.type === 'space'; j++)
            at += tokens[j].source.length;
    lastPos = { r: [at, at, p.comment ? p.end : at] };
    return resolvePlain('');
}
function blockMap(bm, depth, maxDepth) {
    const out = {};
    const entries = new Map();
    let offset = bm.offset;
    let commentEnd;
    const n = bm.items.length;
    for (let i = 0; i < n; i++) {
        const { start, key, sep, value } = bm.items[i];
        const kp = props(start, 'explicit-key-ind', true, false, offset);
        if (kp.found)
            bail();
        if (!sep) {
            // Only comments: allowed as the last item (a map comment); anything else is the Composer's business.
            if (key || i !== n - 1)
                bail();
            commentEnd = kp.end;
            continue;
        }
        if (!key || !('indent' in key) || key.indent !== bm.indent)
            bail();
        const k = keyOf(key);
        const keyRange = lastPos.r;
        if (entries.has(k))
            bail();
        const vp = props(sep, 'map-value-ind', false, false, keyRange[2]);
        if (!vp.found)
            bail();
        if (vp.found.offset - key.offset > MAX_KEY_SPAN)
            bail();
        if (value?.type === 'block-map' && !vp.hasNewline)
            bail();
        out[k] = value ? node(value, depth + 1, maxDepth) : emptyValue(sep, vp);
        entries.set(k, { key: keyRange, value: lastPos });
        offset = lastPos.r[2];
    }
    lastPos = { r: [bm.offset, offset, commentEnd ?? offset], map: entries };
    return out;
}
function blockSeq(bs, depth, maxDepth) {
    const out = [];
    const items = [];
    let offset = bs.offset;
    let commentEnd;
    const n = bs.items.length;
    for (let i = 0; i < n; i++) {
        const { start, value } = bs.items[i];
        const p = props(start, 'seq-item-ind', true, false, offset);
        if (!p.found) {
            if (value || i !== n - 1)
                bail();
            commentEnd = p.end;
            continue;
        }
        out.push(value ? node(value, depth + 1, maxDepth) : emptyValue(start, p));
        items.push(lastPos);
        offset = lastPos.r[2];
    }
    lastPos = { r: [bs.offset, offset, commentEnd ?? offset], seq: items };
    return out;
}
function flowCollection(fc, depth, maxDepth) {
    const isMap = fc.start.source === '{';
    const seq = [];
    const map = {};
    const items = [];
    const entries = new Map();
    let offset = fc.offset + fc.start.source.length;
    const n = fc.items.length;
    for (let i = 0; i < n; i++) {
        const { start, key, sep, value } = fc.items[i];
        const p = props(start, 'explicit-key-ind', false, true, offset);
        if (p.found)
            bail();
        if (!key && !sep && !value) {
            // An empty item is only allowed last ("[a, ]"), never as "[, a]".
            if ((i === 0 && p.comma) || i < n - 1)
                bail();
            offset = p.end;
            continue;
        }
        if (i === 0 ? p.comma : !p.comma)
            bail();
        if (!isMap) {
            // "[a: b]" pairs inside sequences are left to the Composer.
            if (sep || key || !value || isBlock(value))
                bail();
            seq.push(node(value, depth + 1, maxDepth));
            items.push(lastPos);
            offset = lastPos.r[2];
            continue;
        }
        const k = keyOf(key);
        const keyRange = lastPos.r;
        const vp = props(sep ?? [], 'map-value-ind', false, true, keyRange[2]);
        if (!vp.found || isBlock(value))
            bail();
        if (entries.has(k))
            bail();
        map[k] = value ? node(value, depth + 1, maxDepth) : emptyValue(sep, vp);
        entries.set(k, { key: keyRange, value: lastPos });
        offset = lastPos.r[2];
    }
    const [close, ...rest] = fc.end;
    if (close?.source !== (isMap ? '}' : ']'))
        bail();
    endOk(rest, true);
    const closeEnd = close.offset + close.source.length;
    const r = [fc.offset, closeEnd, rest.reduce((o, t) => o + t.source.length, closeEnd)];
    lastPos = isMap ? { r, map: entries } : { r, seq: items };
    return isMap ? map : seq;
}
/**
 * The value of one CST document, FALLBACK when the Composer must handle it, or undefined for a
 * document with no content ("---" alone, or only comments).
 */
export function fastDocument(doc, maxDepth) {
    try {
        const p = props(doc.start, 'doc-start', true, false, doc.offset);
        const value = doc.value;
        if (p.found && isBlock(value) && !p.hasNewline)
            bail();
        endOk(doc.end, false);
        if (!value || (value.type === 'scalar' && value.source === '')) {
            if (value)
                endOk(value.end, true);
            return undefined;
        }
        const v = node(value, 1, maxDepth);
        return { value: v, positions: lastPos };
    }
    catch (e) {
        if (e instanceof Fallback)
            return FALLBACK;
        throw e;
    }
}
