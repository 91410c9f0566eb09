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
 * Fail closed: limit-connections on Envoy (no per-client concurrency limit: its connection_limit
 * filter counts the connections of a whole filter chain);
 * Caddy (its standard build, v2.11, has no rate, connection or bandwidth limit module: `caddy
 * list-modules` lists none; they are third-party plugins); Gateway API (no such policy in the API).
 */
/** Envoy's local rate limit: a token bucket per client (src/emit/envoy/limits.ts). */
const envoyBucket = {
    level: 'partial',
    note: "a token bucket of burst + 1 per client refilled at the rate, as nginx's leaky bucket, but refilled in steps of at least 50 ms (several requests at once when 1/rate is shorter or not a whole number of milliseconds; with limit-burst-multiplier 0 such a rate is refused, IC4160); HTTP and HTTPS (and each client-certificate host group) count separately; beyond 100,000 clients the least recently seen ones start afresh",
};
/**
 * Traefik's rateLimit / inFlightReq per peer address (src/emit/traefik/limits.ts), proven with the
 * evaluator (test/traefik/limits.ts; no Traefik binary here). Traefik keeps a middleware's counters
 * per router (traefik/traefik#13706).
 */
const traefikScope = "Traefik keeps the counters per router (traefik/traefik#13706): each path of the Ingress, and HTTP and HTTPS, count separately where ingress-nginx counts the Ingress's locations together";
const traefikBucket = {
    level: 'partial',
    note: `refused requests get 429, not 503; a token bucket of burst + 1 per client refilled at the rate (nginx admits the same burst + 1 at once), but a request that would get its token within half a refill interval (500 ms below 1 request a second) waits for it instead of being refused; ${traefikScope}`,
};
const traefikInFlight = { level: 'partial', note: `refused requests get 429, not 503; ${traefikScope}` };
export const ROWS = {
    'limit-rps': { nginx: yes, haproxy: haproxyWindow, envoy: envoyBucket, traefik: traefikBucket },
    'limit-rpm': { nginx: yes, haproxy: haproxyWindow, envoy: envoyBucket, traefik: traefikBucket },
    'limit-connections': { nginx: yes, haproxy: yes, traefik: traefikInFlight },
    'limit-burst-multiplier': { nginx: yes, haproxy: haproxyWindow, envoy: envoyBucket, traefik: traefikBucket },
    // Traefik: exempt clients reach a twin router without the limits (ClientIP, src/emit/traefik/limits.ts).
    'limit-whitelist': { nginx: yes, haproxy: yes, envoy: yes, traefik: yes },
    // Response bandwidth per connection (nginx's limit_rate): HAProxy 2.6 has no bandwidth limit
    // filter; Envoy's bandwidth_limit filter shares one bucket among every request of a route (not
    // per connection) and has no initial allowance (limit-rate-after); Traefik and Caddy have none:
    // they fail closed.
    'limit-rate': { nginx: yes },
    'limit-rate-after': { nginx: yes },
};
