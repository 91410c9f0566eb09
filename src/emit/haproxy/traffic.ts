import { corsHeaderTemplate, corsOriginSearch, ECHO_ORIGIN } from '../../ir/cors.js';
import type { CorsPolicy } from '../../ir/types.js';
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
