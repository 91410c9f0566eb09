import type { Diagnostics } from '../../diagnostics/collector.js';
import { redirectOf, routesOf, type RouteTable } from '../../ir/types.js';

/**
 * permanent-redirect / temporal-redirect as a Gateway API RequestRedirect: ingress-nginx answers
 * `return <code> <url>;`, the URL verbatim. RequestRedirect builds the Location from scheme,
 * hostname, port and a ReplaceFullPath path, so only URLs it writes back identically are taken:
 * lowercase http(s) scheme and host name, a port other than 80 and 443 (Envoy Gateway leaves both
 * out, whatever the scheme), a non-empty path, no query or fragment. What still differs (the request's
 * query string is appended, as Envoy's path_redirect keeps it) is in the support row's note.
 */
export interface RedirectUrl {
  scheme: 'http' | 'https';
  hostname: string;
  port?: number;
  path: string;
}

const URL_RE = /^(https?):\/\/([a-z0-9](?:[-a-z0-9]*[a-z0-9])?(?:\.[a-z0-9](?:[-a-z0-9]*[a-z0-9])?)*)(?::([1-9][0-9]{0,4}))?(\/[A-Za-z0-9._~!&'()*+,;=:@%/-]*)$/;

/** The URL's parts, or why a RequestRedirect cannot write it back verbatim. */
export function parseRedirectUrl(url: string): RedirectUrl | { problem: string } {
  const m = URL_RE.exec(url);
  if (!m) {
    const why = /^https?:\/\/[^/?#]+$/i.test(url)
      ? 'the URL has no path, and a RequestRedirect Location always has one (it would end in "/")'
      : 'a RequestRedirect writes a Location from a lowercase http(s) scheme and host name, an optional port and a path without query or fragment';
    return { problem: `${why}; Gateway API cannot answer ${JSON.stringify(url)} verbatim` };
  }
  const [, scheme, hostname, port, path] = m as unknown as [string, 'http' | 'https', string, string | undefined, string];
  if (hostname.length > 253 || path.length > 1024) return { problem: 'the host name or path is longer than a RequestRedirect takes' };
  const p = port === undefined ? undefined : Number(port);
  // Envoy Gateway leaves 80 and 443 out of the Location whatever the scheme (buildXdsRedirectAction).
  if (p !== undefined && (p > 65535 || p === 80 || p === 443)) return { problem: `port ${port}: Gateway API implementations leave ports 80 and 443 out of the Location (or it is out of range)` };
  return { scheme, hostname, ...(p !== undefined ? { port: p } : {}), path };
}

/** Status codes a RequestRedirect takes. */
export const REDIRECT_CODES: ReadonlySet<number> = new Set([301, 302, 303, 307, 308]);

/**
 * IC4509: ingress-nginx's HTTPS redirect drops the final "/" of the request URI unless
 * preserve-trailing-slash (lua_ingress.lua); a RequestRedirect keeps the request path (its path
 * modifier replaces it by a fixed value or a matched prefix, never a suffix), so the Location of
 * "/foo/" is ".../foo/" instead of ".../foo". Not expressible: reported once per host, at the first
 * redirecting path (or the host) it concerns.
 */
export function reportKeptSlash(ir: RouteTable, httpsListener: boolean, diags: Diagnostics): void {
  for (const vh of ir.vhosts) {
    const route = routesOf(vh).find((r) => {
      const rd = redirectOf(r, false);
      return rd?.scheme === 'https' && rd.stripTrailingSlash === true && redirectOf(r, true) === undefined;
    });
    const vhostWide = vh.tls?.sslRedirect === true && vh.tls.stripTrailingSlash === true && httpsListener;
    const fallback = vh.fallbackRedirect?.scheme === 'https' && vh.fallbackRedirect.stripTrailingSlash === true;
    if (!route && !vhostWide && !fallback) continue;
    const host = vh.kind === 'exact' ? vh.name : vh.kind === 'wildcard' ? `x.${vh.wildcardSuffix}` : 'example.com';
    const path = route?.match === 'Prefix' ? `${route.sourcePath.replace(/\/+$/, '')}/x/` : '/foo/';
    diags.report('IC4509', route?.origin ?? vh.origin, { host: vh.name, example: `https://${host}${path} where ingress-nginx answers https://${host}${path.slice(0, -1)}` }, { target: 'gateway-api' });
  }
}
