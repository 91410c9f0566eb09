import { TUNING_KEYS } from '../families/upstream-tuning.js';
/**
 * Support rows of the upstream tuning family (families/upstream-tuning.ts), each with its target's
 * live proof: test/conformance/ingress-nginx/tuning-cases.ts (e2e proxy.go, connection.go, the
 * docs' defaults), run by tuning-run.ts and tuning.test.ts. A target without a row warns once per
 * key (tuning kind); UNSUPPORTED_WHY says why there is none.
 */
const yes = { level: 'supported' };
/** HAProxy (src/emit/haproxy/upstream-tuning.ts): retries + option redispatch 1 + retry-on on the route's backend. */
const haproxyRetry = {
    level: 'partial',
    note: 'every retry goes to another server (option redispatch); a POST, PATCH or LOCK already sent is not retried (http-request disable-l7-retry) unless non_idempotent is listed, as in ingress-nginx; a request already sent is retried only when its body fits HAProxy\'s buffer (16 KiB); "error" and "timeout" cover a refused or broken connection, a connection closed without a response and a response timeout; http_429 is not retried (HAProxy 2.6 cannot); proxy-next-upstream-timeout is not applied; without these annotations every backend has ingress-nginx\'s defaults ("error timeout", 3 tries)',
};
/** Envoy (src/emit/envoy/upstream-tuning.ts): the route's retry_policy with the previous_hosts predicate. */
const envoyRetry = {
    level: 'partial',
    note: 'a retry goes to an endpoint not tried yet (previous_hosts); "error" is a refused connection or one reset before the request went out (Envoy\'s retry policy cannot tell methods apart, and ingress-nginx never passes on a POST, PATCH or LOCK it has sent: a GET whose connection breaks after it was sent is not passed on, where ingress-nginx passes it on), any reset with non_idempotent; "timeout" is only a connect timeout (a read timeout ends the whole request: proxy-read-timeout is the route deadline); invalid_header is any reset, whatever the method; tries "0" (no limit) is 25 retries; proxy-next-upstream-timeout is not applied; without these annotations every virtual host has ingress-nginx\'s defaults ("error timeout", 3 tries)',
};
/** Caddy (src/emit/caddy/upstream-tuning.ts): load_balancing retries / try_duration. */
const caddyRetry = {
    level: 'partial',
    note: 'Caddy passes a refused connection (any method) and another failure before the response (GET only) to the next endpoint; the statuses (http_500 ... http_429) are not retried, a backend\'s answer always reaches the client; a timeout adds a wait between attempts (250 ms); without these annotations every reverse_proxy has ingress-nginx\'s defaults ("error timeout", 3 tries)',
};
/** Envoy (src/emit/connection-header.ts, upstream-tuning.ts upgradesOff): the route's request_headers_to_add. */
const envoyConnection = {
    level: 'partial',
    note: 'the backend gets the Connection header as set; a WebSocket handshake on the route is refused (403) unless the value is "upgrade", where ingress-nginx passes it on without "upgrade" and the backend answers it as a plain request',
};
/** Envoy (src/emit/envoy/upstream-tuning.ts): the cluster's max_response_headers_kb. */
const envoyHeaderLimit = {
    level: 'partial',
    note: 'the limit is the cluster\'s max_response_headers_kb: whole KiB (rounded up), counted on the header fields (nginx\'s buffer also holds the status line); a larger response header block is answered 502, as by ingress-nginx',
};
/** HAProxy (src/emit/haproxy/backends.ts): option http-buffer-request on the route's backend for "on"; "off" is HAProxy's own behaviour. */
const haproxyRequestBuffering = {
    level: 'partial',
    note: 'HAProxy holds the request only until its body is complete or fills its buffer (16 KiB; a larger body then streams), for at most timeout http-request (10 s); without the annotation HAProxy streams request bodies (ingress-nginx reads them whole, its default "on")',
};
const ROW = {
    // src/emit/connection-header.ts: one more request header the route sets.
    'connection-proxy-header': { envoy: envoyConnection, caddy: yes },
    'proxy-next-upstream': { haproxy: haproxyRetry, envoy: envoyRetry, caddy: caddyRetry },
    'proxy-next-upstream-tries': { haproxy: haproxyRetry, envoy: envoyRetry, caddy: caddyRetry },
    'proxy-next-upstream-timeout': { caddy: caddyRetry },
    'proxy-buffer-size': { envoy: envoyHeaderLimit },
    'proxy-request-buffering': { haproxy: haproxyRequestBuffering },
};
export const ROWS = Object.fromEntries(TUNING_KEYS.map((k) => [k, { nginx: yes, ...(ROW[k] ?? {}) }]));
const BUFFERS = 'nginx\'s response buffers have no per-route equivalent';
const byTarget = (haproxy, envoy, caddy, traefik, gateway) => ({ haproxy, envoy, caddy, traefik, 'gateway-api': gateway });
const GW = 'Gateway API has no field for it';
const RETRY_TRAEFIK = 'Traefik\'s retry middleware retries on network errors only, on any server, by count, and would need one middleware per route: not emitted yet';
/**
 * Why a target has no row for a key (the matrix shows it with "no (warning)"): no equivalent, or
 * one that differs too much to claim. Compile warns once per key and target (IC2103).
 */
export const UNSUPPORTED_WHY = {
    'proxy-buffering': byTarget('HAProxy forwards a response through its fixed buffer (tune.bufsize) and cannot hold a whole response', 'Envoy streams responses (its buffer filter holds requests only)', 'Caddy\'s response_buffers would hold the response in memory, where nginx spills to a temporary file: not emitted', 'Traefik\'s buffering middleware holds whole responses in memory: not emitted', GW),
    'proxy-request-buffering': byTarget('', 'Envoy streams request bodies, as "off"; its buffer filter would also refuse bodies above its limit: not emitted', 'Caddy streams request bodies, as "off"; request_buffers holds them in memory: not emitted', 'Traefik streams request bodies, as "off"', GW),
    'proxy-buffer-size': byTarget(`HAProxy's response header limit is its global buffer (tune.bufsize, 16 KiB)`, '', 'Caddy has no response header size limit', 'Traefik has no response header size limit', GW),
    'proxy-buffers-number': byTarget(BUFFERS, BUFFERS, BUFFERS, BUFFERS, GW),
    'proxy-busy-buffers-size': byTarget(BUFFERS, BUFFERS, BUFFERS, BUFFERS, GW),
    'proxy-max-temp-file-size': byTarget(BUFFERS, BUFFERS, BUFFERS, BUFFERS, GW),
    'proxy-http-version': byTarget('HAProxy 2.6 sends HTTP/1.1 to an HTTP/1 server whatever the client sent; no setting makes it send HTTP/1.0', 'Envoy speaks HTTP/1.1 (or 2) to backends, never HTTP/1.0', 'Caddy\'s transport speaks HTTP/1.1 or 2, never HTTP/1.0', 'Traefik speaks HTTP/1.1 (or 2) to backends', GW),
    'connection-proxy-header': byTarget('HAProxy\'s HTTP/1 layer writes the Connection header to the server itself and drops one a rule sets (http-request set-header Connection never reaches the backend)', '', '', 'Traefik removes Connection before proxying', GW),
    'proxy-next-upstream': { traefik: RETRY_TRAEFIK, 'gateway-api': 'HTTPRoute retries are experimental (not in the v1.6.1 standard channel)' },
    'proxy-next-upstream-tries': { traefik: RETRY_TRAEFIK, 'gateway-api': 'HTTPRoute retries are experimental (not in the v1.6.1 standard channel)' },
    'proxy-next-upstream-timeout': {
        haproxy: 'HAProxy has no time limit for retries',
        envoy: 'Envoy has no time limit for retries apart from the route deadline',
        traefik: RETRY_TRAEFIK,
        'gateway-api': 'HTTPRoute retries are experimental (not in the v1.6.1 standard channel)',
    },
};
