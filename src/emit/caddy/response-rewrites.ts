import type { ResponseRewrites } from '../../ir/types.js';
import { escapeRegexMeta } from '../regex.js';
import { caddyLiteral } from './quote.js';

type Replace = Record<string, { search_regexp: string; replace: string }[]>;

/**
 * ResponseRewrites as reverse_proxy response header replacements (Go regexp, ReplaceAllString on
 * each value of the header): nginx's proxy_redirect on Location and on the url= of Refresh (a
 * rewritten Location starting with "/" gets the request's scheme and host, no port, as
 * ingress-nginx's port_in_redirect off), proxy_cookie_domain (case-insensitive, a leading dot
 * kept) and proxy_cookie_path (a prefix of the path attribute). The texts passed the reader's
 * grammar (no "$", "{", "}" or "\"): caddyLiteral refuses placeholders, escapeRegexMeta the rest.
 */
export function responseReplace(rw: ResponseRewrites | undefined): { replace?: Replace } {
  if (!rw) return {};
  const out: Replace = {};
  const text = (s: string): string => {
    if (s.includes('$')) throw new Error(`caddy: refusing "$" in a response rewrite: ${JSON.stringify(s)}`);
    return caddyLiteral(s);
  };
  if (rw.location) {
    const { from, to } = rw.location;
    const absolute = to.startsWith('/') ? '{http.request.scheme}://{http.request.host}' : '';
    out.Location = [{ search_regexp: `^${escapeRegexMeta(text(from))}`, replace: `${absolute}${text(to)}` }];
    out.Refresh = [{ search_regexp: `^(.*?(?i:url)=)${escapeRegexMeta(text(from))}`, replace: `\${1}${text(to)}` }];
  }
  const cookie: Replace[string] = [];
  if (rw.cookieDomain) {
    const from = text(rw.cookieDomain.from).replace(/^\./, '');
    cookie.push({ search_regexp: `(?i)(;\\s*domain=\\.?)${escapeRegexMeta(from)}(\\s*(?:;|$))`, replace: `\${1}${text(rw.cookieDomain.to).replace(/^\./, '')}\${2}` });
  }
  if (rw.cookiePath) cookie.push({ search_regexp: `(;\\s*(?i:path)=)${escapeRegexMeta(text(rw.cookiePath.from))}`, replace: `\${1}${text(rw.cookiePath.to)}` });
  if (cookie.length) out['Set-Cookie'] = cookie;
  return { replace: out };
}
