/**
 * Request limits (limit-connections, limit-rps, limit-rpm, limit-burst-multiplier, limit-whitelist),
 * ported to the conformance runner. Timing is never asserted exactly (a loaded 2-core machine):
 * a burst of requests sent at once must see both a 200 (the burst admitted) and a 503 (the limit),
 * and an exempt client must see only 200s. ingress-nginx's e2e suite has one live case for these
 * keys (limitconnections.go); the others follow annotations.md "Rate Limiting".
 */
import type { PortedCase } from './cases.js';

const A = 'nginx.ingress.kubernetes.io/';
/** Caddy's standard build has no rate limit. */
const REFUSED = ['caddy'];
/** Traefik's rateLimit and inFlightReq refuse with 429 (support row partial). */
const T429 = { traefik: 429 };
/** Envoy has no per-client concurrency limit (its connection_limit filter counts a whole listener's connections). */
const CONN_REFUSED = ['envoy', ...REFUSED];
/** Response bandwidth (limit-rate): nginx only (HAProxy 2.6 has no bandwidth limit; Envoy, Traefik and Caddy none per connection). */
const BANDWIDTH_REFUSED = ['haproxy', 'envoy', 'traefik', 'caddy'];

export const LIMIT_CASES: PortedCase[] = [
  {
    source: 'e2e-annotations/limitconnections.go',
    it: 'should limit-connections',
    translation:
      'limit 8, 20 concurrent GET /sleep/10 → 8 × 200 and 12 × 503; here limit 2, 8 concurrent requests held 3 s by the backend (?delay=3000): at least one 200, at least one 503, nothing else (exact counts would depend on scheduling)',
    host: 'limit-connections',
    ingresses: [{ name: 'limit-connections', annotations: { [`${A}limit-connections`]: '2' } }],
    refusedOn: CONN_REFUSED,
    requests: [{ from: '127.0.0.1', path: '/sleep?delay=3000', burst: 8, expect: 503, expectOn: T429, expectAmong: [200, 503] }],
  },
  {
    source: 'docs/user-guide/nginx-configuration/annotations.md',
    it: 'Rate Limiting: limit-rps, burst = limit × limit-burst-multiplier, excess answered 503',
    translation: 'limit-rps 1 with multiplier 2 admits 3 requests at once: 12 requests sent at once get at least one 200 and at least one 503',
    host: 'limit-rps.foo.com',
    ingresses: [{ name: 'limit-rps', annotations: { [`${A}limit-rps`]: '1', [`${A}limit-burst-multiplier`]: '2' } }],
    refusedOn: REFUSED,
    requests: [{ from: '127.0.0.1', burst: 12, expect: 503, expectOn: T429, expectAmong: [200, 503] }],
  },
  {
    source: 'docs/user-guide/nginx-configuration/annotations.md',
    it: 'Rate Limiting: limit-rpm, per client address, limit-whitelist exempt',
    translation:
      'limit-rpm 1 (multiplier 1: 2 at once) counted per client address: 10 requests from 127.0.0.1 get a 503; another client (127.0.0.5) is still served; a whitelisted client (127.0.0.9) is never limited',
    host: 'limit-rpm.foo.com',
    ingresses: [{ name: 'limit-rpm', annotations: { [`${A}limit-rpm`]: '1', [`${A}limit-burst-multiplier`]: '1', [`${A}limit-whitelist`]: '127.0.0.9/32, 10.0.0.0/8' } }],
    refusedOn: REFUSED,
    requests: [
      { from: '127.0.0.1', burst: 10, expect: 503, expectOn: T429, expectAmong: [200, 503] },
      { from: '127.0.0.5', expect: 200 },
      { from: '127.0.0.9', burst: 10, expect: 200, expectAmong: [200] },
    ],
  },
  {
    source: 'ingressc',
    it: 'limits are counted per Ingress and apply only to its locations',
    translation:
      'ingress-nginx names its zones after the Ingress: "/limited" and "/limited/x" share one counter (limit-rpm 1, multiplier 1: 2 at once), another Ingress of the host is not limited',
    host: 'limit-scope.foo.com',
    ingresses: [
      { name: 'limited', path: '/limited', annotations: { [`${A}limit-rpm`]: '1', [`${A}limit-burst-multiplier`]: '1' } },
      { name: 'open', path: '/', annotations: {} },
    ],
    refusedOn: REFUSED,
    requests: [
      { from: '127.0.0.1', path: '/limited', expect: 200 },
      { from: '127.0.0.1', path: '/limited/x', expect: 200 },
      { from: '127.0.0.1', path: '/limited/y', expect: 503, expectOn: T429 },
      { from: '127.0.0.1', path: '/limited', expect: 503, expectOn: T429 },
      { from: '127.0.0.1', path: '/other', burst: 6, expect: 200, expectAmong: [200] },
    ],
  },
  {
    source: 'e2e-annotations/limitrate.go',
    it: 'Check limit-rate annotation',
    translation:
      '"limit_rate 1k;" in nginx.conf → a 4 KiB response at 1 KiB/s takes well over a second (at least 1.5 s asserted; unthrottled it takes milliseconds); "limit_rate 90k;" → the same response is served',
    host: 'limit-rate-annotation',
    ingresses: [
      { name: 'limit-rate-1', path: '/slow', annotations: { [`${A}proxy-buffering`]: 'on', [`${A}limit-rate`]: '1' } },
      { name: 'limit-rate-90', path: '/fast', annotations: { [`${A}proxy-buffering`]: 'on', [`${A}limit-rate`]: '90' } },
    ],
    refusedOn: BANDWIDTH_REFUSED,
    requests: [
      { from: '127.0.0.1', path: '/slow?bytes=4096', expect: 200, atLeastMs: 1500 },
      { from: '127.0.0.1', path: '/fast?bytes=4096', expect: 200 },
    ],
  },
  {
    source: 'docs/user-guide/nginx-configuration/annotations.md',
    it: 'Rate Limiting: limit-rate-after, initial kilobytes sent before the rate applies',
    translation: 'limit-rate 1 with limit-rate-after 64: a 16 KiB response is sent unthrottled (16 s at 1 KiB/s; at most 12 s asserted), a 68 KiB one is throttled past 64 KiB (at least 1.5 s)',
    host: 'limit-rate-after.foo.com',
    // proxy-buffering on, as limitrate.go sets it: ingress-nginx throttles only then (IC3161 otherwise).
    ingresses: [{ name: 'limit-rate-after', annotations: { [`${A}limit-rate`]: '1', [`${A}limit-rate-after`]: '64', [`${A}proxy-buffering`]: 'on' } }],
    refusedOn: BANDWIDTH_REFUSED,
    requests: [
      { from: '127.0.0.1', path: '/small?bytes=16384', expect: 200, atMostMs: 12000 },
      { from: '127.0.0.1', path: '/big?bytes=69632', expect: 200, atLeastMs: 1500 },
    ],
  },
];
