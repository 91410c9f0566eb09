import { goRegexp } from './go-regexp.js';
import { ipInRanges } from './ip.js';
import type { RuleNode } from './rule-parser.js';

/** The request as the matchers see it (see request.ts for how each field is derived). */
export interface MatchInput {
  canonicalHost: string;
  routingPath: string;
  method: string;
  /** Header names lowercased. */
  headers: ReadonlyMap<string, readonly string[]>;
  query: URLSearchParams;
  clientIp: string;
}

export type Predicate = (r: MatchInput) => boolean;

const isAscii = (s: string): boolean => /^[\x00-\x7f]*$/.test(s);

/**
 * Compiles a parsed rule into a predicate with Traefik v3's matcher semantics
 * (pkg/muxer/http/matcher.go). Throws where Traefik refuses the router's configuration.
 */
export function compileRule(n: RuleNode): Predicate {
  switch (n.kind) {
    case 'and': {
      const [l, r] = [compileRule(n.left), compileRule(n.right)];
      return (x) => l(x) && r(x);
    }
    case 'or': {
      const [l, r] = [compileRule(n.left), compileRule(n.right)];
      return (x) => l(x) || r(x);
    }
    case 'not': {
      const p = compileRule(n.operand);
      return (x) => !p(x);
    }
    case 'matcher':
      return matcher(n.name, n.args);
  }
}

function matcher(name: string, args: readonly string[]): Predicate {
  const [a, b] = args as [string, string | undefined];
  switch (name) {
    case 'Host': {
      if (!isAscii(a)) throw new Error(`invalid value ${JSON.stringify(a)} for Host matcher, non-ASCII characters are not allowed`);
      const host = a.toLowerCase();
      // Exact, or equal once a trailing dot is dropped on either side (CNAME flattening off).
      return ({ canonicalHost: h }) => h !== '' && (h === host || (host.endsWith('.') && h === host.slice(0, -1)) || (h.endsWith('.') && h.slice(0, -1) === host));
    }
    case 'HostRegexp': {
      if (!isAscii(a)) throw new Error(`invalid value ${JSON.stringify(a)} for HostRegexp matcher, non-ASCII characters are not allowed`);
      const re = goRegexp(a);
      // The CNAME-flattened host is "" when flattening is off; an empty string can still match.
      return ({ canonicalHost: h }) => re.test(h) || re.test('');
    }
    case 'Path':
      if (!a.startsWith('/')) throw new Error(`path ${JSON.stringify(a)} does not start with a '/'`);
      return ({ routingPath }) => routingPath === a;
    case 'PathPrefix':
      if (!a.startsWith('/')) throw new Error(`path ${JSON.stringify(a)} does not start with a '/'`);
      return ({ routingPath }) => routingPath.startsWith(a); // a string prefix, not element-wise
    case 'PathRegexp': {
      const re = goRegexp(a);
      return ({ routingPath }) => re.test(routingPath);
    }
    case 'Method': {
      const m = a.toUpperCase();
      return ({ method }) => method === m;
    }
    case 'Header': {
      const key = a.toLowerCase();
      return ({ headers }) => (headers.get(key) ?? []).includes(b!);
    }
    case 'HeaderRegexp': {
      const key = a.toLowerCase();
      const re = goRegexp(b!);
      return ({ headers }) => (headers.get(key) ?? []).some((v) => re.test(v));
    }
    case 'Query':
      return ({ query }) => query.has(a) && query.getAll(a).includes(b ?? '');
    case 'QueryRegexp': {
      if (b === undefined) return ({ query }) => query.has(a) && query.getAll(a).includes('');
      const re = goRegexp(b);
      return ({ query }) => query.getAll(a).some((v) => re.test(v));
    }
    case 'ClientIP':
      ipInRanges('127.0.0.1', [a]); // throws on a malformed range, as Traefik does at load time
      return ({ clientIp }) => ipInRanges(clientIp, [a]);
  }
  throw new Error(`unknown matcher ${name}`);
}
