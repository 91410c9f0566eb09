import { closeSync, openSync, writeSync } from 'node:fs';
/** Characters per piece: ~1-3 MB of UTF-8 at a time. */
const PIECE = 1 << 20;
/**
 * A text in pieces whose UTF-8 joined is the text's, never splitting a surrogate pair: a 77 MB
 * caddy.json is hashed and written without a second, whole copy of it as bytes (issue 17).
 */
export function* utf8Pieces(text) {
    for (let i = 0; i < text.length;) {
        let end = Math.min(text.length, i + PIECE);
        const last = text.charCodeAt(end - 1);
        if (end < text.length && last >= 0xd800 && last <= 0xdbff)
            end++;
        yield text.slice(i, end);
        i = end;
    }
}
/** Writes `text` as UTF-8 to a new file (flag 'wx', as writeFileSync would), one piece at a time. */
export function writeNewFile(path, text, mode) {
    const fd = openSync(path, 'wx', mode);
    try {
        for (const piece of utf8Pieces(text)) {
            const bytes = Buffer.from(piece, 'utf8');
            for (let off = 0; off < bytes.length;)
                off += writeSync(fd, bytes, off, bytes.length - off);
        }
    }
    finally {
        closeSync(fd);
    }
}
