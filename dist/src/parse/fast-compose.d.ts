import { CST } from 'yaml';
import { FALLBACK, type FastDocument } from './scalars.js';
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
export { FALLBACK, type FastDocument };
/**
 * The value of one CST document, FALLBACK when the Composer must handle it, or undefined for a
 * document with no content ("---" alone, or only comments).
 */
export declare function fastDocument(doc: CST.Document, maxDepth: number): FastDocument | undefined | typeof FALLBACK;
