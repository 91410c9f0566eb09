import { DEFAULT_FORWARDED } from '../../ir/forwarded.js';
import { caddyHeaderName } from './quote.js';
import type { ForwardedHeaders, RouteTable } from '../../ir/types.js';
import type { Route } from './types.js';
import { requestHeaderSet } from './custom-headers.js';


/**
 * RouteTable.forwarded (ingress-nginx's forwarded headers, use-forwarded-headers false): first,
 * non-terminal routes of every server that set the request headers the reverse_proxy does not.
 * Caddy's reverse_proxy itself sets X-Forwarded-For (the peer: no trusted proxies are
 * configured), X-Forwarded-Proto and X-Forwarded-Host, replacing the client's.
 * X-Original-Forwarded-For: the client's header, its lines joined by "," (nginx: ", ").
 */
/** The header names set here, as a case-insensitive Go regexp of whole names (names are [A-Za-z0-9_-]). */
const connectionNames = (ir: Pick<RouteTable, 'forwarded' | 'requestHeaders'>): string =>
  `(?i)\\b(?:${['X-Real-IP', 'X-Forwarded-Port', 'X-Forwarded-Scheme', 'X-Scheme', 'X-Original-Forwarded-For', 'X-Request-ID', ...(ir.requestHeaders ?? []).map((h) => h.name)].join('|')})\\b`;

export function forwardedRoutes(ir: Pick<RouteTable, 'forwarded' | 'requestHeaders'>): Route[] {
  const f = ir.forwarded ?? DEFAULT_FORWARDED;
  const orig = `{http.request.header.${caddyHeaderName(f.originalForwardedFor)}}`;
  const scheme = '{http.request.scheme}';
  return [
    {
      handle: [
        {
          handler: 'headers',
          request: {
            // Then RouteTable.requestHeaders (proxy-set-headers: custom-headers.ts).
            set: { 'X-Real-IP': ['{http.request.remote.host}'], 'X-Forwarded-Port': ['{http.request.local.port}'], 'X-Forwarded-Scheme': [scheme], 'X-Scheme': [scheme], ...requestHeaderSet(ir) },
            // httpoxy: a client's Proxy header never reaches the upstream.
            delete: ['X-Original-Forwarded-For', 'Proxy'],
            // The reverse_proxy drops the headers a client names in Connection (hop-by-hop) after this
            // handler has set them: those names are taken out of Connection first (GHSA-62c8-mh53-4cqv).
            replace: { Connection: [{ search_regexp: connectionNames(ir), replace: '' }] },
          },
        },
      ],
    },
    { match: [{ not: [{ vars: { [orig]: [''] } }] }], handle: [{ handler: 'headers', request: { set: { 'X-Original-Forwarded-For': [orig] } } }] },
    // ingress-nginx's $req_id: the client's non-empty X-Request-ID, else a generated one.
    ...(f.generateRequestId ? [{ match: [{ vars: { '{http.request.header.X-Request-ID}': [''] } }], handle: [{ handler: 'headers' as const, request: { set: { 'X-Request-ID': ['{http.request.uuid}'] } } }] }] : []),
  ];
}
