import { resolve11 } from './yaml11.js';
/**
 * What the fast readers (fast-compose from the CST, line-parse from the text) share: the way out
 * to the YAML library's Composer, and scalar resolution by Kubernetes' YAML 1.1 rules.
 */
export const FALLBACK = Symbol('fallback');
export class Fallback extends Error {
}
export const bail = () => {
    throw new Fallback();
};
/**
 * The library wants an implicit key's ":" within 1024 characters of where the key starts (it
 * measures from the end of the previous item); the fast readers stay below this, so never looser.
 */
export const MAX_KEY_SPAN = 1000;
/** A plain scalar's value as the Composer resolves it with Kubernetes' rules (yaml11.ts). */
export const resolvePlain = (source) => resolve11(source)[1];
/**
 * A key the fast readers may take: one that is a string (a plain key like `1` or `true` is not),
 * and not one a JS object treats specially or YAML may read as a merge.
 */
export function plainKeyOk(key, plain) {
    if (plain && resolve11(key)[0] !== 'str')
        return false;
    return key !== '__proto__' && key !== '<<';
}
