import { Composer, Parser } from 'yaml';
import { fastDocument } from './fast-compose.js';
import { documentSegments, lineDocument, lineItem, NO_DOCUMENT } from './line-parse.js';
import { FALLBACK } from './scalars.js';
import { K8S_SCHEMA } from './yaml11.js';
// logLevel 'error': the library must not print process warnings (complex keys are reported as unknown fields).
// Every document is composed with Kubernetes' scalar rules (yaml11.ts), whatever its %YAML directive says.
export const COMPOSER_OPTIONS = { prettyErrors: false, uniqueKeys: true, logLevel: 'error', version: '1.1', schema: K8S_SCHEMA };
const composeTokens = (tokens) => new Composer(COMPOSER_OPTIONS).compose(tokens);
/** Tokens between documents that carry no meaning for the documents' values or errors. */
const QUIET = new Set(['space', 'byte-order-mark', 'comment', 'newline']);
/** Characters the line reader leaves to the library, piece by piece. */
const NOT_FOR_LINES = /\t/g;
/**
 * Texts the line reader does not cut at all: directives and "..." (which change how the next
 * document is read), and every line break but LF (CR, CRLF; NEL, U+2028 and U+2029, which the
 * library reads as content) and byte-order marks (which may precede a directive). JS's multiline
 * "^" also matches after CR, U+2028 and U+2029, so a test for these comes first.
 */
const NOT_FOR_CUTTING = /[\r\u0085\u2028\u2029\uFEFF]|^(?:%|\.\.\.)/m;
/**
 * The documents of a text, one at a time (a stream of a million tiny documents stops where the
 * caller stops). Three readers, fastest first, each handing a document it is not sure of to the
 * next: line-parse (everyday Kubernetes YAML, from the text), fast-compose (from the library's
 * CST), and the library's Composer. The line reader cuts the text at "---" lines; when the library
 * finds a cut-out piece broken, that piece, the one before it and everything after are read again
 * as one stream, so broken input gets exactly the library's documents and errors. Files with
 * directives or "..." markers go to the library whole. `lineCounter` is filled here, a line
 * after every "\n" (as the library counts lines in a sound text).
 *
 * A document the line reader read comes with `again`, which reads its positions once more (the
 * same ones): they need not be kept while the other documents are read. Its first reading keeps
 * only the range of each block-map item of a sequence at the second level (a List's `items`:
 * PosNode.cut); `item` reads such an item's positions again. Read to `stream`, its value holds no
 * value for such an item either (UNREAD); `take` reads the item's value and positions.
 */
export function* readDocuments(text, lineCounter, maxDepth, mode = 'read') {
    // A line after every "\n", whichever reader reads the text: where the library's parser counts
    // lines itself, it skips the line breaks inside some broken scalars it still reads without an
    // error, which would move every line number after them.
    lineCounter.addNewLine(0);
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1))
        lineCounter.addNewLine(i + 1);
    if (NOT_FOR_CUTTING.test(text))
        return yield* cstReads(new Parser().parse(text), 0, maxDepth);
    const odd = [];
    for (const m of text.matchAll(NOT_FOR_LINES))
        odd.push(m.index);
    let nextOdd = 0;
    // The previous piece's documents are held back until this piece is known to be sound: the
    // library blames errors found before a document's first token on the document before it.
    let held;
    for (const { start, end, marker } of documentSegments(text)) {
        while (nextOdd < odd.length && odd[nextOdd] < start)
            nextOdd++;
        const plain = !(nextOdd < odd.length && odd[nextOdd] < end);
        const r = plain ? lineDocument(text, start, end, marker, maxDepth, mode) : FALLBACK;
        let reads;
        if (r === NO_DOCUMENT)
            reads = [];
        else if (r === undefined)
            reads = [{ shift: 0, offset: start, empty: true }];
        else if (r !== FALLBACK)
            reads = [
                {
                    shift: 0,
                    offset: start,
                    fast: r,
                    again: () => lineDocument(text, start, end, marker, maxDepth, 'again').positions,
                    item: (cut) => lineItem(text, cut, maxDepth).positions,
                    take: (cut) => lineItem(text, cut, maxDepth, 'read'),
                },
            ];
        else {
            // Up to and with the next "---", so the piece ends as it does in the whole stream (blank
            // lines before it would otherwise be counted into the last node); the empty document that
            // "---" starts is dropped.
            const withMarker = end < text.length ? end + 3 : end;
            reads = [...cstReads(new Parser().parse(text.slice(start, withMarker)), start, maxDepth)].filter((x) => x.offset < end - start);
            if (reads.some((x) => 'doc' in x && x.doc.errors.length > 0)) {
                const from = held?.start ?? start;
                return yield* cstReads(new Parser().parse(text.slice(from)), from, maxDepth);
            }
        }
        if (held)
            yield* held.reads;
        held = { start, reads };
    }
    if (held)
        yield* held.reads;
}
/** Documents of a CST, each through fast-compose or, failing that, the Composer. */
export function* cstReads(tokens, shift, maxDepth) {
    // A document's segment: itself and the stream tokens up to the next one (the Composer gives
    // errors found there to the document before them; those before the first, to the first).
    let segment = [];
    let doc;
    let quiet = true;
    function* flush() {
        if (!doc)
            return;
        const fast = quiet ? fastDocument(doc, maxDepth) : FALLBACK;
        if (fast === undefined)
            yield { shift, offset: doc.offset, empty: true };
        else if (fast !== FALLBACK)
            yield { shift, offset: doc.offset, fast };
        else
            for (const d of composeTokens(quiet ? [doc] : segment))
                yield { shift, offset: d.range[0], doc: d };
    }
    const it = tokens[Symbol.iterator]();
    for (let r = it.next(); !r.done; r = it.next()) {
        const tok = r.value;
        if (tok.type === 'directive') {
            // A directive belongs to the document after it: the current segment, the directive and
            // everything after it are composed as one stream, as the library reads them.
            const rest = function* () {
                yield* segment;
                yield tok;
                for (let n = it.next(); !n.done; n = it.next())
                    yield n.value;
            };
            for (const d of composeTokens(rest()))
                yield { shift, offset: d.range[0], doc: d };
            return;
        }
        if (tok.type === 'document' && doc) {
            yield* flush();
            segment = [];
            quiet = true;
        }
        if (tok.type === 'document')
            doc = tok;
        else if (!QUIET.has(tok.type))
            quiet = false;
        segment.push(tok);
    }
    yield* flush();
}
