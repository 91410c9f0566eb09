import type { RequestRedirect } from '../../ir/types.js';
import type { Middleware } from './types.js';

/**
 * permanent/temporal-redirect as redirectRegex (pkg/middlewares/redirect/redirect_regex.go): the
 * whole request URL is replaced by the URL, which answers 301 (`permanent`) or 302 to GET, and
 * 308 or 307 to other methods. Only those two codes reach here (support rows refuse the others).
 * The URL passed the redirect grammar: no "$" (Go's replacement expansion), no control characters.
 */
export function redirectRegexMiddleware(f: RequestRedirect): Middleware {
  if (f.location === undefined || (f.statusCode !== 301 && f.statusCode !== 302)) throw new Error(`traefik: cannot express redirect ${JSON.stringify(f)}`);
  if (!/^[\x21-\x7e]+$/.test(f.location) || f.location.includes('$')) throw new Error(`traefik: refusing redirect URL ${JSON.stringify(f.location)}`);
  return { redirectRegex: { regex: '^.*$', replacement: f.location, permanent: f.statusCode === 301 } };
}
