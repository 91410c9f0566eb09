import { isAlias, isCollection, isMap, isPair, isScalar, isSeq, LineCounter } from 'yaml';
import { readDocuments } from './read-documents.js';
import { UNREAD } from './line-parse.js';
import { kubectlReadsDifferently } from './kubectl-text.js';
import { locate, posFromAst } from './locate.js';
import { pruneObjectPositions, prunePositions } from './prune-positions.js';
import { dropUnreadValues } from './unread-values.js';
/**
 * Limits that keep hostile input bounded in time and memory (README "Hostile input"; measured by
 * bench/limits.ts). Real manifests are far below each of them.
 */
export const INPUT_LIMITS = {
    /** Aliases expanded per document (yaml's own alias-bomb guard). */
    maxAliasCount: 1000,
    /** Nesting of mappings and sequences in one document (Kubernetes objects stay below ~20). */
    maxDepth: 100,
};
export const DEFAULT_INPUT_LIMITS = { maxSourceChars: 64 * 1024 * 1024, maxObjects: 50_000 };
/** What the YAML library's recursion running out of stack is reported as. */
const TOO_DEEP_TO_READ = `nesting deeper than ingressc can read (at most ${INPUT_LIMITS.maxDepth} levels)`;
const MB = (n) => `${(n / (1024 * 1024)).toFixed(0)} MB`;
/**
 * The checks that need no parsing, for callers that parse a text themselves (lint's file
 * classifier): a reason to refuse it, or undefined.
 */
export function inputLimitExceeded(text, limits = DEFAULT_INPUT_LIMITS) {
    if (text.length > limits.maxSourceChars)
        return `the input is ${MB(text.length)}; ingressc reads at most ${MB(limits.maxSourceChars)} per input (split it into several files, or raise --max-input-mb)`;
    if (flowDepth(text) > FLOW_DEPTH_PREFILTER)
        return `brackets nested more than ${FLOW_DEPTH_PREFILTER} deep; ingressc reads at most ${INPUT_LIMITS.maxDepth} levels`;
    return undefined;
}
/**
 * Refuse absurd flow nesting ([[[…]]], {"a":{…}}) before the YAML library recurses into it: how deep
 * it can go before the stack runs out depends on how the code was built, and V8 may then abort the
 * process (seen in a regex compile) instead of throwing. Block nesting needs indentation, which the
 * size limit already bounds.
 */
const FLOW_DEPTH_PREFILTER = 1000;
function flowDepth(text) {
    let depth = 0, max = 0;
    let quote = '';
    let comment = false;
    for (let i = 0; i < text.length; i++) {
        const c = text[i];
        if (comment) {
            if (c === '\n')
                comment = false;
        }
        else if (quote) {
            if (quote === '"' && c === '\\')
                i++;
            else if (c === quote)
                quote = '';
        }
        else if (c === '"' || c === "'")
            quote = c;
        else if (c === '#' && (i === 0 || /\s/.test(text[i - 1])))
            comment = true;
        else if (c === '[' || c === '{')
            max = Math.max(max, ++depth);
        else if (c === ']' || c === '}')
            depth = Math.max(0, depth - 1);
    }
    return max;
}
export function parseSources(sources, diags, limits = DEFAULT_INPUT_LIMITS) {
    const out = [];
    readManifests(sources, diags, (m) => out.push(m), limits);
    return out;
}
/**
 * The manifests of the inputs handed to `take` one at a time, in parseSources' order, with the
 * same diagnostics. A List's items are read one at a time as they are taken (line-parse.ts
 * `stream`), so a caller that keeps nothing of an object holds one object at a time (issue 17).
 */
export function readManifests(sources, diags, take, limits = DEFAULT_INPUT_LIMITS) {
    // What the caller does with an object is not the reading's business: its errors pass by the
    // reader's own catch (parseOne), as they did when every object was read first.
    const sink = {
        take: (m) => {
            try {
                take(m);
            }
            catch (e) {
                throw new TakeFailed(e);
            }
        },
        taken: 0,
    };
    const budget = { objects: 0, exhausted: false, limits };
    for (const src of sources) {
        if (budget.exhausted)
            break;
        parseOne(src, diags, sink, budget);
    }
}
class TakeFailed {
    error;
    constructor(error) {
        this.error = error;
    }
}
/** Deepest nesting of a document's nodes, iteratively (a recursive walk is what deep input attacks). */
function tooDeep(doc) {
    const stack = [[doc.contents, 1]];
    while (stack.length) {
        const [node, depth] = stack.pop();
        if (!isCollection(node))
            continue;
        const n = node;
        if (depth > INPUT_LIMITS.maxDepth)
            return n;
        for (const item of n.items) {
            if (isPair(item)) {
                if (isCollection(item.key))
                    stack.push([item.key, depth + 1]);
                if (!isAlias(item.value))
                    stack.push([item.value, depth + 1]);
            }
            else
                stack.push([item, depth + 1]);
        }
    }
    return undefined;
}
/** Reads one input; every document is counted against the limit, and reading stops there. */
function parseOne(src, diags, out, budget) {
    const tooBig = inputLimitExceeded(src.text, budget.limits);
    if (tooBig) {
        diags.report('IC1009', { file: src.path, line: 1, col: 1 }, { detail: tooBig });
        return;
    }
    const odd = kubectlReadsDifferently(src.text);
    if (odd) {
        const before = src.text.slice(0, odd.offset);
        const line = before.split('\n').length;
        diags.report(odd.code, { file: src.path, line, col: odd.offset - (before.lastIndexOf('\n') + 1) + 1 }, odd.args);
        return;
    }
    const lineCounter = new LineCounter();
    const state = { seen: 0 };
    const lastRead = {};
    try {
        for (const r of readDocuments(src.text, lineCounter, INPUT_LIMITS.maxDepth, 'stream')) {
            // No closure here may use `r`: each one would keep the document as first read (its positions too).
            const shift = r.shift;
            const lc = shift === 0 ? lineCounter : { linePos: (offset) => lineCounter.linePos(offset + shift) };
            if (++budget.objects > budget.limits.maxObjects) {
                const p = lc.linePos(r.offset);
                diags.report('IC1009', { file: src.path, line: p.line, col: p.col }, { detail: `more than ${budget.limits.maxObjects} documents in the inputs; the rest is not read (--max-objects raises the limit)` });
                budget.exhausted = true;
                state.seen++;
                break;
            }
            if ('doc' in r)
                composedDocument(r.doc, src.path, lc, diags, out, state, (a, b) => src.text.slice(a + shift, b + shift), budget.limits);
            else if ('fast' in r) {
                state.seen++;
                // A List is one document of many objects: reading it again would hold a second copy of all
                // of them. It keeps its first reading's positions; the items the line reader cut are read
                // (value and positions) one at a time, as each is taken. Any other document gets the
                // values of its cut items at once.
                const list = isList(r.fast.value);
                if (!list && r.take)
                    takeCutItems(r.fast, r.take);
                const positions = r.again && !list ? rereadPositions(r.again, lastRead) : keptPositions(r.fast.positions);
                const items = list && r.take ? cutItemReader(r.fast.positions, r.take) : undefined;
                addObject(r.fast.value, { file: src.path, lineCounter: lc, base: [], positions, text: (a, b) => src.text.slice(a + shift, b + shift) }, diags, out, budget.limits, items);
            }
        }
    }
    catch (e) {
        if (e instanceof TakeFailed)
            throw e.error;
        // The YAML library recurses per nesting level: absurd nesting ends here, not in a crash.
        const p = lineCounter.linePos(0);
        diags.report('IC1009', { file: src.path, line: p.line, col: p.col }, { detail: /call stack/i.test(e.message) ? TOO_DEEP_TO_READ : firstLine(e.message) });
        state.seen++;
    }
    if (state.seen === 0)
        diags.report('IC1005', { file: src.path, line: 1, col: 1 });
}
function keptPositions(positions) {
    prunePositions(positions);
    return () => positions;
}
function cachedRead(key, read, last) {
    return () => {
        if (last.key !== key) {
            last.positions = read();
            last.key = key;
        }
        return last.positions;
    };
}
function rereadPositions(again, last) {
    return cachedRead(again, () => {
        const positions = again();
        prunePositions(positions);
        return positions;
    }, last);
}
/**
 * A `kubectl get -o yaml` List of 20,000 Ingresses held ~380 MB of positions from its first reading
 * until validation ended (issue 17), and ~100 MB of values; the line reader keeps only each item's
 * range (PosNode.cut) and builds neither, and each item is read here when it is taken.
 */
function cutItemReader(listPositions, take) {
    const items = listPositions.map?.get('items')?.value?.seq;
    return (list, i) => {
        const cut = items?.[i];
        if (!cut?.cut)
            throw new Error(`List item ${i} was not cut`);
        const { value, positions } = take(cut);
        pruneObjectPositions(positions);
        return { value, loc: { ...list, base: [], positions: () => positions } };
    };
}
/** The values of the cut items of a document that is not a List (an EndpointSlice's `endpoints`), in place. */
function takeCutItems(doc, take) {
    const value = doc.value;
    for (const [key, entry] of doc.positions.map ?? []) {
        const seq = entry.value?.seq;
        if (!seq?.some((p) => p?.cut))
            continue;
        const arr = value[key];
        seq.forEach((p, i) => {
            if (p?.cut)
                arr[i] = take(p).value;
        });
    }
}
function composedDocument(doc, file, lineCounter, diags, out, state, text, limits) {
    let positions = null;
    const base = { file, lineCounter, base: [], positions: () => (positions === null ? (positions = posFromAst(doc.contents)) : positions), text };
    if (doc.errors.length > 0) {
        const joined = joinedObjects(doc);
        if (joined)
            diags.report('IC1021', { file, ...lineCounter.linePos(joined.offset) }, { key: joined.key });
        for (const e of doc.errors) {
            // Every other top-level key of the second object repeats too: one IC1021 says it all.
            if (joined && e.code === 'DUPLICATE_KEY' && joined.topKeys.has(e.pos[0]))
                continue;
            const p = lineCounter.linePos(e.pos[0]);
            const ref = { file, line: p.line, col: p.col };
            // The YAML library recurses per nesting level and reports the overflow as a syntax error.
            if (/call stack/i.test(e.message))
                diags.report('IC1009', ref, { detail: TOO_DEEP_TO_READ });
            else
                diags.report('IC1001', ref, { detail: firstLine(e.message) });
        }
        state.seen++;
        return;
    }
    // An explicit core tag the value does not fit (`!!int abc`): the library warns, go-yaml fails.
    const badTag = doc.warnings.find((w) => w.code === 'TAG_RESOLVE_FAILED' && /tag:yaml\.org,2002:(?:null|bool|int|float|binary|timestamp)\b|!!binary|!!timestamp/.test(w.message));
    if (badTag) {
        const p = lineCounter.linePos(badTag.pos[0]);
        diags.report('IC1034', { file, line: p.line, col: p.col }, { detail: firstLine(badTag.message) });
        state.seen++;
        return;
    }
    // "---" with nothing after it, or only comments (common in `helm template` output).
    if (doc.contents === null || (isScalar(doc.contents) && doc.contents.value === null && doc.contents.source === ''))
        return;
    state.seen++;
    const deep = tooDeep(doc);
    if (deep) {
        const p = lineCounter.linePos(deep.range?.[0] ?? doc.range[0]);
        diags.report('IC1009', { file, line: p.line, col: p.col }, { detail: `nesting deeper than ${INPUT_LIMITS.maxDepth} levels` });
        return;
    }
    if (!keysAsKubernetesReadsThem(doc, file, lineCounter, diags))
        return;
    let value;
    try {
        value = doc.toJS({ maxAliasCount: INPUT_LIMITS.maxAliasCount });
    }
    catch (e) {
        diags.report('IC1009', locate(base, []), { detail: firstLine(e.message) });
        return;
    }
    addObject(value, base, diags, out, limits);
}
/**
 * Two Kubernetes objects in one document (`cat a.yaml b.yaml` where a.yaml does not end with "---"):
 * a second apiVersion or kind at the top level. Its offset, and the offsets of all top-level keys.
 */
function joinedObjects(doc) {
    if (!isMap(doc.contents))
        return undefined;
    const seen = new Set();
    const topKeys = new Set();
    let joined;
    for (const p of doc.contents.items) {
        if (!isScalar(p.key) || typeof p.key.value !== 'string' || !p.key.range)
            continue;
        topKeys.add(p.key.range[0]);
        const k = p.key.value;
        if (!joined && seen.has(k) && (k === 'apiVersion' || k === 'kind'))
            joined = { key: k, offset: p.key.range[0] };
        seen.add(k);
    }
    return joined ? { ...joined, topKeys } : undefined;
}
/**
 * Keys where the JSON Kubernetes builds differs from the library's: a null or non-integer key
 * (sigs.k8s.io/yaml refuses a null key and formats floats as Go does), and a "<<" merge that
 * supplies a key written before it (go-yaml v2 applies pairs in order, so the merge wins there).
 */
function keysAsKubernetesReadsThem(doc, file, lineCounter, diags) {
    let ok = true;
    const at = (n) => {
        const p = lineCounter.linePos(n?.range?.[0] ?? doc.range[0]);
        return { file, line: p.line, col: p.col };
    };
    const mergedKeys = (v, out) => {
        const src = isAlias(v) ? v.resolve(doc) : v;
        if (isSeq(src))
            for (const it of src.items)
                mergedKeys(it, out);
        else if (isMap(src))
            for (const p of src.items)
                if (isScalar(p.key))
                    out.add(String(p.key.value));
    };
    // Aliases are not followed (a merge reads only the keys of its source), so this is linear in the document.
    const stack = [doc.contents];
    while (stack.length) {
        const node = stack.pop();
        if (!isCollection(node))
            continue;
        if (isSeq(node)) {
            for (const it of node.items)
                stack.push(it);
            continue;
        }
        const seen = new Set();
        for (const p of node.items) {
            const k = p.key;
            if (isScalar(k) && typeof k.value === 'symbol') {
                const merged = new Set();
                mergedKeys(p.value, merged);
                const clash = [...merged].filter((x) => seen.has(x));
                if (clash.length) {
                    diags.report('IC1033', at(k), { keys: clash.map((x) => JSON.stringify(x)).join(', ') });
                    ok = false;
                }
                for (const x of merged)
                    seen.add(x);
            }
            else if (isScalar(k)) {
                const v = k.value;
                if (v === null || (typeof v === 'number' && !Number.isSafeInteger(v))) {
                    diags.report('IC1032', at(k), { key: JSON.stringify(k.source ?? String(v)), found: v === null ? 'null' : `the number ${String(v)}` });
                    ok = false;
                }
                seen.add(String(v));
            }
            else if (isCollection(k)) {
                // sigs.k8s.io/yaml refuses a mapping or sequence as a key ("Unsupported map key"); the
                // library would stringify it, and it has been seen to drop content below one silently.
                diags.report('IC1032', at(k), { key: JSON.stringify(String(k)), found: isMap(k) ? 'a mapping' : 'a sequence' });
                ok = false;
            }
            if (!isAlias(p.value))
                stack.push(p.value);
        }
    }
    return ok;
}
/** The same document, for an object inside it (a List item). */
const childLocator = (loc, base) => ({ ...loc, base });
function addObject(value, loc, diags, out, limits, cutItems) {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
        diags.report('IC1002', locate(loc, []), { found: describe(value) });
        return;
    }
    const obj = value;
    for (const field of ['apiVersion', 'kind']) {
        if (typeof obj[field] !== 'string' || obj[field] === '') {
            diags.report('IC1003', locate(loc, obj[field] === undefined ? [] : [field]), { field });
            return;
        }
    }
    const kind = obj.kind;
    if (isList(obj)) {
        const items = Array.isArray(obj.items) ? obj.items : [];
        if (items.length > limits.maxObjects) {
            diags.report('IC1009', locate(loc, ['items']), { detail: `a List of ${items.length} items; ingressc reads at most ${limits.maxObjects} objects (--max-objects raises the limit)` });
            return;
        }
        items.forEach((item, i) => {
            if (item === UNREAD && cutItems) {
                const cut = cutItems(loc, i);
                addObject(cut.value, cut.loc, diags, out, limits);
            }
            else
                addObject(item, childLocator(loc, [...loc.base, 'items', i]), diags, out, limits);
        });
        return;
    }
    dropUnreadValues(obj);
    out.take({ apiVersion: obj.apiVersion, kind, obj, loc, order: out.taken++ });
}
/** A List of objects (`kubectl get -o yaml`), whose items are read as objects of their own. */
function isList(v) {
    const o = v;
    if (o === null || typeof o !== 'object' || typeof o.kind !== 'string')
        return false;
    return o.kind === 'List' || (o.kind.endsWith('List') && Array.isArray(o.items));
}
function describe(v) {
    if (v === null)
        return 'null';
    if (Array.isArray(v))
        return 'a list';
    return `a ${typeof v}`;
}
function firstLine(s) {
    return s.split('\n')[0].trim();
}
