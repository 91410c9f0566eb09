const PIECES = Symbol('pieces');
/** A file whose text is `pieces` joined; `content` is an enumerable getter, so the file still compares and spreads as one with a string. */
export function piecewiseFile(path, pieces, extra = {}) {
    const f = {
        path,
        get content() {
            return pieces.join('');
        },
        ...extra,
    };
    Object.defineProperty(f, PIECES, { value: pieces, enumerable: false });
    return f;
}
/** The text of `f` in pieces whose concatenation is `f.content` (one piece unless piecewiseFile made it). */
export function contentPieces(f) {
    return f[PIECES] ?? [f.content];
}
