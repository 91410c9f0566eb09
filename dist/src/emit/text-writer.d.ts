/** Tiny indented writer for block-structured configs (nginx). One final newline. */
export declare class TextWriter {
    private readonly indent;
    private readonly text;
    private depth;
    private empty;
    constructor(indent?: string);
    line(text?: string): this;
    block(header: string, body: () => void): this;
    toString(): string;
}
