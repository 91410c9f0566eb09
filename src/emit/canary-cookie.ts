import { escapeRegexMeta } from './regex.js';

/**
 * The Cookie-line regex of a canary cookie rule for RE2 engines (Envoy's safe_regex, Go's regexp
 * in Traefik), which have no look-ahead. Shared by those emitters' canary files.
 */

/** Case-insensitive character class for one letter (or the character itself). */
const either = (c: string): string => (/[A-Za-z]/.test(c) ? `${c.toLowerCase()}${c.toUpperCase()}` : c === '-' ? '\\-' : c);

/**
 * A Cookie line whose first cookie named `name` (any case; nginx's $cookie_) has `value`. RE2 has
 * no look-ahead, so the pairs before it are spelled as "a pair whose name is not `name`": it
 * differs at some character, ends early, or goes on after `name` with something other than "=".
 */
export function cookieLineRegex(name: string, value: string): string {
  if (!/^[A-Za-z0-9_-]+$/.test(name)) throw new Error(`refusing canary cookie ${JSON.stringify(name)}`);
  const ci = [...name].map((c) => (/[A-Za-z]/.test(c) ? `[${either(c)}]` : escapeRegexMeta(c)));
  // Nested so the size stays linear in the name: after its first i characters, a pair may differ
  // (a character other than the next one, and not ";"; at the start not a blank, which the leading
  // blanks take), end, or, after the whole name, go on with something other than "=".
  let notName = `[ \\t]*(?:[^=; \\t][^;]*)?`;
  for (let i = name.length - 1; i >= 0; i--) {
    const differ = `[^;${either(name[i]!)}${i === 0 ? ' \\t' : ''}][^;]*`;
    notName = `(?:${differ}|${ci[i]}${i === name.length - 1 ? `(?:${notName})` : `(?:${notName})?`})`;
  }
  const skip = `(?:[ \\t]*${notName}?;)*`;
  return `${skip}[ \\t]*${ci.join('')}[ \\t]*=[ \\t]*${escapeRegexMeta(value)}(?:;.*)?`;
}

