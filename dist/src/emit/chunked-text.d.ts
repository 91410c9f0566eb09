/**
 * Text built from many small pieces (a 10k-Ingress config has millions), joined into one flat
 * string per ~64 KB as it grows: a few large strings cost the garbage collector and memory far
 * less than millions of small ones kept until one final join (issue 17).
 */
export declare class ChunkedText {
    private readonly chunks;
    private readonly pieces;
    private size;
    add(s: string): void;
    toString(): string;
    /** The text as ~64 KB chunks, without joining them (an output written piece by piece: emitter.ts piecewiseFile). */
    toChunks(): string[];
    private flush;
}
