/**
 * Tokenizer for Traefik v3 router rules. Traefik hands rules to vulcand/predicate, which parses
 * them as Go expressions (go/parser) and unquotes string literals with strconv.Unquote, so the
 * tokens are Go's: identifiers, `&&`, `||`, `!`, `(`, `)`, `,`, and string literals, either
 * interpreted ("...", Go escapes) or raw (`...`, no escapes at all). Single quotes are rejected:
 * in Go they are rune literals, which no matcher accepts.
 */
export type Token =
  | { type: 'ident'; value: string; pos: number }
  | { type: 'string'; value: string; pos: number }
  | { type: 'op'; value: '&&' | '||' | '!' | '(' | ')' | ','; pos: number }
  | { type: 'eof'; pos: number };

export class RuleSyntaxError extends Error {
  constructor(message: string, readonly pos: number) {
    super(`${message} at offset ${pos}`);
  }
}

export function tokenize(src: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < src.length) {
    const c = src[i]!;
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r') {
      i++;
    } else if (/[A-Za-z_]/.test(c)) {
      const m = /^[A-Za-z_][A-Za-z0-9_]*/.exec(src.slice(i))!;
      out.push({ type: 'ident', value: m[0], pos: i });
      i += m[0].length;
    } else if (src.startsWith('&&', i) || src.startsWith('||', i)) {
      out.push({ type: 'op', value: src.slice(i, i + 2) as '&&' | '||', pos: i });
      i += 2;
    } else if (c === '!' || c === '(' || c === ')' || c === ',') {
      out.push({ type: 'op', value: c, pos: i });
      i++;
    } else if (c === '"') {
      const { value, end } = readInterpreted(src, i);
      out.push({ type: 'string', value, pos: i });
      i = end;
    } else if (c === '`') {
      const end = src.indexOf('`', i + 1);
      if (end < 0) throw new RuleSyntaxError('unterminated raw string', i);
      out.push({ type: 'string', value: src.slice(i + 1, end).replace(/\r/g, ''), pos: i }); // Go drops \r in raw strings
      i = end + 1;
    } else if (c === "'") {
      throw new RuleSyntaxError('single-quoted values are not accepted (Go rune literal)', i);
    } else {
      throw new RuleSyntaxError(`unexpected character ${JSON.stringify(c)}`, i);
    }
  }
  out.push({ type: 'eof', pos: src.length });
  return out;
}

const SIMPLE: Record<string, string> = { a: '\x07', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v', '\\': '\\', '"': '"' };

/** A Go interpreted string literal starting at `start` (the opening quote). */
function readInterpreted(src: string, start: number): { value: string; end: number } {
  let value = '';
  let i = start + 1;
  for (;;) {
    if (i >= src.length) throw new RuleSyntaxError('unterminated string', start);
    const c = src[i]!;
    if (c === '"') return { value, end: i + 1 };
    if (c === '\n') throw new RuleSyntaxError('newline in string', i);
    if (c !== '\\') {
      value += c;
      i++;
      continue;
    }
    const e = src[i + 1];
    if (e === undefined) throw new RuleSyntaxError('unterminated escape', i);
    if (SIMPLE[e] !== undefined) {
      value += SIMPLE[e];
      i += 2;
      continue;
    }
    const hex = (n: number): number => {
      const h = src.slice(i + 2, i + 2 + n);
      if (!new RegExp(`^[0-9A-Fa-f]{${n}}$`).test(h)) throw new RuleSyntaxError(`invalid \\${e} escape`, i);
      return parseInt(h, 16);
    };
    let code: number;
    let len: number;
    if (e === 'x') [code, len] = [hex(2), 4];
    else if (e === 'u') [code, len] = [hex(4), 6];
    else if (e === 'U') [code, len] = [hex(8), 10];
    else if (/[0-7]/.test(e)) {
      const o = src.slice(i + 1, i + 4);
      if (!/^[0-7]{3}$/.test(o)) throw new RuleSyntaxError('invalid octal escape', i);
      [code, len] = [parseInt(o, 8), 4];
      if (code > 255) throw new RuleSyntaxError('octal escape value > 255', i);
    } else throw new RuleSyntaxError(`unknown escape sequence \\${e}`, i);
    // \x and octal escapes are single bytes: only ASCII ones can be represented as text here.
    if ((e === 'x' || /[0-7]/.test(e)) && code > 0x7f) throw new RuleSyntaxError('non-ASCII byte escape is not supported', i);
    if (code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) throw new RuleSyntaxError('escape is not a valid Unicode code point', i);
    value += String.fromCodePoint(code);
    i += len;
  }
}
