import type { PosNode } from './locate.js';
import { FALLBACK, type FastDocument } from './scalars.js';
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
export declare const NO_DOCUMENT: unique symbol;
/**
 * A first reading (`read`) gives the value and the positions, with a List's items cut; a reading
 * `again` gives the positions only, none cut. Building no values there is also what keeps its
 * garbage young: V8 allocates objects in the old generation straight away where those made by the
 * same code lived long before (the values of a first reading), and a List read again item by item
 * filled the heap with them (kubectl 20k: +200 MB during validation). A reading to `stream` is a
 * first reading that builds no values for the items it cuts either (UNREAD): lineItem() reads each
 * one when it is taken, so that a List's objects need not all be held at once (issue 17).
 */
export type ReadMode = 'read' | 'again' | 'stream';
/** In a value read to `stream`: an item the reading cut (PosNode.cut), whose value it did not build. */
export declare const UNREAD: unique symbol;
/**
 * The text cut where documents begin. The first segment, before any "---", is a document only if
 * it holds content. (Files with directives or "..." markers are not cut; the library reads them whole.)
 */
export declare function documentSegments(text: string): Array<{
    start: number;
    end: number;
    marker: boolean;
}>;
/**
 * The document in text[start, end): a segment that begins at its "---" line (`marker`) or at the
 * start of the file, and ends where the next "---" line begins. The caller sends segments with a
 * tab, CR or byte-order mark to the library instead.
 */
export declare function lineDocument(text: string, start: number, end: number, marker: boolean, maxDepth: number, mode?: ReadMode): FastDocument | undefined | typeof FALLBACK | typeof NO_DOCUMENT;
/**
 * All positions of an item that a first reading cut (PosNode.cut), read again from its range: the
 * same lines, read by the same code, as when the whole document was read. Read `again`, its value
 * is undefined; read with `read`, it is the item's value (UNREAD in the document read to `stream`).
 */
export declare function lineItem(text: string, cut: PosNode, maxDepth: number, mode?: ReadMode): FastDocument;
