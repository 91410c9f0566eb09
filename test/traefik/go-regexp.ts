/**
 * Go (RE2) regexp → JavaScript RegExp, for the evaluator's HostRegexp/PathRegexp/… matchers.
 * Only a yes/no answer is needed, and for that RE2's leftmost-first and JS backtracking agree, so
 * the work is in the syntax. Everything is translated to 'u'-mode JS explicitly; whatever this
 * translator is not sure about throws instead of being approximated:
 *  - `.` is "anything but \n" in Go (JS also excludes \r, U+2028, U+2029) → `[^\n]`;
 *  - `\s` is [\t\n\f\r ] in Go (JS adds Unicode spaces) → explicit class;
 *  - Go allows a literal `{` / `}` / `]` where JS 'u' mode does not → escaped code points;
 *  - `\Q…\E`, octal, `\x{…}`, `\A`, `\z`, POSIX classes, `(?P<name>…)` are rewritten;
 *  - flags only as a leading `(?i)` / `(?s)` group; `(?m)`, `(?U)`, `\p{…}` are refused.
 * Go matches unanchored (regexp.MatchString), like RegExp.test without ^/$.
 */
export class GoRegexpError extends Error {}

const POSIX: Record<string, string> = {
  alnum: '0-9A-Za-z',
  alpha: 'A-Za-z',
  ascii: '\\u{0}-\\u{7F}',
  blank: '\\t ',
  cntrl: '\\u{0}-\\u{1F}\\u{7F}',
  digit: '0-9',
  graph: '\\u{21}-\\u{7E}',
  lower: 'a-z',
  print: '\\u{20}-\\u{7E}',
  punct: '\\u{21}-\\u{2F}\\u{3A}-\\u{40}\\u{5B}-\\u{60}\\u{7B}-\\u{7E}',
  space: '\\t\\n\\v\\f\\r ',
  upper: 'A-Z',
  word: '0-9A-Za-z_',
  xdigit: '0-9A-Fa-f',
};

/** A literal code point, safe in and out of character classes in 'u' mode. */
const lit = (cp: number): string => (/[0-9A-Za-z]/.test(String.fromCodePoint(cp)) ? String.fromCodePoint(cp) : `\\u{${cp.toString(16)}}`);

export function goRegexp(pattern: string): RegExp {
  let i = 0;
  let flags = '';
  // Leading flag groups: (?i), (?s), (?is)…
  for (let m; (m = /^\(\?([a-zA-Z]+)\)/.exec(pattern.slice(i))); i += m[0].length) {
    for (const f of m[1]!) {
      if (f === 'i' || f === 's') flags += flags.includes(f) ? '' : f;
      else throw new GoRegexpError(`flag ${f} is not supported by the evaluator`);
    }
  }
  const dotAll = flags.includes('s');
  let out = '';

  const peek = (): string | undefined => pattern[i];
  const cpAt = (j: number): number => pattern.codePointAt(j)!;

  /** One escape at pattern[i] === '\\'; `inClass` limits what it may produce. Returns the JS text. */
  const escape = (inClass: boolean): string => {
    const c = pattern[i + 1];
    if (c === undefined) throw new GoRegexpError('trailing backslash');
    i += 2;
    switch (c) {
      case 'd':
      case 'D':
      case 'w':
      case 'W':
        return `\\${c}`;
      case 's':
        return inClass ? '\\t\\n\\f\\r ' : '[\\t\\n\\f\\r ]';
      case 'S':
        if (inClass) throw new GoRegexpError('\\S inside a class is not supported');
        return '[^\\t\\n\\f\\r ]';
      case 'b':
      case 'B':
        if (inClass) throw new GoRegexpError('\\b inside a class is invalid in Go');
        return `\\${c}`;
      case 'A':
        if (inClass) throw new GoRegexpError('\\A inside a class');
        return '^';
      case 'z':
        if (inClass) throw new GoRegexpError('\\z inside a class');
        return '$';
      case 'a':
        return lit(7);
      case 'f':
        return lit(12);
      case 't':
        return lit(9);
      case 'n':
        return lit(10);
      case 'r':
        return lit(13);
      case 'v':
        return lit(11);
      case 'x': {
        const m = /^\{([0-9A-Fa-f]+)\}|^([0-9A-Fa-f]{2})/.exec(pattern.slice(i));
        if (!m) throw new GoRegexpError('invalid \\x escape');
        i += m[0].length;
        const cp = parseInt(m[1] ?? m[2]!, 16);
        if (cp > 0x10ffff) throw new GoRegexpError('\\x escape out of range');
        return lit(cp);
      }
      case 'p':
      case 'P':
        throw new GoRegexpError('Unicode classes are not supported by the evaluator');
      case 'Q':
        throw new GoRegexpError('\\Q is handled by the caller'); // only reached inside a class
    }
    if (/[0-7]/.test(c)) {
      const m = /^[0-7]{0,2}/.exec(pattern.slice(i))![0];
      if (c !== '0' && m === '') throw new GoRegexpError('backreferences are not supported in Go');
      i += m.length;
      return lit(parseInt(c + m, 8));
    }
    const cp = pattern.codePointAt(i - 1)!;
    if (cp < 0x80 && !/[0-9A-Za-z]/.test(c)) return lit(cp); // Go: any escaped ASCII punctuation is literal
    throw new GoRegexpError(`invalid escape \\${c}`);
  };

  const charClass = (): string => {
    i++; // [
    let body = '';
    let negate = false;
    if (peek() === '^') {
      negate = true;
      i++;
    }
    let first = true;
    for (;;) {
      const c = peek();
      if (c === undefined) throw new GoRegexpError('missing closing ]');
      if (c === ']' && !first) {
        i++;
        break;
      }
      first = false;
      const posix = /^\[:(\^?)([a-z]+):\]/.exec(pattern.slice(i));
      if (posix) {
        if (posix[1] || POSIX[posix[2]!] === undefined) throw new GoRegexpError(`POSIX class ${posix[0]} is not supported`);
        body += POSIX[posix[2]!];
        i += posix[0].length;
      } else if (c === '\\') body += escape(true);
      else if (c === '-') {
        body += lit(45);
        i++;
      } else {
        const cp = cpAt(i);
        body += lit(cp);
        i += String.fromCodePoint(cp).length;
      }
      // A range: the next char is '-' and the one after is not the closing ']'.
      if (peek() === '-' && pattern[i + 1] !== undefined && pattern[i + 1] !== ']') {
        i++;
        body += '-';
        if (peek() === '\\') body += escape(true);
        else {
          const cp = cpAt(i);
          body += lit(cp);
          i += String.fromCodePoint(cp).length;
        }
      }
    }
    return `[${negate ? '^' : ''}${body}]`;
  };

  while (i < pattern.length) {
    const c = pattern[i]!;
    if (c === '\\' && pattern[i + 1] === 'Q') {
      const end = pattern.indexOf('\\E', i + 2);
      const text = pattern.slice(i + 2, end < 0 ? undefined : end);
      for (const ch of text) out += lit(ch.codePointAt(0)!);
      i = end < 0 ? pattern.length : end + 2;
    } else if (c === '\\') out += escape(false);
    else if (c === '[') out += charClass();
    else if (c === '.') {
      out += dotAll ? '[\\s\\S]' : '[^\\n]';
      i++;
    } else if (c === '(') {
      const rest = pattern.slice(i);
      const named = /^\(\?P?<([A-Za-z_][A-Za-z0-9_]*)>/.exec(rest);
      if (named) {
        out += `(?<${named[1]}>`;
        i += named[0].length;
      } else if (rest.startsWith('(?:')) {
        out += '(?:';
        i += 3;
      } else if (rest.startsWith('(?')) throw new GoRegexpError(`group ${rest.slice(0, 4)} is not supported`);
      else {
        out += '(';
        i++;
      }
    } else if (c === '{') {
      const rep = /^\{(\d+)(,(\d*))?\}/.exec(pattern.slice(i));
      if (rep) {
        if (Number(rep[1]) > 1000 || (rep[3] && Number(rep[3]) > 1000)) throw new GoRegexpError('repeat count above 1000 is invalid in Go');
        out += rep[0];
        i += rep[0].length;
      } else {
        out += lit(123); // Go: a '{' that does not start a repetition is a literal
        i++;
      }
    } else if (c === '}' || c === ']') {
      out += lit(c.charCodeAt(0));
      i++;
    } else if ('^$|)*+?'.includes(c)) {
      out += c;
      i++;
    } else {
      const cp = cpAt(i);
      out += lit(cp);
      i += String.fromCodePoint(cp).length;
    }
  }
  try {
    return new RegExp(out, `${flags.replace('s', '')}u`);
  } catch (e) {
    throw new GoRegexpError(`invalid regexp ${JSON.stringify(pattern)}: ${(e as Error).message}`);
  }
}
