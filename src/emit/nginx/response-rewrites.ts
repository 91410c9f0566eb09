import type { ResponseRewrites } from '../../ir/types.js';
import { nginxQuote } from './quote.js';

/**
 * ResponseRewrites as ingress-nginx writes them in a location: proxy_redirect,
 * proxy_cookie_domain and proxy_cookie_path with a string (never "~": a regex) and its replacement.
 */
export function responseRewriteLines(rw: ResponseRewrites | undefined): string[] {
  if (!rw) return [];
  const out: string[] = [];
  const pair = (directive: string, r: { from: string; to: string } | undefined): void => {
    if (!r) return;
    if (r.from.startsWith('~')) throw new Error(`nginx: refusing a ${directive} regex ${JSON.stringify(r.from)}`);
    out.push(`${directive} ${nginxQuote(r.from)} ${nginxQuote(r.to)};`);
  };
  pair('proxy_redirect', rw.location);
  // A rewritten Location starting with "/" is made absolute without the port, as ingress-nginx says.
  if (rw.location) out.push('port_in_redirect off;');
  pair('proxy_cookie_domain', rw.cookieDomain);
  pair('proxy_cookie_path', rw.cookiePath);
  return out;
}
