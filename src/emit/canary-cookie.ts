import { escapeRegexMeta } from './regex.js';

/**
 * Regexes over a whole Cookie line that reproduce nginx's $cookie_<name> (src/ir/match.ts
 * cookieValue): pairs are separated by ";" or ",", each followed by spaces; the first pair whose
 * name is `name` (any case), spaces, "=" decides, its value running to the next ";". The name is
 * spelled with case classes ([cC]...) rather than an inline flag, so every engine (and the tests'
 * JavaScript) reads it alike. Names are [A-Za-z0-9_-] (the reader's grammar).
 */

function checkedName(name: string): string {
  if (!/^[A-Za-z0-9_-]+$/.test(name)) throw new Error(`refusing canary cookie ${JSON.stringify(name)}`);
  return name;
}

/** One character of the name, any case. */
const ci = (c: string): string => (/[A-Za-z]/.test(c) ? `[${c.toLowerCase()}${c.toUpperCase()}]` : escapeRegexMeta(c));
/** A class excluding separators and character `c` in any case (plus a space at a pair's start). */
const not = (c: string, first: boolean): string => `[^;,${/[A-Za-z]/.test(c) ? `${c.toLowerCase()}${c.toUpperCase()}` : c === '-' ? '\\-' : c}${first ? ' ' : ''}]`;

const nameCi = (name: string): string => [...checkedName(name)].map(ci).join('');

/**
 * RE2 (Envoy's safe_regex, Go's regexp in Traefik and Caddy), to be matched against the whole
 * line (Envoy: a full match; the Go engines: wrap it in ^(?:...)$). RE2 has no look-ahead, so the
 * pairs before the deciding one are spelled as "a pair whose name is not `name`": it differs at
 * some character, ends early, or goes on after the name (and spaces) with something but "=";
 * nested, so the size stays linear in the name.
 */
export function cookieLineRegex(name: string, value: string): string {
  const n = [...checkedName(name)];
  let notName = ` *(?:[^=;, ][^;,]*)?`;
  for (let i = n.length - 1; i >= 0; i--) notName = `(?:${not(n[i]!, i === 0)}[^;,]*|${ci(n[i]!)}(?:${notName})?)`;
  // A line that starts with a space (proxies trim it) has a first pair nginx never takes for the name.
  return `(?: [^;,]*[;,] *)?(?:${notName}?[;,] *)*${nameCi(name)} *= *${escapeRegexMeta(value)}(?:;.*)?`;
}

/** PCRE with look-ahead (HAProxy, where an argument holds no space: \x20), anchored: the first `name` pair has `value`. */
export function cookieLookaheadRegex(name: string, value: string): string {
  const n = nameCi(name);
  return `^(?:(?!\\x20*${n}\\x20*=)[^;,]*[;,]\\x20*)*${n}\\x20*=\\x20*${escapeRegexMeta(value)}(?:;|$)`;
}

/** PCRE (nginx map), capturing the value of the first `name` pair in group 1. */
export function cookieCaptureRegex(name: string): string {
  return `^(?:[^;,]*[;,] *)*?${nameCi(name)} *= *([^;]*)`;
}
