import type { Diagnostic } from './types.js';
export interface TextRenderOptions {
    color: boolean;
    /** Source texts by path, for code frames. */
    sources?: ReadonlyMap<string, string>;
}
export declare function colorEnabled(stream: {
    isTTY?: boolean;
}, flag: boolean | undefined): boolean;
/** "file:line:col: severity CODE message", a two-line code frame, then a summary line. */
export declare function renderText(ds: readonly Diagnostic[], opts: TextRenderOptions): string;
/** PEM armour, or a long base64 run (Secret data): not shown in code frames. */
export declare function mayHoldKeyMaterial(line: string): boolean;
