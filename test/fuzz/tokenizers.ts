import { CST, Lexer } from 'yaml';

/**
 * Small per-format readers for the fuzz oracles: they read a generated file the way the proxy
 * does (as far as structure goes), independently of the emitters' writers.
 */

// ---------------------------------------------------------------- nginx

export interface NginxDirective {
  name: string;
  /** Arguments with quotes removed and escapes resolved. */
  args: string[];
  block?: NginxDirective[];
  line: number;
}

export class ConfigSyntaxError extends Error {}

type NTok = { t: 'word'; v: string; line: number } | { t: ';' | '{' | '}'; line: number };

/** nginx's lexer (ngx_conf_read_token): words, "…"/'…' with \-escapes, ; { }, # comments. */
export function nginxTokens(src: string): { tokens: NTok[]; comments: string[] } {
  const tokens: NTok[] = [];
  const comments: string[] = [];
  let i = 0;
  let line = 1;
  while (i < src.length) {
    const c = src[i]!;
    if (c === '\n') {
      line++;
      i++;
    } else if (c === ' ' || c === '\t' || c === '\r') i++;
    else if (c === '#') {
      const end = src.indexOf('\n', i);
      const stop = end < 0 ? src.length : end;
      comments.push(src.slice(i, stop));
      i = stop;
    } else if (c === ';' || c === '{' || c === '}') {
      tokens.push({ t: c, line });
      i++;
    } else if (c === '"' || c === "'") {
      let v = '';
      let j = i + 1;
      for (;;) {
        if (j >= src.length) throw new ConfigSyntaxError(`line ${line}: unterminated ${c}`);
        const d = src[j]!;
        if (d === '\\' && j + 1 < src.length) {
          const e = src[j + 1]!;
          v += e === 't' ? '\t' : e === 'r' ? '\r' : e === 'n' ? '\n' : e === '"' || e === "'" || e === '\\' ? e : `\\${e}`;
          j += 2;
          continue;
        }
        if (d === c) break;
        if (d === '\n') line++;
        v += d;
        j++;
      }
      // nginx also takes ")" right after a quoted string (it closes an `if` condition); it starts the next word.
      const after = src[j + 1];
      if (after !== undefined && !/[\s;{})]/.test(after)) throw new ConfigSyntaxError(`line ${line}: unexpected ${JSON.stringify(after)} after a quoted string`);
      tokens.push({ t: 'word', v, line });
      i = j + 1;
    } else {
      let j = i;
      while (j < src.length && !/[\s;{}]/.test(src[j]!)) j++;
      tokens.push({ t: 'word', v: src.slice(i, j), line });
      i = j;
    }
  }
  return { tokens, comments };
}

export function parseNginx(src: string): { tree: NginxDirective[]; comments: string[] } {
  const { tokens, comments } = nginxTokens(src);
  let k = 0;
  const block = (top: boolean): NginxDirective[] => {
    const out: NginxDirective[] = [];
    for (;;) {
      const t = tokens[k];
      if (t === undefined) {
        if (!top) throw new ConfigSyntaxError('unexpected end of file, expecting "}"');
        return out;
      }
      if (t.t === '}') {
        if (top) throw new ConfigSyntaxError(`line ${t.line}: unexpected "}"`);
        k++;
        return out;
      }
      if (t.t !== 'word') throw new ConfigSyntaxError(`line ${t.line}: unexpected "${t.t}"`);
      const words: string[] = [];
      while (tokens[k]?.t === 'word') words.push((tokens[k++] as { v: string }).v);
      const end = tokens[k];
      if (end?.t === ';') {
        k++;
        out.push({ name: words[0]!, args: words.slice(1), line: t.line });
      } else if (end?.t === '{') {
        k++;
        out.push({ name: words[0]!, args: words.slice(1), block: block(false), line: t.line });
      } else throw new ConfigSyntaxError(`line ${t.line}: directive "${words[0]}" is not terminated by ";"`);
    }
  };
  return { tree: block(true), comments };
}

// ---------------------------------------------------------------- HAProxy

export interface HaproxySection {
  header: string[];
  lines: { words: string[]; text: string }[];
}

/** haproxy.cfg: non-indented lines open sections; `#` starts a comment; words split on blanks. */
export function parseHaproxy(src: string): { sections: HaproxySection[]; comments: string[]; problems: string[] } {
  const sections: HaproxySection[] = [];
  const comments: string[] = [];
  const problems: string[] = [];
  src.split('\n').forEach((raw, n) => {
    const text = raw.trim();
    if (text === '') return;
    if (text.startsWith('#')) return void comments.push(text);
    // Single quotes are HAProxy's strong quoting (nothing inside is interpreted): a quoted word is one word.
    const outside = raw.replace(/'[^']*'/g, '');
    if (outside.includes('#')) problems.push(`haproxy.cfg:${n + 1}: "#" inside a line (starts a comment): ${JSON.stringify(raw)}`);
    if (/["'\\]/.test(outside)) problems.push(`haproxy.cfg:${n + 1}: quote or backslash in a line: ${JSON.stringify(raw)}`);
    // A quoted word is kept with its leading quote only ("'text"), so the oracle can tell it apart.
    const words = (text.match(/'[^']*'|[^ \t']+/g) ?? []).map((w) => (w.startsWith("'") ? w.slice(0, -1) : w));
    if (!/^\s/.test(raw)) sections.push({ header: words, lines: [] });
    else if (sections.length === 0) problems.push(`haproxy.cfg:${n + 1}: keyword outside a section`);
    else sections[sections.length - 1]!.lines.push({ words, text });
  });
  return { sections, comments, problems };
}

/** A map or ACL pattern file: one entry per line, key and value split on blanks, `#` lines are comments. */
export function parseMapFile(name: string, src: string, words: 1 | 2): { entries: string[]; problems: string[] } {
  const entries: string[] = [];
  const problems: string[] = [];
  if (src !== '' && !src.endsWith('\n')) problems.push(`${name}: no final newline`);
  for (const [n, raw] of src.split('\n').entries()) {
    if (raw === '') continue;
    if (/^\s*#/.test(raw)) problems.push(`${name}:${n + 1}: a comment line: ${JSON.stringify(raw)}`);
    const w = raw.trim().split(/[ \t]+/);
    if (w.length !== words || raw !== raw.trim()) problems.push(`${name}:${n + 1}: expected ${words} word(s), found ${JSON.stringify(raw)}`);
    // eslint-disable-next-line no-control-regex
    if (/[\u0000-\u001f\u007f]/.test(raw)) problems.push(`${name}:${n + 1}: control character`);
    entries.push(w.join(' '));
  }
  return { entries, problems };
}

// ---------------------------------------------------------------- YAML (Envoy, Traefik)

/** Every comment in a YAML text, as the yaml lexer sees it (so "#" inside strings is not one). */
export function yamlComments(src: string): string[] {
  const out: string[] = [];
  for (const tok of new Lexer().lex(src)) if (CST.tokenType(tok) === 'comment') out.push(tok.trim());
  return out;
}
