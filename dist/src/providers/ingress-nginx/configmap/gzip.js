import { parsePortable, RegexError } from '../../../ir/regex.js';
import { parseCount } from './count.js';
/** gzip_comp_level accepts 1 to 9 (ingress-nginx writes the number as it parsed it). */
export function parseGzipLevel(value) {
    return /^[1-9]$/.test(value) ? { value: Number(value) } : { expected: `a compression level from 1 to 9, found ${JSON.stringify(value)}` };
}
/** brotli_comp_level accepts 0 to 11. */
export function parseBrotliLevel(value) {
    return /^(?:[0-9]|1[01])$/.test(value) ? { value: Number(value) } : { expected: `a compression level from 0 to 11, found ${JSON.stringify(value)}` };
}
/** Envoy's min_content_length is a uint32: the largest length every target reads. */
const MAX_LENGTH = 4294967295;
/** gzip_min_length: a byte count. */
export const parseByteCount = (value) => parseCount(value, MAX_LENGTH, 'a number of bytes');
/**
 * gzip_types: written unquoted, so each space-separated word is one MIME type (nginx lowercases
 * them and compares the response's type without parameters) or "*", every type. A word of RFC 9110
 * token characters without "#" (a comment in nginx.conf) and "$".
 */
const MIME = /^[a-z0-9][a-z0-9!&^_.+-]{0,126}\/[a-z0-9][a-z0-9!&^_.+-]{0,126}$/;
export function parseMimeTypes(value) {
    const words = value.split(' ').filter((w) => w !== '').map((w) => w.toLowerCase());
    if (words.length === 0)
        return { expected: 'space-separated MIME types (nginx refuses an empty gzip_types), found ""' };
    const bad = words.find((w) => w !== '*' && !MIME.test(w));
    if (bad !== undefined)
        return { expected: `space-separated MIME types such as text/plain, or "*", found ${JSON.stringify(bad)}` };
    return { value: words.includes('*') ? '*' : [...new Set(words)].sort() };
}
/**
 * gzip_disable "<value>": one regex, which nginx searches case-insensitively in User-Agent. The
 * word "msie6" is nginx's own MSIE 4-6 test, not a regex: refused, with the regex to write instead.
 */
export function parseUserAgentRegex(value) {
    if (value === '')
        return { value: '' };
    if (value === 'msie6')
        return { expected: 'a regular expression; "msie6" is a keyword of nginx\'s own browser test, which ingressc does not model: write "MSIE\\s[4-6]\\." instead' };
    try {
        parsePortable(value);
        return { value };
    }
    catch (e) {
        if (!(e instanceof RegexError))
            throw e;
        // The subset has no literal space (block-user-agents neither): \s stands for it.
        return { expected: `a regex of ingressc's portable subset (\\s for a space): ${e.message}, found ${JSON.stringify(value)}` };
    }
}
