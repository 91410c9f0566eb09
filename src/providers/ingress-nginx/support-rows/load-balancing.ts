import type { TargetName } from '../../../diagnostics/types.js';
import type { HashKeyPart } from '../../../ir/types.js';
import type { Support, SupportRows } from '../support.js';

/**
 * Support rows of the load-balancing family (load-balance, upstream-hash-by), each with its
 * target's live proof: test/conformance/ingress-nginx/upstreamhashby.feature (e2e
 * upstreamhashby.go, and the behaviour of load-balance). Not listed, so a warning (tuning):
 * - upstream-hash-by-subset(-size) but on nginx: no other target hashes onto a group of endpoints
 *   and spreads inside it (ingress-nginx's chashsubset); each key then stays on one endpoint;
 * - Traefik: its file provider's load balancer has no hash (the schema in third_party/schemas/traefik
 *   has no strategy; Traefik's own ingress-nginx provider hashes through nginxUpstreamHashBy, a field
 *   the file provider cannot set) and no latency-aware balancer: the proxy keeps its weighted round robin;
 * - Gateway API: no standard field selects a load-balancing algorithm or a hash key (session
 *   persistence is cookie/header affinity only, and experimental).
 */

const ewma = (what: string): Support => ({
  level: 'partial',
  note: `ewma (latency-weighted) is approximated by ${what}; round_robin is the default`,
});

const envoyScheme =
  'the hash also covers the request\'s scheme (so that a request without the key\'s header, cookie or parameter hashes like every other such request, as ingress-nginx hashes the empty value): the same key over HTTP and over HTTPS may go to two endpoints; text in the key is not hashed (it changes no grouping); $host is the Host header as sent (port and letter case included)';
const caddyOne =
  'a key of one variable ($request_uri, $remote_addr, $http_<header>, $arg_<name>, with any text), else not applied (IC3210); a request without the header or parameter goes to the first available endpoint (ingress-nginx hashes the empty key: every such request on one endpoint too); a route split by a canary weight balances both Services by weight, without the hash';

const nginxSubset: Support = {
  level: 'partial',
  note: 'the key picks its group by split_clients (equal shares of a hash), not by a consistent hash: when the number of groups changes, most keys move to another group (ingress-nginx moves few); inside the group requests go round robin (ingress-nginx: at random); a route with a canary proxies to the whole Service instead',
};

export const ROWS: SupportRows = {
  'load-balance': {
    nginx: ewma('least_conn (nginx has no EWMA balancer without Lua)'),
    haproxy: ewma('balance leastconn'),
    envoy: ewma('LEAST_REQUEST (two random endpoints, the one with fewer active requests)'),
    caddy: ewma('lb_policy least_conn'),
  },
  // nginx: groups of endpoints as upstream blocks, the key mapped to one by split_clients (emit/nginx/load-balancing.ts).
  'upstream-hash-by-subset': { nginx: nginxSubset },
  'upstream-hash-by-subset-size': { nginx: nginxSubset },
  'upstream-hash-by': {
    nginx: { level: 'partial', note: 'with nginx before 1.23 (1.22 is what ingressc tests), a header sent on several lines is hashed on its first line (ingress-nginx\'s nginx joins them)' },
    haproxy: { level: 'partial', note: 'a header sent on several lines is hashed on its first line (ingress-nginx\'s nginx joins them)' },
    envoy: { level: 'partial', note: envoyScheme },
    caddy: { level: 'partial', note: caddyOne },
  },
};

const describe = (p: HashKeyPart): string =>
  'text' in p ? `text "${p.text}"` : 'request' in p ? { target: '$request_uri', 'client-address': '$remote_addr', host: '$host' }[p.request] : 'header' in p ? `header ${p.header}` : 'cookie' in p ? `cookie ${p.cookie}` : `query parameter ${p.query}`;

/**
 * What of a hash key `target` cannot hash on (for IC3210), or undefined when it can. Only for
 * targets with an upstream-hash-by row.
 */
export function hashKeyRefusal(target: TargetName, key: readonly HashKeyPart[]): string | undefined {
  const vars = key.filter((p) => !('text' in p));
  if (target !== 'caddy') return undefined;
  if (vars.length === 0) return undefined; // "first": every request on one endpoint
  if (vars.length > 1) return `a key of several variables (${vars.map(describe).join(', ')}): Caddy hashes on one`;
  const v = vars[0]!;
  if ('cookie' in v) return `${describe(v)} (Caddy's cookie policy sets a cookie of its own instead of hashing one)`;
  if ('request' in v && v.request === 'host') return '$host (Caddy hashes headers as sent, with the port)';
  return undefined;
}
