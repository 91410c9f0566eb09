import { LineCounter, type CST, type Document } from 'yaml';
import type { PosNode } from './locate.js';
import { type FastDocument } from './scalars.js';
export type LinePos = Pick<LineCounter, 'linePos'>;
/**
 * One document as read: its value and positions, the library's document, or nothing ("---" alone).
 * Its offsets count from `shift` in the text (a piece the library read on its own).
 */
export type Read = {
    shift: number;
    offset: number;
} & ({
    fast: FastDocument;
    again?: () => PosNode;
    item?: (cut: PosNode) => PosNode;
    take?: (cut: PosNode) => FastDocument;
} | {
    doc: Document.Parsed;
} | {
    empty: true;
});
export declare const COMPOSER_OPTIONS: {
    readonly prettyErrors: false;
    readonly uniqueKeys: true;
    readonly logLevel: 'error';
    readonly version: '1.1';
    readonly schema: import("yaml").Schema;
};
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
export declare function readDocuments(text: string, lineCounter: LineCounter, maxDepth: number, mode?: 'read' | 'stream'): Generator<Read>;
/** Documents of a CST, each through fast-compose or, failing that, the Composer. */
export declare function cstReads(tokens: Iterable<CST.Token>, shift: number, maxDepth: number): Generator<Read>;
