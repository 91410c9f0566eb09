import { Document, isScalar } from 'yaml';
/**
 * What the fast readers (fast-compose from the CST, line-parse from the text) share: the way out
 * to the YAML library's Composer, and scalar resolution by the library's own core-schema tags.
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
const template = new Document();
const valueTags = template.schema.tags.filter((t) => t.default === true && t.test);
const keyTags = template.schema.tags.filter((t) => (t.default === true || t.default === 'key') && t.test);
const tagOptions = template.options;
/** A plain scalar's value as the Composer resolves it (null, booleans, numbers, or the string). */
export function resolvePlain(source) {
    const tag = valueTags.find((t) => t.test.test(source));
    if (!tag)
        return source;
    const res = tag.resolve(source, bail, tagOptions);
    return isScalar(res) ? res.value : res;
}
/**
 * A key the fast readers may take: one that is a string (a plain key like `1` or `true` is not),
 * and not one a JS object treats specially or YAML may read as a merge.
 */
export function plainKeyOk(key, plain) {
    if (plain && keyTags.some((tag) => tag.test.test(key)))
        return false;
    return key !== '__proto__' && key !== '<<';
}
