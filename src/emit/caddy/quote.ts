import type { AuthValuePart } from '../../ir/types.js';
import { toCompactJsonChunks } from '../json-writer.js';
import { escapeRegexMeta, wildcardSuffix } from '../regex.js';

/**
 * Second wall for every manifest-derived string that enters caddy.json (validation is the first).
 * Caddy expands `{placeholders}` at run time in host matchers, upstream dial addresses and header
 * values, and `\` escapes a brace there; a brace in a host or path would turn user text into a
 * request-time lookup. No valid Ingress value has one, nor a control or non-ASCII character:
 * seeing one means validation was bypassed, so it is refused rather than escaped.
 */
export function caddyLiteral(s: string): string {
  if (!/^[\x20-\x7e]*$/.test(s)) throw new Error(`caddy: refusing a non-printable or non-ASCII character: ${JSON.stringify(s)}`);
  if (/[{}\\]/.test(s)) throw new Error(`caddy: refusing a placeholder character ({, } or \\): ${JSON.stringify(s)}`);
  return s;
}

/**
 * The one writer of caddy.json: JSON.stringify quotes every string (Go's encoding/json reads
 * exactly that), so no value can break out of its field. Small objects stay on one line (a path
 * route is one line), which keeps 10k-host configs a fraction of fully indented JSON. `repeated`:
 * objects the value holds more than once, and how often (shared-routes.ts).
 */
export function caddyJson(value: unknown, repeated?: ReadonlyMap<object, number>): string {
  return caddyJsonChunks(value, repeated).join('');
}

/** caddyJson's text in ~64 KB chunks (caddy.json is written piece by piece). */
export function caddyJsonChunks(value: unknown, repeated?: ReadonlyMap<object, number>): string[] {
  return toCompactJsonChunks(value, 110, repeated);
}

/**
 * path_regexp patterns (Go RE2, case-sensitive, unanchored unless anchored here). Caddy's `path`
 * matcher cannot be used: it is case-insensitive and reads `*`, `?`, `[` as globs.
 * Exact: the path itself. Prefix: the path or the path + "/" + anything (element-wise); "/" has
 * no matcher at all.
 */
export function exactPathRegexp(path: string): string {
  return `^${escapeRegexMeta(caddyLiteral(path))}$`;
}

/** A plain string prefix (ingress-nginx's ImplementationSpecific): "/api" also matches "/apiv2". */
export function stringPrefixPathRegexp(path: string): string {
  return `^${escapeRegexMeta(caddyLiteral(path))}[\\s\\S]*$`;
}

export function prefixPathRegexp(path: string): string {
  // [\s\S]: Go's `.` stops at a newline, and Caddy matches the decoded path (%0A is one).
  return `^${escapeRegexMeta(caddyLiteral(path))}(/[\\s\\S]*)?$`;
}

/** Host matcher value for an Ingress wildcard: Caddy's `*.suffix` matches exactly one label. */
export function wildcardHost(suffix: string): string {
  return `*.${caddyLiteral(wildcardSuffix('caddy', suffix))}`;
}

/** A dial address as Caddy reads it: "host:port", an IPv6 address in brackets. */
/**
 * A header name (an HTTP token) as a key of Caddy's header maps and inside `{http.request.header.*}`
 * placeholders. `underscore`: names a ConfigMap of headers may hold (customheaders.go's [a-zA-Z0-9_-]+).
 */
export function caddyHeaderName(name: string, opts: { underscore?: boolean } = {}): string {
  if (!(opts.underscore ? /^[A-Za-z0-9_-]+$/ : /^[A-Za-z0-9-]+$/).test(name)) throw new Error(`caddy: refusing header name ${JSON.stringify(name)}`);
  return name;
}

export const dialAddress = (host: string, port: number): string => (host.includes(':') ? `[${host}]:${port}` : `${host}:${port}`);

const AUTH_VARIABLES: Readonly<Record<string, string>> = {
  remote_addr: '{http.request.remote.host}',
  host: '{http.request.host}',
  scheme: '{http.request.scheme}',
  request_uri: '{http.request.uri}',
};

/** An auth request header's value (auth-proxy-set-headers): literal text, and placeholders for nginx's variables. */
export function caddyAuthValue(parts: readonly AuthValuePart[]): string {
  return parts
    .map((p) => {
      if ('text' in p) return caddyLiteral(p.text);
      if ('header' in p) return `{http.request.header.${caddyHeaderName(p.header)}}`;
      const v = AUTH_VARIABLES[p.variable];
      if (v === undefined) throw new Error(`caddy: refusing auth header variable ${JSON.stringify(p.variable)}`);
      return v;
    })
    .join('');
}
