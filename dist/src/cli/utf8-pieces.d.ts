/**
 * A text in pieces whose UTF-8 joined is the text's, never splitting a surrogate pair: a 77 MB
 * caddy.json is hashed and written without a second, whole copy of it as bytes (issue 17).
 */
export declare function utf8Pieces(text: string): Generator<string>;
/** Writes `text` as UTF-8 to a new file (flag 'wx', as writeFileSync would), one piece at a time. */
export declare function writeNewFile(path: string, text: string, mode: number): void;
