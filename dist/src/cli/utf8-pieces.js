import { closeSync, openSync, writeSync } from 'node:fs';
/** Characters per piece: ~1-3 MB of UTF-8 at a time. */
const PIECE = 1 << 20;
/**
 * A text (one string, or the pieces of one: emitter.ts contentPieces) in pieces whose UTF-8 joined
 * is the text's, never splitting a surrogate pair, even one split between two given pieces: a 151 MB
 * caddy.json is hashed and written without a second, whole copy of it as bytes or as one string (issue 17).
 */
export function* utf8Pieces(text) {
    let carry = '';
    for (const part of typeof text === 'string' ? [text] : text) {
        const s = carry === '' ? part : carry + part;
        carry = '';
        for (let i = 0; i < s.length;) {
            let end = Math.min(s.length, i + PIECE);
            const last = s.charCodeAt(end - 1);
            if (last >= 0xd800 && last <= 0xdbff) {
                if (end < s.length)
                    end++;
                else {
                    // A high surrogate ends this part: its pair may begin the next one.
                    carry = s.slice(end - 1);
                    if (end - 1 > i)
                        yield s.slice(i, end - 1);
                    break;
                }
            }
            yield s.slice(i, end);
            i = end;
        }
    }
    if (carry !== '')
        yield carry;
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
