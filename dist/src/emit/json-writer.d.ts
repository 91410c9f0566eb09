/**
 * JSON with small values on one line: an object or array whose one-line form fits in `width`
 * characters is written on one line, anything larger is expanded with two-space indentation.
 * Every string and number is written by JSON.stringify, so the text is exactly the value
 * (JSON.parse gives it back) and line-based diffs stay readable. Plain objects, arrays, strings,
 * finite numbers, booleans and null only.
 *
 * Written front to back into chunks of about 64 KB: building each level's text from its
 * children's made every byte a new string once per level of nesting (Caddy's 77 MB caddy.json at
 * 10k Ingresses: ~500 MB of transient strings, issue 17). A value's one-line form is built only
 * up to `width` characters, so trying it at every level is cheap; the one-line forms of the
 * entries found while trying their parent are kept for writing them (issue 17: each was built twice).
 *
 * `repeated`: objects the value holds more than once, and how many times each is written; the
 * text of the first writing is kept for the next ones at the same depth, until the last.
 */
export declare function toCompactJson(value: unknown, width?: number, repeated?: ReadonlyMap<object, number>): string;
/** toCompactJson's text as ~64 KB chunks, never joined (a file written piece by piece: emitter.ts piecewiseFile). */
export declare function toCompactJsonChunks(value: unknown, width?: number, repeated?: ReadonlyMap<object, number>): string[];
/**
 * Exactly `JSON.stringify(value, null, 2) + '\n'` for JSON data (plain objects and arrays, strings,
 * numbers, booleans, null; undefined entries left out of objects and written as null in arrays, as
 * JSON.stringify does), as ~64 KB chunks: no whole text is built (issue 17: Envoy's envoy.json is
 * 123 MB at 20k Ingresses). `refuseNull`: throw that Error at the first null or non-finite number
 * (JSON.stringify would write null) instead of writing it.
 */
export declare function toIndentedJsonChunks(value: unknown, refuseNull?: Error): string[];
