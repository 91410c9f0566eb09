import type { AuthValuePart } from '../../ir/types.js';
import { escapeRegexMeta, wildcardSuffix } from '../regex.js';

/**
 * The one way user-derived text enters nginx.conf: a double-quoted string with `\` and `"`
 * escaped. Validation already restricts every value to safe grammars; this is the second wall.
 * Control characters are refused outright (a newline would end the directive, CVE-2021-25748),
 * and so is `$`, which nginx expands as a variable in `set`/`return`/`proxy_pass`; only a regex
 * built by the emitter itself (a `server_name` anchor) may pass `allowDollar`.
 */
export function nginxQuote(s: string, opts: { allowDollar?: boolean } = {}): string {
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(s)) throw new Error(`nginx: refusing to quote a value with a control character: ${JSON.stringify(s)}`);
  if (!opts.allowDollar && s.includes('$')) throw new Error(`nginx: refusing to quote a value with "$": ${JSON.stringify(s)}`);
  return `"${s.replace(/[\\"]/g, (c) => `\\${c}`)}"`;
}

/** Regex `server_name` for an Ingress wildcard: exactly one label before the suffix (nginx's own `*.` matches any depth). */
export function wildcardServerName(suffix: string): string {
  return nginxQuote(`~^[^.]+\\.${escapeRegexMeta(wildcardSuffix('nginx', suffix))}$`, { allowDollar: true });
}

/**
 * nginx's own wildcard `server_name` (a hash lookup, any depth): only correct together with the
 * one-label check of wildcard-depth.ts.
 */
export function wildcardHashServerName(suffix: string): string {
  return nginxQuote(`*.${wildcardSuffix('nginx', suffix)}`);
}

/**
 * A rewrite replacement: the IR's "/..." with `{N}` capture references becomes nginx's `$N`
 * (nginx reads one digit after "$", so "$12" is capture 1 then "2", as the IR means). Only path
 * characters may appear, so no other variable and nothing nginx would read as a redirect.
 */
export function nginxRewriteTarget(replacement: string): string {
  if (!/^\/(?:[A-Za-z0-9._~\-/]|\{[1-9]\})*$/.test(replacement)) throw new Error(`nginx: refusing rewrite replacement ${JSON.stringify(replacement)}`);
  return nginxQuote(replacement.replace(/\{([1-9])\}/g, '$$$1'), { allowDollar: true });
}

/**
 * A header name (an HTTP token). `underscore`: names a ConfigMap of headers may hold
 * (customheaders.go's [a-zA-Z0-9_-]+), written as nginx directive arguments, not read as $http_.
 */
export function nginxHeaderName(name: string, opts: { underscore?: boolean } = {}): string {
  if (!(opts.underscore ? /^[A-Za-z0-9_-]+$/ : /^[A-Za-z0-9-]+$/).test(name)) throw new Error(`nginx: refusing header name ${JSON.stringify(name)}`);
  return name;
}

/**
 * An auth request header's value (auth-proxy-set-headers) as one quoted string: the literal text
 * (no "$" or braces: the grammar's), each variable as "${name}" (so text after it cannot extend its
 * name), a client header as "${http_<name with _ for ->}".
 */
export function nginxAuthValue(parts: readonly AuthValuePart[]): string {
  const text = parts
    .map((p) => {
      if ('text' in p) {
        if (/[${}]/.test(p.text)) throw new Error(`nginx: refusing auth header text ${JSON.stringify(p.text)}`);
        return p.text;
      }
      if ('variable' in p) {
        if (!['remote_addr', 'host', 'scheme', 'request_uri'].includes(p.variable)) throw new Error(`nginx: refusing variable ${JSON.stringify(p.variable)}`);
        return `\${${p.variable}}`;
      }
      if (!/^[a-z0-9-]+$/.test(p.header)) throw new Error(`nginx: refusing header variable ${JSON.stringify(p.header)}`);
      return `\${http_${p.header.replace(/-/g, '_')}}`;
    })
    .join('');
  return nginxQuote(text, { allowDollar: true });
}
