/** Tiny indented writer for block-structured configs (nginx, HAProxy). One final newline. */
export declare class TextWriter {
    private readonly indent;
    private readonly lines;
    private depth;
    constructor(indent?: string);
    line(text?: string): this;
    block(header: string, body: () => void): this;
    toString(): string;
}
