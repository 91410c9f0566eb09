import { ROWS as AUTH_ROWS } from '../support-rows/auth.js';
/** The note of a limit status key on a target where every request limit fails compile. */
const NO_LIMITS = (who) => `${who} has no request limits (limit-rps, limit-rpm and limit-connections fail compile there), so no request is refused for one`;
/** limit-req-status-code / limit-conn-status-code: nginx and HAProxy answer any status, Envoy its note, Traefik 429 (its middleware). */
const limitStatusCells = (envoy, traefikMiddleware) => ({
    nginx: { level: 'supported' },
    haproxy: { level: 'supported' },
    envoy: { level: 'supported', note: envoy },
    caddy: { level: 'supported', note: NO_LIMITS('Caddy') },
    traefik: { level: 'partial', note: `Traefik answers 429 whatever the value (its ${traefikMiddleware} middleware has no status setting): exact when the value is 429` },
    'gateway-api': { level: 'supported', note: NO_LIMITS('the Gateway API') },
});
const LIVE = (note) => {
    const cell = note ? { level: 'partial', note } : { level: 'supported' };
    return { nginx: cell, haproxy: cell, envoy: cell, caddy: cell };
};
/** The live targets' cell on Traefik too (a route policy its routers decide: src/emit/traefik/client-twins.ts). */
const withTraefik = (cells) => ({ ...cells, traefik: cells.nginx });
/** nginx 1.22 (ingress-nginx's map) reads a header's first line; HAProxy is told to; Envoy and Caddy see every line. */
function headerBlockCells(header) {
    return {
        nginx: { level: 'supported' },
        haproxy: { level: 'supported' },
        envoy: { level: 'partial', note: `a request with several ${header} lines is matched on their values joined by "," (ingress-nginx: the first line)` },
        caddy: { level: 'partial', note: `a request with several ${header} lines is refused when any line matches (ingress-nginx: the first line)` },
    };
}
const UPSTREAM_HOST = "the upstream's Host stays the client's Host header (ingress-nginx sends the client's X-Forwarded-Host as Host too); X-Forwarded-Host/-Proto/-Port are the client's";
/** nginx's unknown-header variables compare "-" in a name as "_" (ngx_http_variable_unknown_header). */
const DOLLAR_HTTP = 'with "true", a name spelled with "_" for "-" is also read by the $http_ variables of the "-" name (an X_Canary line decides canary-by-header X-Canary; upstream-hash-by $http_x_key)';
/** What the proxies other than nginx do with a header name nginx drops (ignore-invalid-headers). */
const NON_TOKEN_400 = 'a request with a header name outside HTTP\'s token characters (such as "(", "@" or a non-ASCII byte) is answered 400 (nginx drops that header and serves it); "false" is refused (IC3153)';
/** emit/haproxy/forwarded-headers.ts realIpLines. */
const HAPROXY_WALK = 'the header is walked from the right through at most 9 trusted addresses (a longer chain of trusted addresses is answered 400); entries are split at "," only (nginx also splits at spaces), and a custom header\'s lines are all read (nginx: the first)';
/** emit/caddy/forwarded-headers.ts forwardedServer (trusted_proxies_strict). */
const CADDY_WALK = "with a proxy-real-ip-cidr without 0.0.0.0/0, a header whose entries are all trusted gives the peer (nginx: the leftmost entry, also a trusted address); with 0.0.0.0/0, the header's leftmost address (nginx stops earlier at an IPv6 entry); a trusted peer's header with an entry that is no address is answered 400 (nginx stops there)";
/** emit/envoy/forwarded-headers.ts forwardedHcm. */
const ENVOY_XFF = 'the client address comes from X-Forwarded-For only: another forwarded-for-header is refused (IC3153)';
/**
 * A global-auth-* key: honoured where its annotation is (support-rows/auth.ts), with that row's
 * note and `extra` (lowering puts it on routes as the same IR external auth, lower/auth.ts).
 */
function likeAnnotation(annotation, extra) {
    const out = {};
    for (const [t, s] of Object.entries(AUTH_ROWS[annotation] ?? {})) {
        if (t === 'gateway-api')
            continue;
        const note = [s.note, extra].filter((n) => n !== undefined).join('; ');
        out[t] = note ? { level: 'partial', note } : { level: s.level };
    }
    return out;
}
const GLOBAL_AUTH_NOTE = "on every route of every Ingress without its own auth-url or enable-global-auth \"false\", except those whose path starts with a no-auth-locations entry; a default backend (--default-backend, or an Ingress's defaultBackend) carries no policies: compile fails (IC3150, IC3070); the answers for unknown paths of a host are the proxy's 404 without asking the auth service (ingress-nginx asks it first)";
/** emit/<target>/compression.ts: where each proxy's gzip differs from nginx's. */
const GZIP_STATUS = (which) => `${which} (ingress-nginx: 200, 403 and 404)`;
const GZIP_UNSIZED = 'a response without Content-Length shorter than gzip-min-length is sent uncompressed (nginx compresses it)';
const GZIP_VARY = 'Vary: Accept-Encoding comes with compressed responses only (nginx: with every response of a type, status and length it compresses, whatever the client accepts)';
const GZIP_USE = {
    nginx: { level: 'supported' },
    haproxy: {
        level: 'partial',
        note: `HAProxy 2.6 has no minimum length: responses of any length are compressed (gzip-min-length, default 256, is not applied); ${GZIP_STATUS('responses of status 200 to 203 are compressed')}; none for a User-Agent with "Mozilla/4" other than MSIE 6 SP2 and later; ${GZIP_VARY}`,
    },
    envoy: { level: 'supported' },
    caddy: { level: 'partial', note: `${GZIP_UNSIZED}; ${GZIP_VARY}` },
    traefik: { level: 'partial', note: `the compress middleware on every router, at Traefik's own gzip level (gzip-level is not applied); ${GZIP_STATUS('responses of any status are compressed')}; ${GZIP_UNSIZED}` },
};
const BROTLI_CHOICE = 'a client that weighs gzip above br gets gzip (ingress-nginx: br whenever the client accepts it); Vary: Accept-Encoding comes with br responses also without use-gzip (ingress-nginx: only with use-gzip\'s gzip_vary)';
const BROTLI_WHY = {
    nginx: "the nginx ingressc is tested with (Debian's nginx-light 1.22) has no brotli module: its directives would not load",
    haproxy: 'HAProxy 2.6 compresses with gzip and deflate only',
    caddy: "Caddy's standard build encodes gzip and zstd only (brotli is a plugin)",
    traefik: "Traefik's compress middleware offers br and gzip with one type list and one minimum length, where ingress-nginx gives each its own (not modelled)",
};
const GZIP_WHY = "the Gateway API has no field for response compression: it is the implementation's own setting";
const GZIP_DISABLE_WHY = (proxy) => `${proxy} cannot leave compression out for some User-Agents only (taking out their Accept-Encoding would hide it from the upstream too)`;
/**
 * Keys that are no annotation's default, honoured as controller-wide settings: the targets whose
 * output applies them (each with live proof in test/e2e/configmap-*.test.ts). A target not listed
 * fails by the key's kind (lower/controller-config.ts).
 */
export const KEY_SUPPORT = {
    'http-redirect-code': { ...LIVE(), 'gateway-api': { level: 'supported' } },
    // RouteTable.limitStatus (live: test/e2e/configmap-limit-status.test.ts). A target that refuses the limits
    // themselves (their annotations fail closed) never refuses a request for them: nothing differs.
    'limit-req-status-code': limitStatusCells("statuses Envoy's HttpStatus names (400-417, 421-424, 426, 428, 429, 431, 500-508, 510, 511); another is refused (IC3153)", 'rateLimit'),
    'limit-conn-status-code': limitStatusCells("limit-connections is refused on Envoy (its connection_limit counts a whole listener's connections), so no request is refused for it", 'inFlightReq'),
    'hide-headers': LIVE(),
    // RouteTable.dropRequestHeaders (lower/header-names.ts; live: test/e2e/header-names.test.ts).
    'enable-underscores-in-headers': {
        nginx: { level: 'partial', note: `${DOLLAR_HTTP}, as in ingress-nginx; \`ingressc match\` reads names as written` },
        haproxy: { level: 'partial', note: `${DOLLAR_HTTP} in ingress-nginx; HAProxy reads names as written` },
        envoy: { level: 'partial', note: `${DOLLAR_HTTP} in ingress-nginx; Envoy reads names as written` },
        traefik: { level: 'partial', note: `"true" only: Traefik passes names with "_" (it cannot drop them: with "false", the default, they reach the backends, info IC3157); ${DOLLAR_HTTP} in ingress-nginx; Traefik reads names as written` },
    },
    'ignore-invalid-headers': {
        nginx: { level: 'supported' },
        haproxy: { level: 'partial', note: NON_TOKEN_400 },
        envoy: { level: 'partial', note: NON_TOKEN_400 },
        caddy: { level: 'partial', note: NON_TOKEN_400 },
    },
    // nginx only: the other proxies name themselves without a version, which is what "false" asks for.
    'server-tokens': { nginx: { level: 'supported' } },
    // The listener's TLS versions; TLSv1.2 and TLSv1.3 only (older ones: a warning, the proxy keeps its TLSv1.2 minimum).
    // The http-level ssl_ciphers (and ssl_prefer_server_ciphers on) of every handshake no host's ssl-ciphers decides.
    'ssl-ciphers': {
        nginx: { level: 'supported' },
        haproxy: { level: 'supported' },
        envoy: { level: 'partial', note: "every filter chain's tls_params.cipher_suites: a plain list of suite names only (else IC3153); suites BoringSSL does not offer (DHE, CBC with SHA-256/384) are left out; TLS 1.3 suites are not affected" },
        caddy: { level: 'partial', note: "every connection policy's cipher_suites (Go's IANA names): a plain list of suite names only (else IC3153); suites Go does not offer (DHE, CBC with SHA-256/384) and RSA key exchange suites (which Caddy refuses) are left out; Go chooses by its own order, not the list's; TLS 1.3 suites are not affected" },
        traefik: { level: 'partial', note: "tls.options.default's cipherSuites (Go's IANA names), the options of every handshake no host's own ssl-ciphers takes: a plain list of suite names only (else IC3153); suites Go does not offer (DHE, CBC with SHA-256/384) and RSA key exchange suites are left out; Go chooses by its own order, not the list's; TLS 1.3 suites are not affected" },
    },
    'ssl-protocols': LIVE('TLSv1.2 and TLSv1.3 are applied; a list with an older version keeps the proxy\'s default (TLSv1.2 and later), with a warning'),
    // lower/backends.ts: no host-level proxy-ssl-* block, so routes take only their own Ingress's (every target lowers the same TLS settings).
    'proxy-ssl-location-only': { ...withTraefik(LIVE()), 'gateway-api': { level: 'supported' } },
    'no-tls-redirect-locations': LIVE('a host that requires client certificates (auth-tls-secret) keeps redirecting the listed paths: its plain-HTTP side would otherwise skip the certificate check'),
    // ingress-nginx's lua header(): every HTTPS response of a host with a certificate, the upstream's header replaced.
    hsts: LIVE(),
    'hsts-include-subdomains': LIVE(),
    'hsts-max-age': LIVE(),
    'hsts-preload': LIVE(),
    // The IR's sourceDeny on every route (lower/controller-config.ts), enforced where the denylist is.
    // lower: RouteTable.headerBlocks, a 403 before anything else on every host (emit/<target>/configmap-block.ts).
    'block-user-agents': headerBlockCells('User-Agent'),
    'block-referers': headerBlockCells('Referer'),
    // The forwarded headers (RouteTable.forwarded, lower/forwarded-headers.ts; live: test/e2e/forwarded-headers*.test.ts).
    // The realip module: the client address (source ranges, limits, X-Real-IP) comes from the header of trusted peers.
    'use-forwarded-headers': {
        nginx: { level: 'partial', note: UPSTREAM_HOST },
        haproxy: { level: 'partial', note: `${UPSTREAM_HOST}; ${HAPROXY_WALK}` },
        envoy: { level: 'partial', note: `${UPSTREAM_HOST}; ${ENVOY_XFF}` },
        caddy: { level: 'partial', note: `${UPSTREAM_HOST}; ${CADDY_WALK}` },
    },
    'enable-real-ip': { nginx: { level: 'supported' }, haproxy: { level: 'partial', note: HAPROXY_WALK }, envoy: { level: 'partial', note: ENVOY_XFF }, caddy: { level: 'partial', note: CADDY_WALK } },
    'compute-full-forwarded-for': {
        nginx: { level: 'supported' },
        envoy: { level: 'supported' },
        caddy: { level: 'partial', note: 'several X-Forwarded-For lines are joined by "," (nginx: ", ")' },
        haproxy: { level: 'partial', note: 'the peer is added as a second X-Forwarded-For line, which HTTP defines as the same list ("<received>, <peer>")' },
    },
    'use-proxy-protocol': {
        nginx: { level: 'supported' },
        haproxy: { level: 'partial', note: "a peer outside proxy-real-ip-cidr must send no PROXY header (one it sends is answered 400; ingress-nginx reads it and keeps the peer's address), and may send none (ingress-nginx requires one)" },
        envoy: { level: 'partial', note: 'proxy-real-ip-cidr must trust every peer (0.0.0.0/0, and ::/0 on an IPv6 listener): Envoy takes the address of every PROXY header (else IC3153)' },
        caddy: { level: 'partial', note: 'a peer may also connect without a PROXY header (ingress-nginx requires one); its address is then the client' },
    },
    'proxy-real-ip-cidr': { nginx: { level: 'supported' }, haproxy: { level: 'partial', note: HAPROXY_WALK }, envoy: { level: 'supported' }, caddy: { level: 'partial', note: CADDY_WALK } },
    // Without the realip module it only names the header copied to X-Original-Forwarded-For.
    'forwarded-for-header': { ...LIVE(), haproxy: { level: 'partial', note: 'X-Original-Forwarded-For carries the last line of the header (nginx: every line joined by ", ")' } },
    'generate-request-id': LIVE(),
    // The listeners' client connections (RouteTable.clientConnection; emit/<target>: http block, defaults, HCM, servers).
    'keep-alive': {
        nginx: { level: 'supported' },
        haproxy: { level: 'partial', note: '"0" (no keep-alive) is option httpclose, which also closes the connection to the backend after each response' },
        envoy: { level: 'partial', note: '"0" (no keep-alive) is one request per connection (max_requests_per_connection 1)' },
        caddy: { level: 'partial', note: '"0" (no keep-alive) keeps Caddy\'s own idle timeout (5 minutes): its server cannot turn keep-alive off' },
    },
    'keep-alive-requests': { nginx: { level: 'supported' }, envoy: { level: 'supported' } },
    // nginx closes the connection without an answer (its 408 is only logged), as Go's server does.
    'client-header-timeout': {
        nginx: { level: 'supported' },
        haproxy: { level: 'partial', note: 'HAProxy answers 408 before closing the connection (nginx closes it without an answer)' },
        envoy: { level: 'partial', note: 'Envoy answers 408 before closing the connection (nginx closes it without an answer)' },
        caddy: { level: 'supported' },
    },
    'client-body-timeout': { nginx: { level: 'supported' } },
    'large-client-header-buffers': { nginx: { level: 'supported' } },
    // Every route's retry rule (lower/upstream-tuning.ts), emitted as the annotation's non_idempotent is.
    'retry-non-idempotent': {
        nginx: { level: 'supported' },
        haproxy: { level: 'partial', note: "a POST, PATCH or LOCK already sent is retried only when its body fits HAProxy's buffer (16 KiB)" },
        envoy: { level: 'partial', note: 'a request already sent is passed on after any reset, whatever its method (the retry policy cannot tell methods apart)' },
    },
    // custom headers (lower/custom-headers.ts; live: test/e2e/custom-headers.test.ts). global-allowed-response-headers
    // only gates custom-headers, so it is honoured where that annotation is.
    'add-headers': {
        nginx: { level: 'partial', note: "on every response of a route; ingress-nginx's http-level more_set_headers also reaches the answers of unknown hosts and paths" },
        haproxy: { level: 'partial', note: "on the upstream responses of a route; ingress-nginx's http-level more_set_headers also reaches the proxy's own answers and those of unknown hosts and paths" },
        envoy: { level: 'partial', note: "on every response of a route; ingress-nginx's http-level more_set_headers also reaches the answers of unknown hosts and paths" },
        caddy: { level: 'partial', note: "on the upstream responses of a route; ingress-nginx's http-level more_set_headers also reaches the proxy's own answers and those of unknown hosts and paths" },
        traefik: { level: 'partial', note: "on every response of a route (a headers middleware); ingress-nginx's http-level more_set_headers also reaches the answers of unknown hosts and paths" },
        'gateway-api': { level: 'partial', note: "a ResponseHeaderModifier on every rule of a route (at most 16 headers, IC3223); ingress-nginx's http-level more_set_headers also reaches the answers of unknown hosts and paths" },
    },
    'proxy-set-headers': LIVE(),
    'global-allowed-response-headers': { ...LIVE(), traefik: { level: 'supported' }, 'gateway-api': { level: 'supported' } },
    // Global external authentication (lower/auth.ts; live: test/e2e/configmap-global-auth.test.ts).
    'global-auth-url': likeAnnotation('auth-url', GLOBAL_AUTH_NOTE),
    'global-auth-method': likeAnnotation('auth-method'),
    'global-auth-signin': likeAnnotation('auth-signin'),
    'global-auth-signin-redirect-param': likeAnnotation('auth-signin-redirect-param'),
    'global-auth-response-headers': likeAnnotation('auth-response-headers'),
    'global-auth-request-redirect': likeAnnotation('auth-request-redirect'),
    'global-auth-always-set-cookie': likeAnnotation('auth-always-set-cookie'),
    // isLocationInLocationList: a location whose path (as written) starts with an entry.
    'no-auth-locations': Object.fromEntries(Object.keys(likeAnnotation('auth-url')).map((t) => [
        t,
        { level: 'partial', note: "exempts the routes whose path (as written) starts with an entry from global-auth-url only: ingress-nginx also lifts an Ingress's own auth-url and basic authentication there, which ingressc keeps (stricter)" },
    ])),
    // Response compression (RouteTable.compression; live: test/e2e/configmap-gzip.test.ts).
    'use-gzip': GZIP_USE,
    'gzip-level': { nginx: { level: 'supported' }, haproxy: { level: 'supported' }, envoy: { level: 'supported' }, caddy: { level: 'supported' } },
    'gzip-min-length': { nginx: { level: 'supported' }, envoy: { level: 'supported' }, caddy: { level: 'partial', note: GZIP_UNSIZED }, traefik: { level: 'partial', note: GZIP_UNSIZED } },
    'gzip-types': {
        nginx: { level: 'supported' },
        haproxy: { level: 'partial', note: 'a listed type also matches the types it begins (text/plain: text/plainx too)' },
        envoy: { level: 'supported' },
        caddy: { level: 'partial', note: "the response's type is compared as sent, case included (nginx ignores case)" },
        traefik: { level: 'supported' },
    },
    // Envoy's brotli compressor library (emit/envoy/compression.ts; live: test/e2e/configmap-gzip.test.ts).
    'enable-brotli': { envoy: { level: 'partial', note: BROTLI_CHOICE } },
    'brotli-level': { envoy: { level: 'supported' } },
    'brotli-min-length': { envoy: { level: 'supported' } },
    'brotli-types': { envoy: { level: 'supported' } },
    'gzip-disable': { nginx: { level: 'supported' }, caddy: { level: 'partial', note: 'a request with several User-Agent lines is answered uncompressed when any line matches (nginx: the first)' } },
    'block-cidrs': withTraefik(LIVE("the addresses are refused on every route, also where an Ingress has allow or deny lists of its own (ingress-nginx's http-level deny is not inherited by those locations, so there it lets them through); a default backend (--default-backend, an Ingress without rules) carries no policies: compile fails (IC3150)")),
};
/** Why a target cannot do a key, where the reason is the target's (IC3151 and the matrix's unsupported cells). */
const GW_NO_FIELD = (what) => `the Gateway API has no field for ${what}: it is the implementation's own setting`;
export const KEY_WHY_NOT = {
    'ssl-ciphers': {
        'gateway-api': 'a listener\'s tls.options are implementation-specific keys: the standard API has no cipher list',
    },
    'allow-cross-namespace-resources': Object.fromEntries(['nginx', 'haproxy', 'envoy', 'caddy', 'traefik', 'gateway-api'].map((t) => [t, "not implemented yet: an annotation naming a Secret of another namespace stays refused (IC3174), as with ingress-nginx's default"])),
    'block-cidrs': { 'gateway-api': "the Gateway API's standard channel has no access control by client address" },
    'block-user-agents': {
        traefik: 'not implemented yet: Traefik would need a router per pattern answering 403 ahead of every route',
        'gateway-api': 'the Gateway API cannot answer 403 itself: its standard channel has no direct-response filter',
    },
    'block-referers': {
        traefik: 'not implemented yet: Traefik would need a router per pattern answering 403 ahead of every route',
        'gateway-api': 'the Gateway API cannot answer 403 itself: its standard channel has no direct-response filter',
    },
    'compute-full-forwarded-for': {
        traefik: "Traefik appends to X-Forwarded-For only from trusted peers (entryPoints.<name>.forwardedHeaders.trustedIPs), static configuration that the file provider ingressc writes cannot set",
        'gateway-api': GW_NO_FIELD('the X-Forwarded-For it sends upstream'),
    },
    'forwarded-for-header': {
        traefik: 'Traefik takes the client address from X-Forwarded-For only, and only from trusted peers set in its static configuration',
        'gateway-api': GW_NO_FIELD('the header a client address is read from'),
    },
    'proxy-real-ip-cidr': {
        traefik: "Traefik's trusted peers (entryPoints.<name>.forwardedHeaders.trustedIPs) are static configuration that the file provider ingressc writes cannot set",
        'gateway-api': GW_NO_FIELD('the peers a client address header is trusted from'),
    },
    'generate-request-id': {
        traefik: 'Traefik has no middleware that generates an X-Request-ID',
        'gateway-api': GW_NO_FIELD('request ids'),
    },
    'hide-headers': {
        traefik: "not implemented yet: a headers middleware's customResponseHeaders with an empty value would remove them",
        'gateway-api': 'not implemented yet: a ResponseHeaderModifier remove on every rule would do it',
    },
    ...Object.fromEntries(['hsts', 'hsts-include-subdomains', 'hsts-max-age', 'hsts-preload'].map((k) => [
        k,
        {
            traefik: "not implemented yet: a headers middleware's stsSeconds, stsIncludeSubdomains and stsPreload on the HTTPS routers would do it",
            'gateway-api': 'not implemented yet: a ResponseHeaderModifier on the HTTPS listeners\' routes would set Strict-Transport-Security',
        },
    ])),
    'http-redirect-code': {
        traefik: "Traefik's redirectScheme answers 301 or 308 (permanent) and 302 or 307 by method, not one chosen status",
    },
    'no-tls-redirect-locations': {
        traefik: 'not implemented yet: the HTTPS redirect router of a host would need a router per listed prefix ahead of it',
        'gateway-api': 'not implemented yet: the HTTP listener\'s redirect rule of a host would need a rule per listed prefix ahead of it',
    },
    'proxy-set-headers': {
        traefik: "not implemented yet: a headers middleware's customRequestHeaders would set them",
        'gateway-api': 'not implemented yet: a RequestHeaderModifier on every rule would set them',
    },
    'server-tokens': Object.fromEntries(['haproxy', 'envoy', 'caddy', 'traefik', 'gateway-api'].map((t) => [t, '"true" puts nginx\'s name and version in the Server header and error pages; the other proxies have no nginx version to show'])),
    'keep-alive-requests': {
        haproxy: 'HAProxy has no limit on the requests of one client connection',
        caddy: "Caddy's server has no limit on the requests of one connection",
    },
    'client-body-timeout': {
        haproxy: "HAProxy's timeout client bounds every wait for the client, not only between two reads of the body (kept at 60 s)",
        envoy: "Envoy has no timeout between two reads of a request body (stream_idle_timeout also bounds the wait for the backend's response)",
        caddy: "Caddy's read_timeout bounds the whole request, not the wait between two reads of the body",
    },
    'large-client-header-buffers': {
        haproxy: 'HAProxy refuses a request whose headers do not fit its 16 KiB buffer (tune.bufsize, global), whatever their lines',
        envoy: "Envoy limits the request headers in all (60 KiB), not each line",
        caddy: "Caddy limits the request headers in all (1 MiB), not each line",
    },
    'retry-non-idempotent': {
        caddy: "Caddy passes on a request it has sent only when its retry match allows it (GET by default), and ingressc's Caddy output does not widen it by method",
        traefik: 'proxy-next-upstream is not emitted on Traefik (its retry middleware retries network errors on any server, by count)',
        'gateway-api': 'HTTPRoute retries are experimental (not in the v1.6.1 standard channel)',
    },
    'use-forwarded-headers': {
        traefik: "Traefik trusts forwarded headers per entry point (entryPoints.<name>.forwardedHeaders.trustedIPs), static configuration that the file provider ingressc writes cannot set",
        'gateway-api': 'the Gateway API has no field for a trusted client-address header: it is the implementation\'s own setting',
    },
    'enable-real-ip': {
        traefik: "Traefik's ipAllowList reads a header only through ipStrategy (depth or excludedIPs), not nginx's trusted-peer walk, and trustedIPs are static configuration",
        'gateway-api': 'the Gateway API has no field for a trusted client-address header: it is the implementation\'s own setting',
    },
    'use-gzip': { 'gateway-api': GZIP_WHY },
    ...Object.fromEntries(['enable-brotli', 'brotli-level', 'brotli-min-length', 'brotli-types'].map((k) => [k, { ...BROTLI_WHY, 'gateway-api': GZIP_WHY }])),
    'gzip-level': { traefik: "Traefik's compress middleware has no compression level", 'gateway-api': GZIP_WHY },
    'gzip-min-length': { haproxy: 'HAProxy 2.6 has no minimum length for compression', 'gateway-api': GZIP_WHY },
    'gzip-types': { 'gateway-api': GZIP_WHY },
    'gzip-disable': { haproxy: GZIP_DISABLE_WHY('HAProxy'), envoy: GZIP_DISABLE_WHY("Envoy's compressor"), traefik: GZIP_DISABLE_WHY("Traefik's compress middleware"), 'gateway-api': GZIP_WHY },
    'enable-underscores-in-headers': {
        caddy: 'Caddy 2.11 itself drops every request header whose name has "_" or "." (GHSA-f59h-q822-g45g); its expected_underscore_headers keeps only the names or prefixes it lists, and then drops their "-" spellings',
        'gateway-api': 'the Gateway API has no field for the request header names a listener accepts: it is the implementation\'s own setting',
    },
    'ignore-invalid-headers': {
        traefik: 'Traefik (Go\'s HTTP server) answers 400 to a header name with a character outside HTTP\'s token characters, whose header nginx then passes, and cannot drop headers by name (info IC3157)',
        'gateway-api': 'the Gateway API has no field for the request header names a listener accepts: it is the implementation\'s own setting',
    },
    'use-proxy-protocol': {
        traefik: "Traefik reads the PROXY protocol per entry point (entryPoints.<name>.proxyProtocol), static configuration that the file provider ingressc writes cannot set",
        'gateway-api': 'the Gateway API has no field for the PROXY protocol on a listener: it is the implementation\'s own setting',
    },
};
/**
 * The ConfigMap keys ingressc honours: the global default of the annotation of the same name (a
 * target honours the key where support.ts lists that annotation), or a controller-wide setting
 * (KEY_SUPPORT). lower/controller-config.ts applies them (and must know every key listed here).
 */
export const HONOURED_KEYS = new Set([
    'global-auth-always-set-cookie',
    'global-auth-method',
    'global-auth-request-redirect',
    'global-auth-response-headers',
    'global-auth-signin',
    'global-auth-signin-redirect-param',
    'global-auth-url',
    'no-auth-locations',
    'add-headers',
    'block-cidrs',
    'block-referers',
    'brotli-level',
    'brotli-min-length',
    'brotli-types',
    'enable-brotli',
    'gzip-disable',
    'gzip-level',
    'gzip-min-length',
    'gzip-types',
    'use-gzip',
    'global-allowed-response-headers',
    'proxy-set-headers',
    'compute-full-forwarded-for',
    'enable-real-ip',
    'forwarded-for-header',
    'generate-request-id',
    'proxy-real-ip-cidr',
    'use-forwarded-headers',
    'use-proxy-protocol',
    'block-user-agents',
    'client-body-buffer-size',
    'custom-http-errors',
    'denylist-source-range',
    'force-ssl-redirect',
    'relative-redirects',
    'hide-headers',
    'enable-underscores-in-headers',
    'ignore-invalid-headers',
    'hsts',
    'hsts-include-subdomains',
    'hsts-max-age',
    'hsts-preload',
    'http-redirect-code',
    'limit-req-status-code',
    'limit-conn-status-code',
    'load-balance',
    'no-tls-redirect-locations',
    'server-tokens',
    'ssl-ciphers',
    'ssl-protocols',
    'proxy-body-size',
    'keep-alive',
    'keep-alive-requests',
    'client-header-timeout',
    'client-body-timeout',
    'large-client-header-buffers',
    'proxy-cookie-domain',
    'proxy-cookie-path',
    'proxy-redirect-from',
    'retry-non-idempotent',
    'proxy-buffer-size',
    'proxy-buffering',
    'proxy-buffers-number',
    'proxy-busy-buffers-size',
    'proxy-connect-timeout',
    'proxy-next-upstream',
    'proxy-next-upstream-timeout',
    'proxy-next-upstream-tries',
    'proxy-request-buffering',
    'proxy-read-timeout',
    'proxy-send-timeout',
    'service-upstream',
    'proxy-ssl-location-only',
    'ssl-redirect',
    'whitelist-source-range',
]);
/**
 * Keys whose non-default values change nothing ingressc emits, on every target: what ingressc
 * does already is what ingress-nginx does with that value, or stricter with a located error.
 */
export const EQUIVALENT = {
    'allow-snippet-annotations': {
        holds: () => true,
        note: 'ingressc never emits snippets: *-snippet annotations are refused unless --allow-snippets, which compiles the Ingress without them',
    },
    'annotation-value-word-blocklist': {
        holds: () => true,
        level: 'supported',
        note: 'an Ingress with a nginx.ingress.kubernetes.io/ annotation value containing a listed word is left out (warning IC3155), as ingress-nginx drops it',
    },
    'annotations-risk-level': {
        holds: (v) => v === 'Critical',
        note: 'Critical (or the default High) admits at least what ingressc admits; Medium and Low refuse annotations ingressc does not rank, a compile error',
    },
    // A common setting in clusters without IPv6: refusing it would fail their migration for nothing.
    'disable-ipv6': {
        holds: () => true,
        note: 'ingressc listens only on --listen-http and --listen-https (default 0.0.0.0, IPv4 only): "true" is what it does unless one of them is an [IPv6] address; with "false" ingress-nginx also listens on IPv6, ingressc only when told to',
    },
    'strict-validate-path-type': {
        holds: () => true,
        note: 'ingressc always checks Exact and Prefix paths strictly: a path only the relaxed controller accepts is a located error (IC2034), never a silent difference',
    },
};
