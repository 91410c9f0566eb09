/**
 * Why the Gateway API target does not take an annotation: the note of its unsupported cell in
 * `ingressc annotations` (matrix.ts). Shown only while the key has no gateway-api support row; what
 * compile does is unchanged (access and routing keys fail closed, tuning keys warn, snippets are
 * refused). "Standard" means the v1.6.1 standard-channel CRDs ingressc writes
 * (third_party/schemas/gateway-api/); test/unit/gateway-api-unsupported.test.ts checks that every
 * unsupported cell has a reason. One file, so that the families' support-rows files stay as they are.
 */
const AFFINITY = 'session persistence (sessionPersistence) is in the experimental channel only, not in the v1.6.1 standard CRDs';
const EXT_AUTH = 'the ExternalAuth filter is in the experimental channel only; an implementation policy (such as Envoy Gateway\'s SecurityPolicy) is outside Gateway API';
const BASIC_AUTH = 'Gateway API has no authentication: basic auth is an implementation policy (such as Envoy Gateway\'s SecurityPolicy), outside the standard API';
const CLIENT_CERT = 'client certificate validation is a Gateway listener\'s tls.frontendValidation in the experimental channel only, and per-path checks (match-cn, verify-client on one Ingress) have no construct';
const IP_LIST = 'Gateway API has no client-address match or filter: IP allow/deny lists are implementation policies, outside the standard API';
const BUFFERS = 'Gateway API has no proxy buffering settings: the implementation\'s';
const SNIPPET = 'raw nginx configuration has no meaning in Gateway API';
const LIMIT = 'Gateway API has no rate or connection limits: implementation policies (such as Envoy Gateway\'s BackendTrafficPolicy), outside the standard API';
const BANDWIDTH = 'Gateway API has no bandwidth limit';
const WAF = 'Gateway API has no WAF: an implementation extension, outside the standard API';
const TRACING = 'Gateway API has no tracing settings: the implementation\'s';
const LOGGING = 'Gateway API has no access or rewrite log settings: the implementation\'s';
const LB = 'Gateway API has no load-balancing algorithm or consistent hashing: implementation policies, outside the standard API';
const MIRROR_HOST = 'a RequestMirror filter sets no Host for the copy: the implementation\'s (Envoy Gateway appends "-shadow" to the request\'s)';
const MIRROR_BODY = 'a RequestMirror filter has no body setting: the implementation sends the body with the copy';
const RETRY = 'HTTPRoute retry is in the experimental channel only, not in the v1.6.1 standard CRDs';
const TIMEOUT = 'HTTPRoute timeouts have request and backendRequest only (proxy-read-timeout maps to backendRequest): no connect or send timeout';
const TLS_CIPHERS = 'a listener\'s tls.options are implementation-specific keys: the standard API has no cipher list or preference';
const UPSTREAM_HTTP = 'Gateway API has no setting for the HTTP version or the Connection header towards the backend: the implementation\'s';
export const GATEWAY_API_WHY_NOT = {
    // session affinity
    affinity: AFFINITY,
    'affinity-canary-behavior': AFFINITY,
    'affinity-mode': AFFINITY,
    'session-cookie-change-on-failure': AFFINITY,
    'session-cookie-conditional-samesite-none': AFFINITY,
    'session-cookie-domain': AFFINITY,
    'session-cookie-expires': AFFINITY,
    'session-cookie-max-age': AFFINITY,
    'session-cookie-name': AFFINITY,
    'session-cookie-path': AFFINITY,
    'session-cookie-samesite': AFFINITY,
    'session-cookie-secure': AFFINITY,
    // IP lists
    'allowlist-source-range': IP_LIST,
    'whitelist-source-range': IP_LIST,
    'denylist-source-range': IP_LIST,
    'limit-whitelist': LIMIT,
    // external auth
    'auth-always-set-cookie': EXT_AUTH,
    'auth-cache-duration': EXT_AUTH,
    'auth-cache-key': EXT_AUTH,
    'auth-keepalive': EXT_AUTH,
    'auth-keepalive-requests': EXT_AUTH,
    'auth-keepalive-share-vars': EXT_AUTH,
    'auth-keepalive-timeout': EXT_AUTH,
    'auth-method': EXT_AUTH,
    'auth-proxy-set-headers': EXT_AUTH,
    'auth-request-redirect': EXT_AUTH,
    'auth-response-headers': EXT_AUTH,
    'auth-signin': EXT_AUTH,
    'auth-signin-redirect-param': EXT_AUTH,
    'auth-snippet': SNIPPET,
    'auth-url': EXT_AUTH,
    'enable-global-auth': EXT_AUTH,
    // basic auth
    'auth-realm': BASIC_AUTH,
    'auth-secret': BASIC_AUTH,
    'auth-secret-type': BASIC_AUTH,
    'auth-type': BASIC_AUTH,
    satisfy: 'combines IP lists and authentication, neither of which the standard API has',
    // client certificates
    'auth-tls-error-page': CLIENT_CERT,
    'auth-tls-match-cn': CLIENT_CERT,
    'auth-tls-pass-certificate-to-upstream': CLIENT_CERT,
    'auth-tls-secret': CLIENT_CERT,
    'auth-tls-verify-client': CLIENT_CERT,
    'auth-tls-verify-depth': CLIENT_CERT,
    // canary
    'canary-by-cookie': 'a cookie is one of several in the Cookie header: a match needs a RegularExpression header match (implementation-specific syntax), and ingress-nginx\'s "never" (main even when a weight would pick the canary) needs the rule order of its decision',
    'canary-by-header-pattern': 'a RegularExpression header match, whose syntax and support Gateway API leaves to the implementation (Envoy Gateway\'s matches the whole value, ingress-nginx\'s PCRE searches it)',
    // buffers
    'client-body-buffer-size': BUFFERS,
    'proxy-buffer-size': BUFFERS,
    'proxy-buffering': BUFFERS,
    'proxy-buffers-number': BUFFERS,
    'proxy-busy-buffers-size': BUFFERS,
    'proxy-max-temp-file-size': BUFFERS,
    'proxy-request-buffering': BUFFERS,
    // snippets
    'configuration-snippet': SNIPPET,
    'server-snippet': SNIPPET,
    'stream-snippet': SNIPPET,
    'modsecurity-snippet': SNIPPET,
    // upstream
    'connection-proxy-header': UPSTREAM_HTTP,
    'http2-push-preload': 'HTTP/2 server push has no construct in Gateway API (and browsers dropped it)',
    'proxy-cookie-domain': 'Gateway API cannot rewrite a response header\'s value (ResponseHeaderModifier sets, adds or removes whole headers)',
    'proxy-cookie-path': 'Gateway API cannot rewrite a response header\'s value (ResponseHeaderModifier sets, adds or removes whole headers)',
    'proxy-http-version': UPSTREAM_HTTP,
    'proxy-redirect-from': 'Gateway API cannot rewrite the Location of a backend\'s response (ResponseHeaderModifier sets whole headers)',
    'proxy-redirect-to': 'Gateway API cannot rewrite the Location of a backend\'s response (ResponseHeaderModifier sets whole headers)',
    'service-upstream': 'backendRefs name a Service: whether the implementation sends to its cluster IP or its endpoints is the implementation\'s',
    // headers, errors
    'custom-headers': 'not emitted: a ResponseHeaderModifier could set the headers, but they come from the ConfigMap the annotation names, which ingressc does not read yet (no target takes custom-headers)',
    'custom-http-errors': 'Gateway API cannot replace a backend\'s error response with another backend\'s answer',
    'disable-proxy-intercept-errors': 'Gateway API cannot replace a backend\'s error response with another backend\'s answer',
    // logging, WAF, tracing
    'enable-access-log': LOGGING,
    'enable-rewrite-log': LOGGING,
    'enable-modsecurity': WAF,
    'enable-owasp-core-rules': WAF,
    'modsecurity-transaction-id': WAF,
    'enable-opentelemetry': TRACING,
    'opentelemetry-trust-incoming-span': TRACING,
    // backends
    'fastcgi-index': 'backendRefs speak HTTP (HTTPRoute) or gRPC (GRPCRoute): FastCGI has no construct',
    'fastcgi-params-configmap': 'backendRefs speak HTTP (HTTPRoute) or gRPC (GRPCRoute): FastCGI has no construct',
    'proxy-ssl-ciphers': 'a BackendTLSPolicy names the CA and hostname only: the cipher list is the implementation\'s',
    // redirects
    'from-to-www-redirect': 'ingress-nginx writes "<to>:$server_port" into the Location, a port a RequestRedirect cannot keep (implementations leave 80 and 443 out)',
    'relative-redirects': 'a RequestRedirect always writes an absolute Location',
    // limits
    'limit-burst-multiplier': LIMIT,
    'limit-connections': LIMIT,
    'limit-rpm': LIMIT,
    'limit-rps': LIMIT,
    'limit-rate': BANDWIDTH,
    'limit-rate-after': BANDWIDTH,
    'proxy-body-size': 'Gateway API has no request body size limit: an implementation policy, outside the standard API',
    // load balancing, mirroring, retries, timeouts, TLS
    'load-balance': LB,
    'upstream-hash-by': LB,
    'upstream-hash-by-subset': LB,
    'upstream-hash-by-subset-size': LB,
    'mirror-host': MIRROR_HOST,
    'mirror-request-body': MIRROR_BODY,
    'proxy-next-upstream': RETRY,
    'proxy-next-upstream-timeout': RETRY,
    'proxy-next-upstream-tries': RETRY,
    'proxy-connect-timeout': TIMEOUT,
    'proxy-send-timeout': TIMEOUT,
    'ssl-ciphers': TLS_CIPHERS,
    'ssl-prefer-server-ciphers': TLS_CIPHERS,
};
