import type { PosNode } from './locate.js';
/**
 * What the fast readers (fast-compose from the CST, line-parse from the text) share: the way out
 * to the YAML library's Composer, and scalar resolution by Kubernetes' YAML 1.1 rules.
 */
export declare const FALLBACK: unique symbol;
export declare class Fallback extends Error {
}
export declare const bail: () => never;
/**
 * The library wants an implicit key's ":" within 1024 characters of where the key starts (it
 * measures from the end of the previous item); the fast readers stay below this, so never looser.
 */
export declare const MAX_KEY_SPAN = 1000;
/** A document's value and where its parts are. */
export interface FastDocument {
    value: unknown;
    positions: PosNode;
}
/** A plain scalar's value as the Composer resolves it with Kubernetes' rules (yaml11.ts). */
export declare const resolvePlain: (source: string) => unknown;
/**
 * A key the fast readers may take: one that is a string (a plain key like `1` or `true` is not),
 * and not one a JS object treats specially or YAML may read as a merge.
 */
export declare function plainKeyOk(key: string, plain: boolean): boolean;
