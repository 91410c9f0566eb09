import { corsHeaderTemplate, corsOriginSearch, ECHO_ORIGIN } from '../../ir/cors.js';
import type { AffinityPolicy, CorsPolicy, Endpoint } from '../../ir/types.js';
import { endpointToken } from '../affinity-token.js';
import { cfgName, quotedArg, quotedText } from './quote.js';

/**
 * ingress-nginx's CORS in a route's own backend: txn.cors is set when the policy applies (the
 * Origin, the last Origin header, matched case-insensitively at its end, or every request with
 * "*"); a matching OPTIONS is answered 204 there, before the access rules (ingress-nginx answers it
 * in nginx's rewrite phase, before allow/deny); http-after-response sets the headers on every
 * response of the request, HAProxy's own (204, 503) included, replacing the server's.
 */
export function corsRules(p: CorsPolicy | undefined): string[] {
  if (!p) return [];
  const out: string[] = [];
  if (p.allowOrigins === '*') out.push('http-request set-var(txn.cors) str(1)');
  else {
    const search = corsOriginSearch(p.allowOrigins);
    if (search === undefined) return []; // an empty list: nothing ever matches
    out.push(`http-request set-var(txn.cors) str(1) if { req.fhdr(origin) -m reg -i ${quotedArg(search)} }`);
    out.push('http-request set-var(txn.cors_origin) req.fhdr(origin) if { var(txn.cors) -m found }');
  }
  out.push('http-request return status 204 if METH_OPTIONS { var(txn.cors) -m found }');
  for (const h of corsHeaderTemplate(p)) {
    const value = h.value === ECHO_ORIGIN ? '%[var(txn.cors_origin)]' : quotedText(h.value);
    out.push(`http-after-response set-header ${cfgName(h.name)} ${value} if { var(txn.cors) -m found }`);
  }
  return out;
}

/**
 * ingress-nginx's cookie affinity as HAProxy's cookie persistence in the route's own backend:
 * `insert indirect` sets the cookie only when the request has none naming a server of this
 * backend, as ingress-nginx sets it only when it picks a new endpoint. Each server's cookie value
 * is an opaque hash of its address. The cookie names one server, so a session stays on its
 * endpoint while it exists (ingress-nginx's persistent mode; support rows note the balanced one).
 * HAProxy writes its own "path=/" first; the Path attribute added after it is the one clients use
 * (RFC 6265 5.3: the last Path attribute wins).
 */
/** Backend lines of affinity besides the cookie: session-cookie-change-on-failure. */
export function affinityOptions(a: AffinityPolicy): string[] {
  // A connection failure on the cookie's server: the last retry goes to another server, whose
  // cookie is then inserted (ingress-nginx picks a new endpoint and sets a new cookie).
  return a.changeOnFailure ? ['option redispatch'] : [];
}

export function cookieLine(a: AffinityPolicy): string {
  const parts = [`cookie ${cfgName(a.cookie)} insert indirect httponly`];
  if (a.secure === 'always') parts.push('secure');
  parts.push(`attr ${quotedArg(`Path=${a.path}`)}`);
  // As an attribute, spelt as ingress-nginx spells it (HAProxy's `domain` option writes "domain=").
  if (a.domain !== undefined) parts.push(`attr ${quotedArg(`Domain=${a.domain}`)}`);
  if (a.maxAge !== undefined) parts.push(`attr ${quotedArg(`Max-Age=${a.maxAge}`)}`);
  if (a.sameSite !== undefined) parts.push(`attr ${quotedArg(`SameSite=${a.sameSite}`)}`);
  return parts.join(' ');
}

/**
 * Rules of a backend with affinity: Expires, a date relative to each response (ingress-nginx:
 * ngx.cookie_time(now + seconds); HAProxy writes the RFC 1123 form of the same instant), and Secure
 * on HTTPS requests (ingress-nginx's default).
 */
export function affinityRules(a: AffinityPolicy | undefined): string[] {
  if (!a) return [];
  const ours = quotedArg(`^(${a.cookie.replace(/[.]/g, '[.]')}=.*)$`);
  const out: string[] = [];
  if (a.expires !== undefined) {
    if (!Number.isInteger(a.expires) || a.expires < 0) throw new Error(`haproxy: refusing cookie expiry ${a.expires}`);
    // A log-format argument built here from a checked integer: its only "%" is the sample fetch.
    out.push(`http-after-response replace-header Set-Cookie ${ours} '\\1; Expires=%[date(${a.expires}),http_date]'`);
  }
  if (a.secure === 'https') out.push(`http-after-response replace-header Set-Cookie ${ours} ${quotedText('\\1; Secure')} if { ssl_fc }`);
  return out;
}

/** A server's cookie value. */
export const serverCookie = (e: Endpoint): string => endpointToken(e);
