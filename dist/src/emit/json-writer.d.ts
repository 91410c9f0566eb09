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
 * up to `width` characters, so trying it at every level is cheap.
 */
export declare function toCompactJson(value: unknown, width?: number): string;
