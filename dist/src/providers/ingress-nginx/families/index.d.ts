import type { AnnotationFeatures, FamilyReader } from './reader.js';
/** Key (without prefix) → the family reader that parses it. */
export declare const READER_BY_KEY: ReadonlyMap<string, FamilyReader>;
/**
 * The family settings of `annotations` read again without the keys in `skipped` (full keys, as
 * --skip-annotation names them): a skipped routing key is compiled as if absent. Values were
 * already checked (and reported) when the Ingress was read; a rejected one stays unread.
 */
export declare function readFeaturesWithout(annotations: Readonly<Record<string, string>>, prefix: string, skipped: ReadonlySet<string>): AnnotationFeatures;
