import { corsHeaderTemplate, corsOriginSearch, ECHO_ORIGIN } from '../../ir/cors.js';
import type { Route as IrRoute } from '../../ir/types.js';
import { caddyLiteral } from './quote.js';
import type { Handler, MatcherSet } from './types.js';

/**
 * ingress-nginx's CORS around a route's action, as a subroute: a matching OPTIONS (any OPTIONS with
 * "*") gets a 204 with the headers from Caddy itself; any other matching request gets them through a
 * deferred `headers` handler, applied when the response is written, so they replace the upstream's.
 * The Origin match is Go's regexp searched case-insensitively, anchored at the end, as ingress-nginx's
 * `~* (...)$`. Caddy has no source ranges here, so there is no access check to order against.
 */
export function corsHandlers(r: IrRoute | undefined, action: Handler): Handler[] {
  const p = r?.policies?.cors;
  if (!p) return [action];
  let origin: MatcherSet | undefined;
  if (p.allowOrigins !== '*') {
    const search = corsOriginSearch(p.allowOrigins);
    if (search === undefined) return [action]; // an empty list: nothing ever matches
    // The pattern comes from grammar-checked entries; Caddy does not expand placeholders in it.
    origin = { header_regexp: { Origin: { pattern: `(?i)${search}` } } };
  }
  const headers: Record<string, string[]> = {};
  for (const h of corsHeaderTemplate(p)) headers[h.name] = [h.value === ECHO_ORIGIN ? '{http.request.header.Origin}' : caddyLiteral(h.value)];
  return [
    {
      handler: 'subroute',
      routes: [
        { match: [{ method: ['OPTIONS'], ...(origin ?? {}) }], handle: [{ handler: 'static_response', status_code: 204, headers }], terminal: true },
        { ...(origin ? { match: [origin] } : {}), handle: [{ handler: 'headers', response: { set: headers, deferred: true } }] },
        { handle: [action] },
      ],
    },
  ];
}
