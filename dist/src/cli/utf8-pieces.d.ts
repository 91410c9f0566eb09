/**
 * A text (one string, or the pieces of one: emitter.ts contentPieces) in pieces whose UTF-8 joined
 * is the text's, never splitting a surrogate pair, even one split between two given pieces: a 151 MB
 * caddy.json is hashed and written without a second, whole copy of it as bytes or as one string (issue 17).
 */
export declare function utf8Pieces(text: string | readonly string[]): Generator<string>;
/** Writes `text` as UTF-8 to a new file (flag 'wx', as writeFileSync would), one piece at a time. */
export declare function writeNewFile(path: string, text: string | readonly string[], mode: number): void;
