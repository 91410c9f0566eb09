import type { Route, VirtualHost } from '../../ir/types.js';
import { goQuote, wildcardHostRegexp } from './quote.js';
import { locationRegex, renderPortable } from '../../ir/regex.js';

/** Traefik v3 rule text. Every value goes through goQuote; nothing else is interpolated. */

/** Host part of a vhost's rules; undefined for the host-less vhost (it matches any host). */
export function hostMatcher(vh: VirtualHost): string | undefined {
  switch (vh.kind) {
    case 'exact':
      return `Host(${goQuote(vh.name)})`;
    case 'wildcard':
      return `HostRegexp(${goQuote(wildcardHostRegexp(vh.wildcardSuffix))})`;
    case 'any':
      return undefined;
  }
}

/**
 * Exact → Path. Prefix is element-wise: "/p" itself or anything under "/p/" (a bare PathPrefix
 * would be a string prefix and match "/pfoo"); the root prefix matches every path.
 */
export function pathMatcher(r: Pick<Route, 'path' | 'match'>): string {
  if (r.match === 'Exact') return `Path(${goQuote(r.path)})`;
  // Traefik's PathRegexp searches (Go regexp, unanchored); the "^" is part of the location regex.
  if (r.match === 'RegularExpression') return `PathRegexp(${goQuote(`(?i)${renderPortable(locationRegex(r.path), 're2')}`)})`;
  if (r.path === '/' || r.match === 'StringPrefix') return `PathPrefix(${goQuote(r.path)})`;
  return `(Path(${goQuote(r.path)}) || PathPrefix(${goQuote(`${r.path}/`)}))`;
}

/** Every request of the vhost: its host part, or any path for the host-less vhost. */
export function catchAllRule(vh: VirtualHost | undefined): string {
  return (vh && hostMatcher(vh)) ?? 'PathPrefix("/")';
}

export function routeRule(vh: VirtualHost, r: Route): string {
  const host = hostMatcher(vh);
  const path = pathMatcher(r);
  return host === undefined ? path : `${host} && ${path}`;
}
