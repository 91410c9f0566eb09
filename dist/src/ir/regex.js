/**
 * ingressc's portable regex subset: the part of PCRE (nginx, HAProxy), RE2 (Envoy), Go regexp
 * (Traefik, Caddy) and JavaScript (match.ts) that every engine reads identically. A pattern is
 * parsed into a small tree and rendered again for each engine, so no user text reaches a config
 * untranslated. Anything outside the subset is a RegexError with the offset of the offending
 * character (backreferences, look-arounds, atomic groups, possessive quantifiers, \Q..\E, inline
 * flags, named groups, POSIX classes, \p, bare braces, non-ASCII...).
 *
 * Where engines differ on a construct the subset keeps, the renderer spells it out:
 * `.` → `[^\n]` (JS `.` also excludes \r), `\d \w \s` → explicit ASCII classes (JS `\s` is
 * Unicode, RE2 `\s` has no \v), `$` → `\z` for PCRE and RE2 (PCRE `$` also matches before a
 * final newline). Matching is case-insensitive (ingress-nginx's `~*`): the caller adds the flag.
 */
export class RegexError extends Error {
    detail;
    offset;
    constructor(detail, 
    /** 0-based offset in the source of the offending character. */
    offset) {
        super(`${detail} at offset ${offset}`);
        this.detail = detail;
        this.offset = offset;
    }
}
/** Characters that stand for themselves outside classes (the rest of printable ASCII is special or refused). */
const LITERAL = /^[A-Za-z0-9_~\-/:@!,=&]$/;
/** Metacharacters that may be escaped with `\` to stand for themselves. */
const ESCAPABLE = '\\.^$|?*+()[]{}/-';
/** Inside a class, these need no escape. */
const CLASS_LITERAL = /^[A-Za-z0-9_~/:@!,=&.|?*+(){}$]$/;
/** RE2 refuses counts above 1000; a smaller bound keeps Envoy's program-size limit in reach. */
export const MAX_REPEAT = 255;
export function parsePortable(source) {
    let i = 0;
    let groups = 0;
    const fail = (detail, at = i) => {
        throw new RegexError(detail, at);
    };
    const peek = () => source[i];
    const parseAlt = () => {
        const alts = [parseSeq()];
        while (peek() === '|') {
            i++;
            alts.push(parseSeq());
        }
        return alts.length === 1 ? alts[0] : { t: 'alt', alts };
    };
    const parseSeq = () => {
        const items = [];
        while (i < source.length && peek() !== '|' && peek() !== ')') {
            const start = i;
            let atom = parseAtom();
            for (;;) {
                const q = parseQuantifier();
                if (!q)
                    break;
                if (atom.t === 'bol' || atom.t === 'eol')
                    fail('a quantifier after an anchor is outside the portable regex subset', start);
                if (atom.t === 'rep')
                    fail('a quantifier directly after a quantifier is outside the portable regex subset (possessive and nested repeats differ between engines)', q.at);
                atom = { t: 'rep', body: atom, min: q.min, max: q.max, lazy: q.lazy };
            }
            items.push(atom);
        }
        return items.length === 1 ? items[0] : { t: 'seq', items };
    };
    const parseQuantifier = () => {
        const at = i;
        const c = peek();
        let min, max;
        if (c === '*')
            [min, max] = [0, Infinity];
        else if (c === '+')
            [min, max] = [1, Infinity];
        else if (c === '?')
            [min, max] = [0, 1];
        else if (c === '{') {
            const m = /^\{(\d{1,4})(,(\d{0,4}))?\}/.exec(source.slice(i));
            if (!m)
                return fail('"{" must start a repeat count {n}, {n,} or {n,m} (a literal brace is written "\\{")');
            min = Number(m[1]);
            max = m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3]);
            if (min > MAX_REPEAT || (max !== Infinity && max > MAX_REPEAT))
                fail(`repeat counts above ${MAX_REPEAT} are outside the portable regex subset`);
            if (max < min)
                fail('repeat count {n,m} needs n <= m');
            i += m[0].length - 1;
        }
        else
            return undefined;
        i++;
        let lazy = false;
        if (peek() === '?') {
            lazy = true;
            i++;
        }
        if (peek() === '+')
            fail('possessive quantifiers are outside the portable regex subset (RE2 and JavaScript have none)');
        return { min, max, lazy, at };
    };
    const parseAtom = () => {
        const c = peek();
        const at = i;
        if (c === '(') {
            i++;
            let capture = true;
            if (peek() === '?') {
                if (source[i + 1] === ':') {
                    capture = false;
                    i += 2;
                }
                else {
                    const n = source[i + 1];
                    const what = n === '=' || n === '!' ? 'look-ahead' : n === '<' && (source[i + 2] === '=' || source[i + 2] === '!') ? 'look-behind' : n === '>' ? 'an atomic group' : n === '<' || n === 'P' || n === "'" ? 'a named group' : 'an inline flag or special group';
                    fail(`${what} is outside the portable regex subset`, at);
                }
            }
            if (capture)
                groups++;
            const body = parseAlt();
            if (peek() !== ')')
                fail('missing ")"', at);
            i++;
            return { t: 'group', capture, body };
        }
        if (c === ')')
            return fail('unbalanced ")"');
        if (c === '[')
            return parseClass();
        if (c === ']' || c === '}')
            return fail(`a bare "${c}" is outside the portable regex subset (write "\\${c}")`);
        if (c === '.')
            return (i++, { t: 'any' });
        if (c === '^')
            return (i++, { t: 'bol' });
        if (c === '$')
            return (i++, { t: 'eol' });
        if (c === '*' || c === '+' || c === '?' || c === '{')
            return fail(`"${c}" has nothing to repeat`);
        if (c === '\\') {
            const e = source[i + 1];
            if (e === undefined)
                fail('trailing "\\"');
            i += 2;
            if (ESCAPABLE.includes(e))
                return { t: 'char', c: e };
            if ('dwsDWS'.includes(e))
                return { t: 'esc', e: e };
            return fail(escapeProblem(e), at);
        }
        if (!LITERAL.test(c))
            return fail(`character ${JSON.stringify(c)} is outside the portable regex subset`);
        i++;
        return { t: 'char', c };
    };
    const parseClass = () => {
        const open = i;
        i++;
        let negated = false;
        if (peek() === '^') {
            negated = true;
            i++;
        }
        const items = [];
        const classChar = () => {
            const c = peek();
            if (c === undefined)
                return fail('missing "]"', open);
            if (c === '\\') {
                const e = source[i + 1];
                if (e === undefined)
                    return fail('trailing "\\"');
                if (ESCAPABLE.includes(e))
                    return ((i += 2), e);
                if ('dws'.includes(e))
                    return ((i += 2), { esc: e });
                return fail(escapeProblem(e) + ' (inside a class)');
            }
            if (c === '[')
                return fail(source[i + 1] === ':' || source[i + 1] === '=' || source[i + 1] === '.' ? 'POSIX classes are outside the portable regex subset' : 'a "[" inside a class must be written "\\["');
            if (c === '-' && items.length === 0 && source[i + 1] !== ']')
                return fail('a "-" in a class must be written "\\-" or come last');
            if (c === '-')
                return (i++, '-');
            if (!CLASS_LITERAL.test(c))
                return fail(`character ${JSON.stringify(c)} is outside the portable regex subset`);
            i++;
            return c;
        };
        if (peek() === ']')
            fail('an empty class or a leading "]" is outside the portable regex subset (write "\\]")');
        while (peek() !== ']') {
            const lo = classChar();
            if (typeof lo !== 'string') {
                items.push(lo);
                continue;
            }
            if (peek() === '-' && source[i + 1] !== ']' && source[i + 1] !== undefined) {
                const dash = i;
                i++;
                const hi = classChar();
                if (typeof hi !== 'string')
                    return fail('a range cannot end in a class escape', dash);
                if (!sameKind(lo, hi) || lo > hi)
                    fail(`range ${lo}-${hi} must stay within a-z, A-Z or 0-9 and go upwards`, dash);
                items.push({ lo, hi });
            }
            else
                items.push({ lo, hi: lo });
        }
        i++;
        return { t: 'class', negated, items };
    };
    const ast = parseAlt();
    if (i < source.length)
        fail('unbalanced ")"');
    return { source, ast, groups };
}
function escapeProblem(e) {
    if (/[1-9]/.test(e))
        return 'backreferences are outside the portable regex subset (RE2 and Go cannot express them)';
    if (e === 'Q' || e === 'E')
        return '\\Q...\\E quoting is outside the portable regex subset';
    if (e === 'p' || e === 'P')
        return 'Unicode properties (\\p) are outside the portable regex subset';
    if (e === 'k' || e === 'g')
        return 'named or numbered backreferences are outside the portable regex subset';
    if (/[AzZGKbB]/.test(e))
        return `the assertion \\${e} is outside the portable regex subset`;
    return `the escape \\${e} is outside the portable regex subset`;
}
const kindOf = (c) => (/[a-z]/.test(c) ? 'a' : /[A-Z]/.test(c) ? 'A' : /[0-9]/.test(c) ? '0' : c);
const sameKind = (a, b) => a === b || (kindOf(a) === kindOf(b) && kindOf(a).length === 1 && /[aA0]/.test(kindOf(a)));
const CLASS_OF = { d: '0-9', w: '0-9A-Za-z_', s: '\\t\\n\\f\\r\\x20' };
/** What must be escaped to stand for itself when rendered: outside a class, and inside one. */
const RENDER_ESCAPE = '\\.^$|?*+()[]{}';
const CLASS_ESCAPE = '\\]-[^';
/** A literal "$" is written \x24 in every engine, so no config ever carries a "$" (nginx would read a variable in some directives). */
const DOLLAR = '\\x24';
const escClass = (c) => (c === '$' ? DOLLAR : CLASS_ESCAPE.includes(c) ? `\\${c}` : c);
/** The pattern for one engine, without case-insensitivity (the caller adds `(?i)`, `~*`, `-i` or the `i` flag). */
export function renderPortable(re, flavour) {
    const node = 'ast' in re ? re.ast : re;
    const r = (n) => {
        switch (n.t) {
            case 'alt':
                return n.alts.map(r).join('|');
            case 'seq':
                return n.items.map((x) => (x.t === 'alt' ? `(?:${r(x)})` : r(x))).join('');
            case 'group':
                return n.capture ? `(${r(n.body)})` : `(?:${r(n.body)})`;
            case 'rep': {
                const body = n.body.t === 'seq' || n.body.t === 'alt' ? `(?:${r(n.body)})` : r(n.body);
                const q = n.min === 0 && n.max === Infinity ? '*' : n.min === 1 && n.max === Infinity ? '+' : n.min === 0 && n.max === 1 ? '?' : n.max === Infinity ? `{${n.min},}` : n.min === n.max ? `{${n.min}}` : `{${n.min},${n.max}}`;
                return `${body}${q}${n.lazy ? '?' : ''}`;
            }
            case 'char':
                return n.c === '$' ? DOLLAR : RENDER_ESCAPE.includes(n.c) ? `\\${n.c}` : n.c;
            case 'any':
                return '[^\\n]';
            case 'class':
                return `[${n.negated ? '^' : ''}${n.items.map((it) => ('esc' in it ? CLASS_OF[it.esc] : it.lo === it.hi ? escClass(it.lo) : `${escClass(it.lo)}-${escClass(it.hi)}`)).join('')}]`;
            case 'esc': {
                const lower = n.e.toLowerCase();
                return `[${lower === n.e ? '' : '^'}${CLASS_OF[lower]}]`;
            }
            case 'bol':
                return '^';
            case 'eol':
                return flavour === 'js' ? '$' : '\\z';
        }
    };
    return r(node);
}
/** ingress-nginx's location regex for a path: `^<path>` (case-insensitive, open at the end). */
export const locationRegex = (path) => parsePortable(`^${path}`);
/** Does the case-insensitive `re` match somewhere in `subject` (JavaScript reference)? */
export function searchPortable(re, subject) {
    return new RegExp(renderPortable(re, 'js'), 'i').exec(subject);
}
/** Any character, in a form every engine (and the test evaluators' translators) read alike. */
const ANY_CHAR = '(?:[^\\n]|\\n)';
/**
 * A pattern that matches a whole path and captures what a leftmost search for `re` captures:
 * any prefix (lazy), `re`, any rest, the end. For engines that replace (or match) whole paths:
 * Envoy's safe_regex and regex_rewrite, HAProxy's replace-path, Traefik's replacePathRegex.
 */
export function wholePathSearch(re, flavour) {
    return `^${ANY_CHAR}*?(?:${renderPortable(re, flavour)})${ANY_CHAR}*${flavour === 'js' ? '$' : '\\z'}`;
}
