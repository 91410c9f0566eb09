/**
 * JSON with small values on one line: an object or array whose one-line form fits in `width`
 * characters is written on one line, anything larger is expanded with two-space indentation.
 * Every string and number is written by JSON.stringify, so the text is exactly the value
 * (JSON.parse gives it back) and line-based diffs stay readable. Plain objects, arrays, strings,
 * finite numbers, booleans and null only.
 */
export declare function toCompactJson(value: unknown, width?: number): string;
