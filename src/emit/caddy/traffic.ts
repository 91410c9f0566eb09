import { corsHeaderTemplate, corsOriginSearch, ECHO_ORIGIN } from '../../ir/cors.js';
import type { AffinityPolicy, Endpoint, Route as IrRoute, Upstream } from '../../ir/types.js';
import { endpointToken } from '../affinity-token.js';
import { caddyLiteral, dialAddress } from './quote.js';
import type { Handler, MatcherSet } from './types.js';

/**
 * ingress-nginx's CORS around a route's action, as a subroute: a matching OPTIONS (any OPTIONS with
 * "*") gets a 204 with the headers from Caddy itself; any other matching request gets them through a
 * deferred `headers` handler, applied when the response is written, so they replace the upstream's.
 * The Origin match is Go's regexp searched case-insensitively, anchored at the end, as ingress-nginx's
 * `~* (...)$`. `rest` (the access checks, filters and the upstream) runs after the preflight answer.
 * Its error answers get the headers too (the subroute's error routes).
 */
export function corsHandlers(r: IrRoute | undefined, rest: Handler[]): Handler[] {
  const p = r?.policies?.cors;
  if (!p) return rest;
  let origin: MatcherSet | undefined;
  if (p.allowOrigins !== '*') {
    const search = corsOriginSearch(p.allowOrigins);
    if (search === undefined) return rest; // an empty list: nothing ever matches
    // The pattern comes from grammar-checked entries; Caddy does not expand placeholders in it.
    origin = { header_regexp: { Origin: { pattern: `(?i)${search}` } } };
  }
  const reraise: Handler = { handler: 'error', status_code: '{http.error.status_code}' };
  const headers: Record<string, string[]> = {};
  for (const h of corsHeaderTemplate(p)) headers[h.name] = [h.value === ECHO_ORIGIN ? '{http.request.header.Origin}' : caddyLiteral(h.value)];
  return [
    {
      handler: 'subroute',
      routes: [
        { match: [{ method: ['OPTIONS'], ...(origin ?? {}) }], handle: [{ handler: 'static_response', status_code: 204, headers }], terminal: true },
        { ...(origin ? { match: [origin] } : {}), handle: [{ handler: 'headers', response: { set: headers, deferred: true } }] },
        { handle: rest },
      ],
      // Caddy's own error answers (the 401 of basic auth, the 413 of a body limit) skip the deferred headers:
      // they are set on the error's way out (ingress-nginx adds them "always", to its error answers
      // too), and the error raised again; so is an error no route matches (Caddy would answer it here,
      // its status with an empty body, before the outer error routes).
      errors: { routes: [{ ...(origin ? { match: [origin] } : {}), handle: [{ handler: 'headers', response: { set: headers } }, reraise] }, ...(origin ? [{ handle: [reraise] }] : [])] },
    },
  ];
}

/**
 * ingress-nginx's cookie affinity (Caddy's own cookie policy sets Path=/ and no HttpOnly, so it is
 * not used): the cookie names an endpoint by an opaque token (affinity-token.ts). A request whose
 * Cookie header carries the token of an endpoint goes to that endpoint alone; any other goes to the
 * upstream's round robin, and a deferred header adds the Set-Cookie, its token looked up (lazily,
 * when the response is written) from the endpoint the proxy used. Secure on HTTPS requests unless
 * session-cookie-secure makes it always. The cookie names one endpoint: ingress-nginx's persistent
 * mode (support rows note balanced).
 */
export function affinityHandler(r: IrRoute | undefined, u: Upstream | undefined, action: Handler, proxyTo: (e: Endpoint) => Handler): Handler {
  const a = r?.policies?.affinity;
  if (!a || !u || u.endpoints.length === 0) return action;
  const name = caddyLiteral(a.cookie);
  const token = (e: Endpoint): string => endpointToken(e);
  return {
    handler: 'subroute',
    routes: [
      ...u.endpoints.map((e) => ({
        match: [{ header_regexp: { Cookie: { pattern: cookieNames(a, [e]) } } }],
        handle: [proxyTo(e)],
        terminal: true as const,
      })),
      {
        handle: [
          { handler: 'map', source: UPSTREAM, destinations: [`{${TOKEN}}`], mappings: u.endpoints.map((e) => ({ input: dial(e), outputs: [token(e)] })), defaults: [''] },
          secureMap(),
          { handler: 'headers', response: { add: { 'Set-Cookie': [`${name}={${TOKEN}}${attributes(a)}`] }, deferred: true } },
          action,
        ],
      },
    ],
  };
}

/** A Cookie header regexp: a pair `a.cookie` whose value is the token of one of `endpoints`. */
export function cookieNames(a: AffinityPolicy, endpoints: readonly Endpoint[]): string {
  const tokens = endpoints.map(endpointToken);
  return `(?:^|;)\\s*${caddyLiteral(a.cookie).replace(/[.]/g, '\\.')}=${tokens.length === 1 ? tokens[0]! : `(?:${tokens.join('|')})`}(?:;|$)`;
}

/**
 * The handlers before a canary's weighted split (canary.ts) when a side has affinity: one proxy
 * serves both Services, so the cookie is the one of the side whose endpoint answered, looked up
 * from that endpoint when the response is written. An endpoint of a side without affinity maps
 * to an empty header name, which Go's server does not write: no cookie. (A request reaches the
 * split only without a cookie naming an endpoint of a sticky side: affinity decides first.)
 */
export function splitAffinityHandlers(sides: readonly { a: AffinityPolicy | undefined; u: Upstream }[]): Handler[] {
  const rows = sides.flatMap(({ a, u }) => (a ? u.endpoints.map((e) => ({ input: dial(e), outputs: ['Set-Cookie', `${caddyLiteral(a.cookie)}=${endpointToken(e)}${attributes(a)}`] })) : []));
  if (rows.length === 0) return [];
  return [
    { handler: 'map', source: UPSTREAM, destinations: [`{${HEADER}}`, `{${COOKIE}}`], mappings: rows, defaults: ['', ''] },
    secureMap(),
    { handler: 'headers', response: { add: { [`{${HEADER}}`]: [`{${COOKIE}}`] }, deferred: true } },
  ];
}

/** The cookie's attributes, in lua-resty-cookie's order; Secure on HTTPS requests unless always. */
function attributes(a: AffinityPolicy): string {
  return [
    ...(a.maxAge !== undefined ? [`; Max-Age=${a.maxAge}`] : []),
    ...(a.domain !== undefined ? [`; Domain=${caddyLiteral(a.domain)}`] : []),
    `; Path=${caddyLiteral(a.path)}`,
    a.secure === 'always' ? '; Secure' : `{${SECURE}}`,
    '; HttpOnly',
    ...(a.sameSite !== undefined ? [`; SameSite=${caddyLiteral(a.sameSite)}`] : []),
  ].join('');
}

const dial = (e: Endpoint): string => caddyLiteral(dialAddress(e.host, e.port));
const UPSTREAM = '{http.reverse_proxy.upstream.hostport}';
const TOKEN = 'ingressc_aff_token';
const SECURE = 'ingressc_aff_secure';
const HEADER = 'ingressc_aff_header';
const COOKIE = 'ingressc_aff_cookie';
const secureMap = (): Handler => ({ handler: 'map', source: '{http.request.scheme}', destinations: [`{${SECURE}}`], mappings: [{ input: 'https', outputs: ['; Secure'] }], defaults: [''] });
