/**
 * Text built from many small pieces (a 10k-Ingress config has millions), joined into one flat
 * string per ~64 KB as it grows: a few large strings cost the garbage collector and memory far
 * less than millions of small ones kept until one final join (issue 17).
 */
export class ChunkedText {
    chunks = [];
    pieces = [];
    size = 0;
    add(s) {
        this.pieces.push(s);
        this.size += s.length;
        if (this.size > 65536)
            this.flush();
    }
    toString() {
        return this.toChunks().join('');
    }
    /** The text as ~64 KB chunks, without joining them (an output written piece by piece: emitter.ts piecewiseFile). */
    toChunks() {
        this.flush();
        return this.chunks;
    }
    flush() {
        if (this.pieces.length === 0)
            return;
        this.chunks.push(this.pieces.join(''));
        this.pieces.length = 0;
        this.size = 0;
    }
}
