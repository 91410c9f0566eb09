const yes = { level: 'supported' };
/**
 * HAProxy has no leaky bucket: a sliding window of (burst + 1) / rate seconds admitting burst + 1
 * (src/emit/haproxy/limits.ts) keeps nginx's burst and long-run rate.
 */
const haproxyWindow = {
    level: 'partial',
    note: 'a sliding window of (burst + 1) / rate seconds admitting burst + 1 requests per client: the same burst and long-run rate as nginx, but after a burst the client waits for the window to clear instead of regaining one request every 1/rate seconds',
};
/**
 * Rate and connection limits (limit-rps, limit-rpm, limit-connections, limit-burst-multiplier,
 * limit-whitelist), per client address and per Ingress, excess answered 503. Live proof:
 * test/conformance/ingress-nginx/limit-cases.ts and test/e2e/access-fail-closed.test.ts.
 * Envoy (its local rate limit is one bucket per route, not per client), Traefik (429, and no
 * exemption list), Caddy (no rate limit in the standard build) and Gateway API fail closed.
 */
export const ROWS = {
    'limit-rps': { nginx: yes, haproxy: haproxyWindow },
    'limit-rpm': { nginx: yes, haproxy: haproxyWindow },
    'limit-connections': { nginx: yes, haproxy: yes },
    'limit-burst-multiplier': { nginx: yes, haproxy: haproxyWindow },
    'limit-whitelist': { nginx: yes, haproxy: yes },
    // Response bandwidth per connection (nginx's limit_rate): HAProxy 2.6 has no bandwidth limit
    // filter, Envoy and Traefik none per connection, so they fail closed.
    'limit-rate': { nginx: yes },
    'limit-rate-after': { nginx: yes },
};
