/** Random patterns of the portable regex subset (as a user would write them) and random subjects, for property tests. */

export const ALPHABET = ['a', 'b', 'A', 'B', '0', '7', '/', '-', '_', '.', '~', ':', ' ', '\n', '\r', '\t', '\v', 'é'];
const LIT = ['a', 'b', 'Z', '0', '9', '/', '-', '_', '~', ':', '@', '!', ',', '=', '&', '\\.', '\\/', '\\(', '\\)', '\\[', '\\]', '\\{', '\\}', '\\*', '\\+', '\\?', '\\|', '\\^', '\\$', '\\\\'];

/** A random pattern in the subset, written as a user would. */
export function genPattern(r: () => number, depth = 0): string {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const atom = (): string => {
    const k = r();
    if (k < 0.45) return pick(LIT);
    if (k < 0.55) return '.';
    if (k < 0.65) return pick(['\\d', '\\w', '\\s', '\\D', '\\W', '\\S']);
    if (k < 0.8) {
      const items = Array.from({ length: 1 + Math.floor(r() * 3) }, () => pick(['a-f', 'A-F', '0-9', 'x', '/', '_', '\\-', '\\]', '.', '\\d', '\\w', '\\s']));
      return `[${r() < 0.3 ? '^' : ''}${items.join('')}]`;
    }
    if (depth < 3) return `(${r() < 0.3 ? '?:' : ''}${genPattern(r, depth + 1)})`;
    return pick(LIT);
  };
  const quant = (): string => {
    const k = r();
    const q = k < 0.6 ? '' : k < 0.7 ? '*' : k < 0.8 ? '+' : k < 0.88 ? '?' : k < 0.94 ? `{${Math.floor(r() * 3)}}` : `{${Math.floor(r() * 2)},${2 + Math.floor(r() * 2)}}`;
    return q && r() < 0.3 ? `${q}?` : q;
  };
  const seq = (): string => {
    let s = r() < 0.1 ? '^' : '';
    const n = Math.floor(r() * 4);
    for (let i = 0; i < n; i++) s += atom() + quant();
    return r() < 0.1 ? `${s}$` : s;
  };
  const alts = Array.from({ length: r() < 0.2 ? 2 : 1 }, seq);
  return alts.join('|');
}

export function genSubject(r: () => number, alphabet: readonly string[] = ALPHABET, max = 10): string {
  const n = Math.floor(r() * max);
  let s = '';
  for (let i = 0; i < n; i++) s += alphabet[Math.floor(r() * alphabet.length)]!;
  return s;
}

