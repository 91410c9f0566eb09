import { parsePortable, RegexError, searchPortable } from '../../../ir/regex.js';
const MAP_WORDS = new Set(['default', 'hostnames', 'include', 'volatile']);
const EXACT = /^[!-~]+$/;
const REFUSED = /[\s"';{}#$%\\]/;
export function parseBlockList(value) {
    if (value === '')
        return { value: [] };
    const out = [];
    for (const [i, raw] of value.split(',').entries()) {
        const entry = raw.trim();
        const at = `entry ${i + 1} (${JSON.stringify(entry)})`;
        if (entry === '')
            return { expected: `comma-separated strings or ~regexes, found an empty ${at}` };
        if (entry.startsWith('~')) {
            const ci = entry.startsWith('~*');
            const source = entry.slice(ci ? 2 : 1);
            try {
                const re = parsePortable(source);
                if (searchPortable(re, '') !== null)
                    return { expected: `a regex that does not match an empty value in ${at}` };
                out.push({ regex: source, caseInsensitive: ci });
            }
            catch (e) {
                if (!(e instanceof RegexError))
                    throw e;
                return { expected: `a regex of ingressc's portable subset in ${at}: ${e.message}` };
            }
            continue;
        }
        if (!EXACT.test(entry) || REFUSED.test(entry))
            return { expected: `a value without spaces, quotes or any of ;{}#$%\\ in ${at}` };
        if (MAP_WORDS.has(entry.toLowerCase()))
            return { expected: `a value other than ${[...MAP_WORDS].join(', ')} (nginx reads them as map directives) in ${at}` };
        out.push({ exact: entry.toLowerCase() });
    }
    return { value: out };
}
