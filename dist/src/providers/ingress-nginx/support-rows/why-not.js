const LIVE = ['nginx', 'haproxy', 'envoy', 'traefik', 'caddy'];
const all = (why) => Object.fromEntries(LIVE.map((t) => [t, why]));
const but = (why, own) => ({ ...all(why), ...own });
const AUTH_CACHE = 'external-auth answers are not cached: every request asks the auth service (stricter, never more open)';
const AUTH_KEEPALIVE = 'connections to the auth service follow the target\'s own reuse, not these settings; the answers are the same';
const WAF = 'ingressc emits no ModSecurity (ingress-nginx\'s WAF module) for any target: a route that asks for one fails closed';
const TRACING = 'ingressc configures no tracing (an Ingress names no collector)';
const FCGI = 'FastCGI backends are refused (IC2220)';
const NO_CADDY_LIMITS = 'Caddy\'s standard build has no rate or connection limit handler (caddy-ratelimit is a plugin)';
const TRAEFIK_RESPONSE_REWRITE = 'Traefik has no middleware that rewrites the Location or Set-Cookie headers of a response';
const SNIPPET = 'ingressc never copies raw nginx text into an output: refused (IC2080) unless --allow-snippets, which compiles the Ingress without it (IC2082)';
const TRAEFIK_BALANCER = "the file provider's load balancer has only weighted round robin and sticky cookies (no strategy field in the schema, no hash, no latency-aware balancer)";
const NO_SUBSET = "the key's hash picks one endpoint (upstream-hash-by): ingress-nginx's groups of endpoints, with a random one inside, have no counterpart";
export const WHY_NOT = {
    'auth-snippet': all(SNIPPET),
    'configuration-snippet': all(SNIPPET),
    'modsecurity-snippet': all(SNIPPET),
    'server-snippet': all(SNIPPET),
    'stream-snippet': all(SNIPPET),
    'load-balance': { traefik: TRAEFIK_BALANCER },
    'upstream-hash-by': { traefik: TRAEFIK_BALANCER },
    'upstream-hash-by-subset': { envoy: NO_SUBSET, caddy: NO_SUBSET, traefik: TRAEFIK_BALANCER },
    'upstream-hash-by-subset-size': { envoy: NO_SUBSET, caddy: NO_SUBSET, traefik: TRAEFIK_BALANCER },
    'proxy-ssl-ciphers': {
        caddy: "Caddy's reverse_proxy TLS transport has no cipher suite setting",
    },
    'proxy-ssl-protocols': { caddy: "Caddy's reverse_proxy TLS transport has no TLS version setting (Go offers TLS 1.2 and 1.3)" },
    'affinity-canary-behavior': {
        envoy: 'a canary on a route with session affinity is refused (IC4122): Envoy makes the cookie value from the client\'s connection and hashes it onto the endpoints, so a cookie does not say whether the main Service or the canary served the session',
        traefik: 'a canary on a route with session affinity is refused (IC4304): Traefik\'s sticky cookie belongs to a service, and the canary\'s decision routers and weighted split choose between plain services',
    },
    'auth-cache-duration': all(AUTH_CACHE),
    'auth-cache-key': all(AUTH_CACHE),
    'auth-keepalive': all(AUTH_KEEPALIVE),
    'auth-keepalive-requests': all(AUTH_KEEPALIVE),
    'auth-keepalive-share-vars': all(AUTH_KEEPALIVE),
    'auth-keepalive-timeout': all(AUTH_KEEPALIVE),
    'auth-tls-pass-certificate-to-upstream': {
        haproxy: 'HAProxy 2.6 has the client certificate as DER or base64 only, not as the URL-escaped PEM ingress-nginx sends in ssl-client-cert',
        caddy: 'Caddy\'s placeholders give the client certificate as PEM with line breaks or as base64 DER, not as the URL-escaped PEM ingress-nginx sends',
    },
    'client-body-buffer-size': but('the target has no per-route request body buffer size: it streams bodies by its own rules', {}),
    'custom-http-errors': { haproxy: 'HAProxy 2.6 cannot replace an answer by another backend\'s answer to the same request (docs/ir-v2.md, "Error pages")' },
    'disable-proxy-intercept-errors': { haproxy: 'custom-http-errors is refused on HAProxy, so there is nothing to switch off' },
    'enable-access-log': { traefik: 'Traefik\'s access log is global (static configuration), not per router' },
    'enable-modsecurity': all(WAF),
    'enable-owasp-core-rules': all(WAF),
    'modsecurity-transaction-id': all(WAF),
    'enable-opentelemetry': all(TRACING),
    'opentelemetry-trust-incoming-span': all(TRACING),
    'enable-rewrite-log': but('the target has no rewrite log', { nginx: 'not implemented yet (nginx\'s rewrite_log: debugging output in the error log)' }),
    'fastcgi-index': all(FCGI),
    'fastcgi-params-configmap': all(FCGI),
    'http2-push-preload': all('HTTP/2 server push is gone from nginx (1.25.1) and from browsers: nothing to reproduce'),
    'limit-burst-multiplier': { caddy: NO_CADDY_LIMITS },
    'limit-connections': { envoy: 'Envoy limits connections per listener or per cluster, not per client address', caddy: NO_CADDY_LIMITS },
    'limit-rpm': { caddy: NO_CADDY_LIMITS },
    'limit-rps': { caddy: NO_CADDY_LIMITS },
    'limit-whitelist': { caddy: NO_CADDY_LIMITS },
    'limit-rate': {
        haproxy: 'HAProxy 2.6 has no bandwidth limit (the bwlim filters came with 2.7)',
        envoy: 'not implemented yet: Envoy\'s bandwidth_limit filter shares one bucket among all requests of a route, where nginx limits each connection',
        traefik: 'Traefik has no bandwidth limit',
        caddy: 'Caddy has no bandwidth limit',
    },
    'limit-rate-after': {
        haproxy: 'HAProxy 2.6 has no bandwidth limit (the bwlim filters came with 2.7)',
        envoy: 'Envoy\'s bandwidth_limit filter has no unthrottled first part',
        traefik: 'Traefik has no bandwidth limit',
        caddy: 'Caddy has no bandwidth limit',
    },
    'proxy-cookie-domain': { traefik: TRAEFIK_RESPONSE_REWRITE },
    'proxy-cookie-path': { traefik: TRAEFIK_RESPONSE_REWRITE },
    'proxy-redirect-from': { traefik: TRAEFIK_RESPONSE_REWRITE },
    'proxy-redirect-to': { traefik: TRAEFIK_RESPONSE_REWRITE },
    'proxy-send-timeout': { envoy: 'Envoy has no timeout between two writes to the upstream', traefik: 'a serversTransport\'s forwardingTimeouts have no write timeout' },
    'ssl-passthrough': { caddy: 'Caddy\'s standard build has no layer-4 app (caddy-l4 is a plugin); "false" is accepted' },
};
