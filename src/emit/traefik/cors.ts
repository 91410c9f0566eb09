import { corsOriginSearch } from '../../ir/cors.js';
import { routesOf, type CorsPolicy, type RouteTable } from '../../ir/types.js';
import { goQuote } from './quote.js';
import type { Middleware } from './types.js';

/**
 * enable-cors and the cors-* keys (src/ir/types.ts CorsPolicy) with Traefik v3's headers
 * middleware (pkg/middlewares/headers/header.go). What that middleware does:
 *  - customResponseHeaders: set (replacing the upstream's) on every response that passes through it;
 *  - with any accessControl* option, an OPTIONS request carrying both Origin and
 *    Access-Control-Request-Method is answered by the middleware itself: 200, Content-Length 0,
 *    Access-Control-Allow-Credentials / -Allow-Headers / -Allow-Methods (the list joined with ","),
 *    -Allow-Origin (when the origin matches), -Max-Age, -Expose-Headers; customResponseHeaders are
 *    not applied to that answer;
 *  - on other responses it sets Access-Control-Allow-Origin when the request's (first) Origin
 *    matches, and Access-Control-Allow-Credentials and -Expose-Headers whatever the origin;
 *  - accessControlAllowOriginList ["*"] with credentials echoes the request's Origin instead of
 *    "*": that would let every origin read credentialed responses, so "*" is never put there.
 *
 * So the routers reproduce ingress-nginx's decision themselves (routers.ts adds them just above the route):
 *  - "*": every response of the route gets every CORS header as fixed customResponseHeaders
 *    (ingress-nginx sets them on every request); a `Method("OPTIONS")` router answers 204 through
 *    the same headers middleware and an ipAllowList that admits nobody (rejectStatusCode 204);
 *  - an origin list: a router with `HeaderRegexp("Origin", <ingress-nginx's origin regex>)` adds
 *    the headers (Allow-Origin echoed by accessControlAllowOriginListRegex, the others fixed), and
 *    a router for OPTIONS with a matching Origin answers 204 the same way; requests whose Origin
 *    does not match stay on the route's own router, untouched. An OPTIONS request that also carries
 *    Access-Control-Request-Method (a browser's preflight) gets the middleware's own 200 instead
 *    of 204 (support row 'partial').
 * Each list option is one element holding the value as written: Traefik joins elements with ",",
 * so the header is the annotation's text, and never the lone "*" that switches Traefik to echoing.
 */

/** The headers ingress-nginx sends with a matched request, except Allow-Origin (src/ir/cors.ts corsHeaderTemplate). */
function fixedHeaders(p: CorsPolicy): Record<string, string> {
  return {
    ...(p.allowCredentials ? { 'Access-Control-Allow-Credentials': 'true' } : {}),
    'Access-Control-Allow-Methods': p.allowMethods,
    'Access-Control-Allow-Headers': p.allowHeaders,
    ...(p.exposeHeaders !== '' ? { 'Access-Control-Expose-Headers': p.exposeHeaders } : {}),
    'Access-Control-Max-Age': String(p.maxAge),
  };
}

/** Header values passed the family's grammar (letters, digits, "-", "_", ",", " ", "*"); checked again. */
function checked(h: Record<string, string>): Record<string, string> {
  for (const v of Object.values(h)) if (!/^[A-Za-z0-9_*, -]*$/.test(v)) throw new Error(`traefik: refusing CORS header value ${JSON.stringify(v)}`);
  return h;
}

export function corsMiddleware(p: CorsPolicy): Middleware {
  if (p.allowOrigins === '*') return { headers: { customResponseHeaders: checked({ 'Access-Control-Allow-Origin': '*', ...fixedHeaders(p) }) } };
  const search = corsOriginSearch(p.allowOrigins);
  if (search === undefined) throw new Error('traefik: an empty origin list matches nothing (no CORS routers)');
  return {
    headers: {
      customResponseHeaders: checked(fixedHeaders(p)),
      accessControlAllowOriginListRegex: [`(?i)${search}`],
      accessControlAllowMethods: [p.allowMethods],
      accessControlAllowHeaders: [p.allowHeaders],
      ...(p.exposeHeaders !== '' ? { accessControlExposeHeaders: [p.exposeHeaders] } : {}),
      accessControlAllowCredentials: p.allowCredentials,
      accessControlMaxAge: p.maxAge,
    },
  };
}

export interface CorsRouter {
  suffix: string;
  rule: string;
  /** Above the route's own priority (1 or 2; canary.ts CANARY_STEP spaces priorities). */
  bump: number;
  /** Answers 204 (an OPTIONS request) instead of going on to the route's target. */
  preflight: boolean;
}

/**
 * The routers a route with policy `p` gains above its own (rule `rule`). "*" needs only the
 * OPTIONS one (the route's own router carries the headers); an origin list needs both, and an
 * empty list none (ingress-nginx then matches no origin).
 */
export function corsRouters(p: CorsPolicy, rule: string): CorsRouter[] {
  if (p.allowOrigins === '*') return [{ suffix: '_cors_preflight', rule: `${rule} && Method("OPTIONS")`, bump: 1, preflight: true }];
  const search = corsOriginSearch(p.allowOrigins);
  if (search === undefined) return [];
  const origin = `HeaderRegexp("Origin", ${goQuote(`(?i)${search}`)})`;
  return [
    { suffix: '_cors_preflight', rule: `${rule} && Method("OPTIONS") && ${origin}`, bump: 2, preflight: true },
    { suffix: '_cors', rule: `${rule} && ${origin}`, bump: 1, preflight: false },
  ];
}

export const hasCors = (ir: RouteTable): boolean => ir.vhosts.some((vh) => routesOf(vh).some((r) => r.policies?.cors !== undefined));
