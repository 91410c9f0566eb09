import type { CorsPolicy } from './types.js';

/** One label for a "*." origin entry (ingress-nginx buildOriginRegex). */
const LABEL = '[A-Za-z0-9-]+';

/**
 * The origin list as one regex source, searched case-insensitively and anchored at the end only,
 * as ingress-nginx's `if ($http_origin ~* ((a)|(b))$)`. Entries passed the provider's grammar
 * ([a-z]+://, an optional "*.", [A-Za-z0-9.-], an optional :port, or "null"), so "." is the only
 * metacharacter left to escape. The source means the same in PCRE, RE2, Go and JavaScript;
 * undefined for an empty list (nothing matches).
 */
export function corsOriginSearch(origins: readonly string[]): string | undefined {
  if (origins.length === 0) return undefined;
  const alt = origins.map((o) => {
    if (!/^(?:null|[a-z]+:\/\/(?:\*\.)?[A-Za-z0-9.-]*(?::[0-9]+)?)$/.test(o)) throw new Error(`cors: origin ${JSON.stringify(o)} did not pass the grammar`);
    return o.replace(/\./g, '\\.').replace('*\\.', `${LABEL}\\.`);
  });
  return `(?:${alt.join('|')})$`;
}

const compiled = new Map<string, RegExp>();

/** Does the request's Origin header make the policy apply? */
export function corsMatches(p: CorsPolicy, origin: string | undefined): boolean {
  if (p.allowOrigins === '*') return true;
  const src = corsOriginSearch(p.allowOrigins);
  if (src === undefined || origin === undefined) return false;
  let re = compiled.get(src);
  if (!re) compiled.set(src, (re = new RegExp(src, 'i')));
  return re.test(origin);
}

export const ECHO_ORIGIN = Symbol('the request Origin');

/**
 * The headers a matched request's response carries, in ingress-nginx's order; the origin value is
 * ECHO_ORIGIN where the request's Origin is sent back (an origin list), "*" otherwise.
 */
export function corsHeaderTemplate(p: CorsPolicy): { name: string; value: string | typeof ECHO_ORIGIN }[] {
  return [
    { name: 'Access-Control-Allow-Origin', value: p.allowOrigins === '*' ? '*' : ECHO_ORIGIN },
    ...(p.allowCredentials ? [{ name: 'Access-Control-Allow-Credentials', value: 'true' }] : []),
    { name: 'Access-Control-Allow-Methods', value: p.allowMethods },
    { name: 'Access-Control-Allow-Headers', value: p.allowHeaders },
    ...(p.exposeHeaders !== '' ? [{ name: 'Access-Control-Expose-Headers', value: p.exposeHeaders }] : []),
    { name: 'Access-Control-Max-Age', value: String(p.maxAge) },
  ];
}

export interface CorsOutcome {
  /** An OPTIONS request: the proxy answers 204 itself. */
  preflight: boolean;
  headers: { name: string; value: string }[];
}

/** What the policy does to a request (undefined: nothing, the request is proxied untouched). */
export function corsOutcome(p: CorsPolicy, method: string, origin: string | undefined): CorsOutcome | undefined {
  if (!corsMatches(p, origin)) return undefined;
  const headers = corsHeaderTemplate(p).map((h) => ({ name: h.name, value: h.value === ECHO_ORIGIN ? (origin ?? '') : h.value }));
  return { preflight: method === 'OPTIONS', headers };
}
