import { CST } from 'yaml';
import { pruneWhileReading } from './prune-positions.js';
import { bail, Fallback, FALLBACK, MAX_KEY_SPAN, plainKeyOk, resolvePlain } from './scalars.js';
/**
 * Reads one document of the everyday Kubernetes shape straight from the text, line by line:
 * block maps and sequences indented with spaces, `- key: value` items, one-line plain, quoted
 * and `[a, "b"]` values, comments before the content and after a value. The YAML library's
 * lexer and parser take most of a compile's time (BENCHMARKS.md P1); this takes a fraction.
 *
 * Anything else — comment lines inside the content, multi-line scalars, anchors,
 * tags, flow maps, quoted keys, tabs, CR, odd indentation, block scalars other than one-indentation
 * `|`/`|-` — returns FALLBACK and the document goes
 * through the library (fast-compose, else its Composer). Within the subset, values are what
 * `Document.toJS()` gives and positions are the Composer's node ranges; test/unit/yaml-readers.test.ts
 * checks both against the library on generated, damaged and hand-written documents.
 */
export { FALLBACK };
/** No document at all: the text before the first "---" held only comments and blank lines. */
export const NO_DOCUMENT = Symbol('no document');
// Plain keys, with ":" inside when no space follows it (server-side apply's `f:metadata`, `.`).
const KEY = /[A-Za-z0-9_.][A-Za-z0-9_./-]*(?::[A-Za-z0-9_./-]+)*:(?=[ \n]|$)/y;
/** First characters a one-line plain value may have here (indicators, quotes and the like may not). */
const PLAIN_START = /[A-Za-z0-9/._~$=+(]/y;
const FLOW_PLAIN = /[A-Za-z0-9/._~$=+(][^,[\]{}#"' ]*/y;
/**
 * The depth of the sequence whose block-map items a first reading cuts (PosNode.cut): a List's
 * `items` (the document's map is depth 1, its values depth 2).
 */
const CUT_DEPTH = 2;
/** In a value read to `stream`: an item the reading cut (PosNode.cut), whose value it did not build. */
export const UNREAD = Symbol('unread item');
class Reader {
    text;
    source;
    maxDepth;
    mode;
    p = 0;
    lastPos = { r: [0, 0, 0] };
    /** Lines `base`… of the document (line()). */
    buf = [];
    base = 0;
    /**
     * Whether values are built: not when read `again`, nor inside an item a `stream` reading cuts
     * (which still resolves its quoted scalars: one the library refuses sends the document there).
     */
    build;
    constructor(text, source, maxDepth, mode) {
        this.text = text;
        this.source = source;
        this.maxDepth = maxDepth;
        this.mode = mode;
        this.build = mode !== 'again';
    }
    /**
     * Line `i`, read from the source when first asked for. The reader only moves forward (it asks for
     * the line it is on and the one after), so only the lines from `i - 1` on are kept: a List of
     * 20,000 Ingresses has 1.6 million lines, and holding them all while it is read put ~60 MB in
     * the old generation (issue 17).
     */
    line(i) {
        let j = i - this.base;
        while (j >= this.buf.length) {
            const l = this.source.next();
            if (!l)
                return undefined;
            if (this.buf.length >= 1024 && j > 1) {
                this.buf = this.buf.slice(j - 1);
                this.base += j - 1;
                j = 1;
            }
            this.buf.push(l);
        }
        return this.buf[j];
    }
    /** The value, or undefined when read `again`. */
    document() {
        const first = this.line(0);
        const value = this.node(first.i, 1);
        if (this.line(this.p) !== undefined)
            bail();
        return { value, positions: this.lastPos };
    }
    /** The item of a sequence at CUT_DEPTH on the first line: its positions, and its value unless read `again`. */
    cutItem() {
        const l = this.line(0);
        const out = [];
        this.item(l, l.i, CUT_DEPTH, out);
        if (this.line(this.p) !== undefined)
            bail();
        return { value: out[0], positions: this.lastPos };
    }
    node(indent, depth) {
        if (depth > this.maxDepth)
            bail();
        const l = this.line(this.p);
        if (this.isSeqItem(l))
            return this.seq(indent, depth);
        return this.map(l.c, indent, depth);
    }
    isSeqItem(l) {
        return this.isDash(l.c, l.e);
    }
    /** A "-" at `x` followed by a space or the end of the line: a sequence item indicator. */
    isDash(x, lineEnd) {
        return this.text.charCodeAt(x) === 45 /* - */ && (x + 1 === lineEnd || this.text.charCodeAt(x + 1) === 32);
    }
    /** Past a line that ended with a value: a deeper next line would continue it (or be an error the library reports). */
    nextAfterValue(indent) {
        this.p++;
        const next = this.line(this.p);
        if (next && next.i > indent)
            bail();
    }
    /** A block map whose first key is at offset `x` on the current line; its keys sit at column `indent`. */
    map(x, indent, depth) {
        const out = this.build ? {} : undefined;
        const entries = new Map();
        const start = x;
        let end = x;
        for (;;) {
            const l = this.line(this.p);
            KEY.lastIndex = x;
            if (!KEY.test(this.text))
                bail();
            const colon = KEY.lastIndex - 1;
            if (colon - x > MAX_KEY_SPAN)
                bail();
            const key = this.text.slice(x, colon);
            if (!plainKeyOk(key, true) || entries.has(key))
                bail();
            const keyRange = [x, colon, colon];
            let v = colon + 1;
            while (this.text.charCodeAt(v) === 32)
                v++;
            let value;
            if (v === l.e || this.text.charCodeAt(v) === 35 /* # */) {
                // "key:" alone: the value is on the next lines, or there is none.
                const comment = v !== l.e;
                this.p++;
                const next = this.line(this.p);
                if (next && (next.i > indent || (next.i === indent && this.isSeqItem(next))))
                    value = this.node(next.i, depth + 1);
                else {
                    if (comment)
                        bail();
                    this.lastPos = { r: [v, v, v] };
                    value = out && resolvePlain('');
                }
            }
            else if (this.text.charCodeAt(v) === 124 /* | */)
                value = this.literal(v, l, indent);
            else {
                value = this.inline(v, l, depth);
                this.nextAfterValue(indent);
            }
            if (out)
                out[key] = value;
            pruneWhileReading(key, this.lastPos, entries);
            entries.set(key, { key: keyRange, value: this.lastPos });
            end = this.lastPos.r[2];
            const next = this.line(this.p);
            if (!next || next.i < indent)
                break;
            if (next.i > indent || this.isSeqItem(next))
                bail();
            x = next.c;
        }
        this.lastPos = { r: [start, end, end], map: entries };
        return out;
    }
    /** A block sequence whose "-" are at column `indent`. */
    seq(indent, depth) {
        const out = this.build ? [] : undefined;
        const items = [];
        const start = this.line(this.p).c;
        let end = start;
        for (;;) {
            const l = this.line(this.p);
            const isMap = this.item(l, indent, depth, out);
            // The item's positions die young; cutItem() reads them again from its range.
            items.push(isMap && this.mode !== 'again' && depth === CUT_DEPTH ? { r: this.lastPos.r, cut: true } : this.lastPos);
            end = this.lastPos.r[2];
            const next = this.line(this.p);
            if (!next || next.i < indent)
                break;
            if (next.i > indent)
                bail();
            if (!this.isSeqItem(next))
                break; // the parent map's next key, at the same column
        }
        this.lastPos = { r: [start, end, end], seq: items };
        return out;
    }
    /** One item of a sequence at `indent` whose "-" is on line `l`, into `out`; true for a block map. */
    item(l, indent, depth, out) {
        let x = l.c + 1;
        while (this.text.charCodeAt(x) === 32)
            x++;
        if (x === l.e || this.text.charCodeAt(x) === 35 /* # */)
            bail(); // "-" alone: rare, left to the library
        if (this.isDash(x, l.e))
            bail(); // "- - a"
        KEY.lastIndex = x;
        if (KEY.test(this.text)) {
            // "- key: value": a map whose keys sit at the column of this first key.
            if (depth + 1 > this.maxDepth)
                bail();
            if (this.mode === 'stream' && depth === CUT_DEPTH && this.build) {
                this.build = false;
                this.map(x, x - l.c + l.i, depth + 1);
                this.build = true;
                out?.push(UNREAD);
                return true;
            }
            const value = this.map(x, x - l.c + l.i, depth + 1);
            out?.push(value);
            return true;
        }
        const value = this.inline(x, l, depth);
        out?.push(value);
        this.nextAfterValue(indent);
        return false;
    }
    /**
     * `key: |` or `key: |-` whose lines all sit at one indentation, none blank or a comment (kubectl's
     * last-applied-configuration JSON): a literal block scalar, clipped or stripped. Other headers
     * and shapes are the library's.
     */
    literal(v, l, indent) {
        const t = this.text;
        let h = v + 1;
        const strip = t.charCodeAt(h) === 45; /* - */
        if (strip)
            h++;
        if (h !== l.e)
            bail();
        const first = this.line(this.p + 1);
        if (!first || first.i <= indent || first.c - first.i !== l.n)
            bail();
        const parts = this.build ? [] : undefined;
        let prev = l;
        for (this.p++;; this.p++) {
            const c = this.line(this.p);
            if (!c || c.i <= indent)
                break;
            if (c.i !== first.i || c.c - c.i !== prev.n)
                bail();
            parts?.push(t.slice(c.c, c.e));
            prev = c;
        }
        if (prev.n === prev.e)
            bail(); // no final line break: the library's
        // Blank lines after the last one were skipped (ContentLines); one of spaces is content when it is
        // more indented than the block (" " below a two-space block keeps "\n \n"): only empty ones here.
        for (let x = prev.n; x < t.length;) {
            const nl = t.indexOf('\n', x);
            const end = nl === -1 ? t.length : nl;
            let y = x;
            while (y < end && t.charCodeAt(y) === 32)
                y++;
            if (y < end)
                break;
            if (end > x)
                bail();
            if (nl === -1)
                break;
            x = nl + 1;
        }
        this.lastPos = { r: [v, prev.n, prev.n] };
        return parts && parts.join('\n') + (strip ? '' : '\n');
    }
    /** A value that starts at `v` and ends on this line, then spaces and maybe a comment. */
    inline(v, l, depth) {
        const t = this.text;
        const ch = t.charCodeAt(v);
        let value;
        let close; // end of the value's own text
        if (ch === 34 /* " */ || ch === 39 /* ' */) {
            close = this.quoted(v, l.e) + 1;
            // Built or not, a quoted value the library refuses (a bad escape) is the library's business.
            if (this.build || this.mode === 'stream')
                value = this.quotedValue(v, close);
        }
        else if (ch === 91 /* [ */) {
            if (depth + 1 > this.maxDepth)
                bail();
            return this.flowSeq(v, l);
        }
        else if (ch === 123 /* { */) {
            if (t.charCodeAt(v + 1) !== 125 /* } */)
                bail();
            close = v + 2;
            this.afterValue(close, l);
            this.lastPos = { r: [v, close, l.n], map: new Map() };
            return this.build ? {} : undefined;
        }
        else {
            PLAIN_START.lastIndex = v;
            if (!PLAIN_START.test(t))
                bail();
            // The value ends at " #" (a comment) or the end of the line, without trailing spaces.
            let e = v + 1;
            while (e < l.e && !(t.charCodeAt(e) === 35 && t.charCodeAt(e - 1) === 32))
                e++;
            while (t.charCodeAt(e - 1) === 32)
                e--;
            const source = t.slice(v, e);
            // ": " would make it a nested mapping, a final ":" a key; both are the library's business.
            if (source.includes(': ') || source.endsWith(':'))
                bail();
            close = e;
            if (this.build)
                value = resolvePlain(source);
        }
        this.afterValue(close, l);
        this.lastPos = { r: [v, close, l.n] };
        return value;
    }
    /** After a value only spaces, then a comment or the end of the line. */
    afterValue(at, l) {
        let x = at;
        while (this.text.charCodeAt(x) === 32)
            x++;
        if (x === l.e)
            return;
        if (this.text.charCodeAt(x) !== 35 /* # */ || x === at)
            bail();
    }
    /** Offset of the closing quote on this line, found the way the YAML lexer finds it. */
    quoted(v, lineEnd) {
        const t = this.text;
        const q = t[v];
        let end = t.indexOf(q, v + 1);
        if (q === "'")
            while (end !== -1 && t[end + 1] === "'")
                end = t.indexOf("'", end + 2);
        else
            while (end !== -1) {
                let n = 0;
                while (t[end - 1 - n] === '\\')
                    n++;
                if (n % 2 === 0)
                    break;
                end = t.indexOf('"', end + 1);
            }
        if (end < 0 || end >= lineEnd)
            bail();
        return end;
    }
    /** Escapes and quote doubling are resolved by the library's own scalar resolver. */
    quotedValue(v, close) {
        const source = this.text.slice(v, close);
        const type = source[0] === '"' ? 'double-quoted-scalar' : 'single-quoted-scalar';
        return CST.resolveAsScalar({ type, offset: v, indent: 0, source }, true, bail).value;
    }
    /** `[a, "b"]` on one line, with scalar items. */
    flowSeq(v, l) {
        const t = this.text;
        const out = this.build ? [] : undefined;
        const items = [];
        let x = v + 1;
        while (t.charCodeAt(x) === 32)
            x++;
        if (t.charCodeAt(x) !== 93 /* ] */)
            for (;;) {
                const ch = t.charCodeAt(x);
                let e;
                if (ch === 34 || ch === 39) {
                    e = this.quoted(x, l.e) + 1;
                    if (out || this.mode === 'stream') {
                        const q = this.quotedValue(x, e);
                        out?.push(q);
                    }
                }
                else {
                    FLOW_PLAIN.lastIndex = x;
                    if (!FLOW_PLAIN.test(t))
                        bail();
                    e = FLOW_PLAIN.lastIndex;
                    const source = t.slice(x, e);
                    if (source.includes(':'))
                        bail();
                    out?.push(resolvePlain(source));
                }
                items.push({ r: [x, e, e] });
                const sep = t.charCodeAt(e);
                if (sep === 93 /* ] */) {
                    x = e;
                    break;
                }
                if (sep !== 44 /* , */)
                    bail();
                x = e + 1;
                while (t.charCodeAt(x) === 32)
                    x++;
                if (t.charCodeAt(x) === 93 || x >= l.e)
                    bail(); // "[a, ]" and line ends are the library's business
            }
        const close = x + 1;
        this.afterValue(close, l);
        this.lastPos = { r: [v, close, l.n], seq: items };
        return out;
    }
}
/** Where documents begin: "---" at the start of a line, then white space or the end (as the YAML lexer reads it). */
const DOC_MARKER = /^---(?=[ \t\r\n]|$)/gm;
/**
 * The text cut where documents begin. The first segment, before any "---", is a document only if
 * it holds content. (Files with directives or "..." markers are not cut; the library reads them whole.)
 */
export function documentSegments(text) {
    const starts = [0];
    for (const m of text.matchAll(DOC_MARKER))
        if (m.index > 0)
            starts.push(m.index);
    return starts.map((start, k) => ({
        start,
        end: k + 1 < starts.length ? starts[k + 1] : text.length,
        marker: start > 0 || /^---(?=[ \t\r\n]|$)/.test(text),
    }));
}
/**
 * The document in text[start, end): a segment that begins at its "---" line (`marker`) or at the
 * start of the file, and ends where the next "---" line begins. The caller sends segments with a
 * tab, CR or byte-order mark to the library instead.
 */
export function lineDocument(text, start, end, marker, maxDepth, mode = 'read') {
    try {
        const reader = new Reader(text, new ContentLines(text, start, end, marker), maxDepth, mode);
        if (reader.line(0) === undefined)
            return marker ? undefined : NO_DOCUMENT;
        return reader.document();
    }
    catch (e) {
        if (e instanceof Fallback)
            return FALLBACK;
        throw e;
    }
}
/**
 * All positions of an item that a first reading cut (PosNode.cut), read again from its range: the
 * same lines, read by the same code, as when the whole document was read. Read `again`, its value
 * is undefined; read with `read`, it is the item's value (UNREAD in the document read to `stream`).
 */
export function lineItem(text, cut, maxDepth, mode = 'again') {
    const [start, , end] = cut.r;
    // Whole lines, as the document's reading saw them (an item may end inside its last line: "key:").
    const nl = text.indexOf('\n', end - 1);
    try {
        return new Reader(text, new ContentLines(text, text.lastIndexOf('\n', start - 1) + 1, nl === -1 ? text.length : nl + 1, false), maxDepth, mode).cutItem();
    }
    catch (e) {
        if (e instanceof Fallback)
            throw new Error(`the item at offset ${start} reads differently the second time`);
        throw e;
    }
}
/**
 * The content lines of text[start, end), one at a time; comment lines where the reader takes them,
 * else a fallback (when the line after them is asked for, or the end).
 */
class ContentLines {
    text;
    start;
    end;
    marker;
    pos;
    /** Indentation of a comment line waiting for the content line below it (-1: none). */
    pendingComment = -1;
    prev;
    done = false;
    constructor(text, start, end, marker) {
        this.text = text;
        this.start = start;
        this.end = end;
        this.marker = marker;
        this.pos = start;
    }
    next() {
        const { text, end } = this;
        while (!this.done && this.pos < end) {
            const pos = this.pos;
            const nl = text.indexOf('\n', pos);
            const last = nl === -1 || nl >= end;
            const e = last ? end : nl;
            if (last)
                this.done = true;
            else
                this.pos = nl + 1;
            let c = pos;
            while (c < e && text.charCodeAt(c) === 32)
                c++;
            if (this.marker && pos === this.start) {
                // The "---" line: alone, or with a comment after it.
                if (!text.startsWith('---', pos))
                    bail();
                let x = pos + 3;
                while (x < e && text.charCodeAt(x) === 32)
                    x++;
                if (x !== e && (text.charCodeAt(x) !== 35 || x === pos + 3))
                    bail();
            }
            else if (c === e) {
                // a blank line
            }
            else if (text.charCodeAt(c) === 35 /* # */) {
                // Comment lines inside the content: only right below a "key:" line and above the first line of
                // its value, at that line's indentation (Helm charts' `# comment` over a block); elsewhere the
                // library decides which node they belong to.
                // Deeper than the key, not just its line: below "- key:" a comment at the key's column is
                // the library's to place (it ends the key's empty value there: seed 6, damaged List #6523).
                const prev = this.prev;
                if (prev) {
                    if (this.pendingComment >= 0 || text.charCodeAt(prev.e - 1) !== 58 /* : */ || c - pos <= keyColumn(text, prev))
                        bail();
                    this.pendingComment = c - pos;
                }
            }
            else {
                if (this.pendingComment >= 0 && c - pos !== this.pendingComment)
                    bail();
                this.pendingComment = -1;
                const line = { c, i: c - pos, e, n: last ? e : e + 1 };
                this.prev = line;
                return line;
            }
        }
        this.done = true;
        if (this.pendingComment >= 0)
            bail();
        return undefined;
    }
}
/** The column of the first key on a content line: after its "- " item indicators, if any. */
function keyColumn(text, l) {
    let x = l.c;
    while (text.charCodeAt(x) === 45 /* - */ && text.charCodeAt(x + 1) === 32) {
        x++;
        while (text.charCodeAt(x) === 32)
            x++;
    }
    return l.i + (x - l.c);
}
