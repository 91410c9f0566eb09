/**
 * ingress-nginx v1.15.1's end-to-end assertions for default-backend, custom-http-errors and
 * disable-proxy-intercept-errors (test/e2e/annotations/{default_backend,customhttperrors,
 * disableproxyintercepterrors}.go) and the global default backend (test/e2e/defaultbackend/),
 * ported to requests sent to a live proxy with real echo backends (errors-run.ts). Each case names
 * its source file and It(...). The originals' echo prints the request headers in its body; here
 * the echo's JSON lists the headers it received. A path "/status/NNN" makes an echo answer NNN
 * with an empty body (httpbun's /status/NNN in the original). Assertions on nginx.conf text are
 * translated into the behaviour that text produces.
 */
export interface ErrorRequest {
  host: string;
  path: string;
  method?: string;
  /** A request body (with method). */
  body?: string;
  headers?: Record<string, string>;
  expect: {
    status: number;
    /** The echo Service that answered; null: none did (the proxy's own answer). */
    by: string | null;
    /** The request target that echo received. */
    path?: string;
    /** The method that echo received. */
    method?: string;
    /** The length of the request body that echo received. */
    bodyLength?: number;
    /** Request headers that echo received; null: must be absent; "*": any non-empty value. */
    headers?: Record<string, string | null>;
    emptyBody?: boolean;
    /** Response headers the client receives (a list for repeated ones); null: must be absent. */
    responseHeaders?: Record<string, string | string[] | null>;
  };
  /** What differs on a target whose support row names it (merged over `expect`; `headers` replaces the whole set). */
  expectOn?: Partial<Record<string, Partial<ErrorRequest['expect']>>>;
  /** Header checks skipped on a target whose support row names the difference. */
  headersNotOn?: Partial<Record<string, string[]>>;
  /** The request is not sent on these targets: their support row names the difference (the reason). */
  skipOn?: Partial<Record<string, string>>;
}

export interface ErrorIngress {
  name: string;
  /** Default: no host (rule without host). */
  host?: string;
  path?: string;
  /** Default Prefix. */
  pathType?: 'Prefix' | 'Exact' | 'ImplementationSpecific';
  service: string;
  annotations: Record<string, string>;
}

export interface ErrorCase {
  source: string;
  it: string;
  translation: string;
  ingresses: ErrorIngress[];
  /**
   * Services of namespace "default" (manifests in the inputs). ready: an echo answers on its
   * first port; not ready: its EndpointSlice has no ready endpoint.
   */
  services: Record<string, { ports: number[]; ready: boolean }>;
  /** --default-backend default/<service>:<first port>. */
  globalDefault?: string;
  requests: ErrorRequest[];
  /** Every target refuses to compile, with this code (an invalid value). */
  compileError?: string;
}

const A = 'nginx.ingress.kubernetes.io/';

/**
 * Traefik's errors middleware (support row partial): the client gets the original status with the
 * error Service's answer; that Service is asked GET "/" without the query or body, and without
 * X-Code, X-Original-URI, X-Format and the context headers.
 */
const traefikPage = (status: number, kept: Record<string, string | null> = {}): Partial<ErrorRequest['expect']> => ({
  status,
  path: '/',
  headers: { 'x-code': null, 'x-original-uri': null, 'x-format': null, 'x-namespace': null, 'x-ingress-name': null, 'x-service-name': null, 'x-service-port': null, ...kept },
});

const svc = (ready: boolean, ...ports: number[]): { ports: number[]; ready: boolean } => ({ ports: ports.length ? ports : [80], ready });

export const ERROR_CASES: ErrorCase[] = [
  {
    source: 'e2e-annotations/default_backend.go',
    it: 'should use a custom default backend as upstream',
    translation:
      'Service "invalid" (no endpoints in the cluster) is a Service whose EndpointSlice has no ready endpoint; the echo named by default-backend answers with 200 and sees X-Code 503, X-Ingress-Name, X-Service-Name "invalid" and the client\'s X-Request-ID (the original reads them from the echo\'s body); the request path is kept',
    ingresses: [{ name: 'default-backend', host: 'default-backend', service: 'invalid', annotations: { [`${A}default-backend`]: 'echo' } }],
    services: { invalid: svc(false), echo: svc(true) },
    requests: [
      {
        host: 'default-backend',
        path: '/alma/armud',
        headers: { 'x-request-id': 'something-unique', Accept: 'text/html' },
        expect: {
          status: 200,
          by: 'echo',
          path: '/alma/armud',
          headers: { 'x-code': '503', 'x-ingress-name': 'default-backend', 'x-service-name': 'invalid', 'x-service-port': '80', 'x-namespace': 'default', 'x-request-id': 'something-unique', 'x-format': 'text/html' },
        },
        // Traefik's headers middleware cannot copy Accept (support row).
        headersNotOn: { traefik: ['x-format'], 'gateway-api': ['x-format'] },
      },
      {
        host: 'default-backend',
        path: '/',
        // Without the client's X-Request-ID, ingress-nginx sends its own ($req_id).
        expect: { status: 200, by: 'echo', headers: { 'x-code': '503', 'x-request-id': '*' } },
        headersNotOn: { caddy: ['x-request-id'], traefik: ['x-request-id'], 'gateway-api': ['x-request-id'] },
      },
    ],
  },
  {
    source: 'e2e-annotations/customhttperrors.go',
    it: 'configures Nginx correctly',
    translation:
      '"proxy_intercept_errors on" and "error_page 404/500 = @custom_upstream-default-backend_*" → the upstream\'s 404 and 500 are answered by the global default backend (--default-backend, an echo) for "/" with X-Code and the context headers; other statuses pass through',
    ingresses: [{ name: 'customerrors', host: 'customerrors.foo.com', service: 'echo', annotations: { [`${A}custom-http-errors`]: '404,500' } }],
    services: { echo: svc(true), 'default-http-backend': svc(true) },
    globalDefault: 'default-http-backend',
    requests: [
      { host: 'customerrors.foo.com', path: '/', expect: { status: 200, by: 'echo', headers: { 'x-code': null } } },
      {
        host: 'customerrors.foo.com',
        path: '/status/404?q=1',
        expect: {
          status: 200,
          by: 'default-http-backend',
          path: '/?q=1',
          headers: { 'x-code': '404', 'x-original-uri': '/status/404?q=1', 'x-namespace': 'default', 'x-ingress-name': 'customerrors', 'x-service-name': 'echo', 'x-service-port': '80', host: 'customerrors.foo.com', 'x-request-id': '*' },
        },
        expectOn: { traefik: traefikPage(404) },
      },
      { host: 'customerrors.foo.com', path: '/status/500', expect: { status: 200, by: 'default-http-backend', path: '/', headers: { 'x-code': '500' } }, expectOn: { traefik: traefikPage(500) } },
      { host: 'customerrors.foo.com', path: '/status/503', expect: { status: 503, by: 'echo', emptyBody: true } },
      // The error page gets the same request: method and body too (nginx buffers the body).
      { host: 'customerrors.foo.com', path: '/status/404', method: 'POST', body: 'hello=world', expect: { status: 200, by: 'default-http-backend', path: '/', method: 'POST', bodyLength: 11, headers: { 'x-code': '404' } }, expectOn: { traefik: { ...traefikPage(404), method: 'GET', bodyLength: 0 } }, skipOn: { caddy: 'partial row: the body went to the upstream and is not sent again (502)', envoy: 'partial row: custom_response asks the error page with GET, without the body' } },
    ],
  },
  {
    source: 'e2e-annotations/customhttperrors.go',
    it: 'configures Nginx correctly (updating configuration when only custom-http-error value changes)',
    translation: 'the value "503": an error location for 503 only → 503 is intercepted, 404 and 500 pass through',
    ingresses: [{ name: 'customerrors', host: 'customerrors.foo.com', service: 'echo', annotations: { [`${A}custom-http-errors`]: '503' } }],
    services: { echo: svc(true), 'default-http-backend': svc(true) },
    globalDefault: 'default-http-backend',
    requests: [
      { host: 'customerrors.foo.com', path: '/status/503', expect: { status: 200, by: 'default-http-backend', path: '/', headers: { 'x-code': '503' } }, expectOn: { traefik: traefikPage(503) } },
      { host: 'customerrors.foo.com', path: '/status/404', expect: { status: 404, by: 'echo', emptyBody: true } },
      { host: 'customerrors.foo.com', path: '/status/500', expect: { status: 500, by: 'echo', emptyBody: true } },
    ],
  },
  {
    source: 'e2e-annotations/customhttperrors.go',
    it: 'configures Nginx correctly (ignoring duplicate values (503 in this case) per server)',
    translation:
      'a second Ingress of the host with "404, 503" for /else: ingress-nginx\'s parser fails on " 503" (strconv.Atoi after a split on ",") and ignores the whole annotation; ingressc refuses the value (IC2081) instead of ignoring it silently',
    ingresses: [
      { name: 'customerrors', host: 'customerrors.foo.com', service: 'echo', annotations: { [`${A}custom-http-errors`]: '503' } },
      { name: 'customerrors-else', host: 'customerrors.foo.com', path: '/else', service: 'echo', annotations: { [`${A}custom-http-errors`]: '404, 503' } },
    ],
    services: { echo: svc(true) },
    requests: [],
    compileError: 'IC2081',
  },
  {
    source: 'e2e-annotations/customhttperrors.go',
    it: 'configures Nginx correctly (deduplicated codes of two Ingresses of one host, each with its own)',
    translation: 'two Ingresses of one host, "503" on / and "404,503" on /else: each location intercepts its own codes (the shared @custom location appears once)',
    ingresses: [
      { name: 'customerrors', host: 'customerrors.foo.com', service: 'echo', annotations: { [`${A}custom-http-errors`]: '503' } },
      { name: 'customerrors-else', host: 'customerrors.foo.com', path: '/else', service: 'echo', annotations: { [`${A}custom-http-errors`]: '404,503,503' } },
    ],
    services: { echo: svc(true), 'default-http-backend': svc(true) },
    globalDefault: 'default-http-backend',
    requests: [
      { host: 'customerrors.foo.com', path: '/status/404', expect: { status: 404, by: 'echo' } },
      { host: 'customerrors.foo.com', path: '/status/503', expect: { status: 200, by: 'default-http-backend', headers: { 'x-code': '503', 'x-ingress-name': 'customerrors' } }, expectOn: { traefik: traefikPage(503) } },
      { host: 'customerrors.foo.com', path: '/else/status/404', expect: { status: 200, by: 'default-http-backend', headers: { 'x-code': '404', 'x-ingress-name': 'customerrors-else', 'x-original-uri': '/else/status/404' } }, expectOn: { traefik: traefikPage(404) } },
    ],
  },
  {
    source: 'e2e-annotations/customhttperrors.go',
    it: 'configures Nginx correctly (using the custom default-backend from annotation for upstream)',
    translation: '"error_page 503 = @custom_custom-default-backend-<ns>-from-annotation_503" → the 503 goes to the annotation\'s Service (its first port), not the global default backend',
    ingresses: [{ name: 'customerrors', host: 'customerrors.foo.com', service: 'echo', annotations: { [`${A}custom-http-errors`]: '503', [`${A}default-backend`]: 'from-annotation' } }],
    services: { echo: svc(true), 'from-annotation': svc(true, 8080, 9090), 'default-http-backend': svc(true) },
    globalDefault: 'default-http-backend',
    requests: [
      { host: 'customerrors.foo.com', path: '/status/503', expect: { status: 200, by: 'from-annotation', path: '/', headers: { 'x-code': '503' } }, expectOn: { traefik: traefikPage(503) } },
      { host: 'customerrors.foo.com', path: '/', expect: { status: 200, by: 'echo', headers: { 'x-code': null } } },
    ],
  },
  {
    source: 'e2e-annotations/disableproxyintercepterrors.go',
    it: 'configures Nginx correctly (with intercept disabled)',
    translation: 'no "proxy_intercept_errors on" → httpbun\'s /status/404 reaches the client: 404 with an empty body',
    ingresses: [
      {
        name: 'pie.foo.com',
        host: 'pie.foo.com',
        service: 'httpbun',
        annotations: { [`${A}custom-http-errors`]: '404', [`${A}disable-proxy-intercept-errors`]: 'true', [`${A}default-backend`]: 'echo' },
      },
    ],
    services: { httpbun: svc(true), echo: svc(true) },
    requests: [{ host: 'pie.foo.com', path: '/status/404', headers: { 'x-request-id': 'proxy_intercept_errors' }, expect: { status: 404, by: 'httpbun', emptyBody: true } }],
  },
  {
    source: 'e2e-annotations/disableproxyintercepterrors.go',
    it: 'configures Nginx correctly (with intercept enabled)',
    translation: 'disable-proxy-intercept-errors "false" → the 404 is answered by the default-backend echo: 200 with x-code=404, x-ingress-name, x-service-name=httpbun and the client\'s x-request-id',
    ingresses: [
      {
        name: 'pie.foo.com',
        host: 'pie.foo.com',
        service: 'httpbun',
        annotations: { [`${A}custom-http-errors`]: '404', [`${A}disable-proxy-intercept-errors`]: 'false', [`${A}default-backend`]: 'echo' },
      },
    ],
    services: { httpbun: svc(true), echo: svc(true) },
    requests: [
      {
        host: 'pie.foo.com',
        path: '/status/404',
        headers: { 'x-request-id': 'proxy_intercept_errors' },
        expect: { status: 200, by: 'echo', path: '/', headers: { 'x-code': '404', 'x-ingress-name': 'pie.foo.com', 'x-service-name': 'httpbun', 'x-request-id': 'proxy_intercept_errors' } },
        expectOn: { traefik: traefikPage(404, { 'x-request-id': 'proxy_intercept_errors' }) },
      },
    ],
  },
  {
    source: 'e2e-core/defaultbackend__custom_default_backend.go',
    it: 'uses custom default backend that returns 200 as status code',
    translation: '--default-backend-service=<ns>/echo → --default-backend default/echo:80; GET / without a matching host → 200 from that echo',
    ingresses: [{ name: 'other', host: 'other.foo.com', service: 'other', annotations: {} }],
    services: { other: svc(true), echo: svc(true) },
    globalDefault: 'echo',
    requests: [
      { host: 'unknown.foo.com', path: '/', expect: { status: 200, by: 'echo' } },
      { host: 'unknown.foo.com', path: '/demo', method: 'POST', expect: { status: 200, by: 'echo' } },
    ],
  },
  {
    source: 'e2e-core/defaultbackend__default_backend.go',
    it: 'should return 404 sending requests when only a default backend is running',
    translation: 'no --default-backend: GET and POST, without a host and for foo.bar.com, to / and /demo → 404 (the HTTPS rows need a certificate and are covered by the TLS suites)',
    ingresses: [{ name: 'other', host: 'other.foo.com', service: 'other', annotations: {} }],
    services: { other: svc(true) },
    requests: [
      { host: '', path: '/', expect: { status: 404, by: null } },
      { host: '', path: '/demo', method: 'POST', expect: { status: 404, by: null } },
      { host: 'foo.bar.com', path: '/', expect: { status: 404, by: null } },
      { host: 'foo.bar.com', path: '/demo', method: 'POST', expect: { status: 404, by: null } },
    ],
  },
  // ---- ingressc's own cases for what the ported ones leave open.
  {
    source: 'ingressc',
    it: 'without any default backend, intercepted errors are answered 404 (ingress-nginx\'s internal default backend)',
    translation: 'upstream-default-backend without --default-backend-service is ingress-nginx\'s own server answering 404',
    ingresses: [{ name: 'nodefault', host: 'nodefault.foo.com', service: 'echo', annotations: { [`${A}custom-http-errors`]: '500' } }],
    services: { echo: svc(true) },
    requests: [
      { host: 'nodefault.foo.com', path: '/status/500', expect: { status: 404, by: null } },
      { host: 'nodefault.foo.com', path: '/status/502', expect: { status: 502, by: 'echo' } },
    ],
  },
  {
    source: 'ingressc',
    it: 'a Service without endpoints answers 503, and custom-http-errors 503 sends it to the global default backend',
    translation: 'the proxy\'s own 503 is an error page like an upstream\'s (nginx error_page applies to both)',
    ingresses: [{ name: 'empty', host: 'empty.foo.com', service: 'gone', annotations: { [`${A}custom-http-errors`]: '503' } }],
    services: { gone: svc(false), fallback: svc(true) },
    globalDefault: 'fallback',
    requests: [{ host: 'empty.foo.com', path: '/x?y=1', method: 'POST', expect: { status: 200, by: 'fallback', path: '/?y=1', headers: { 'x-code': '503', 'x-service-name': 'gone', 'x-original-uri': '/x?y=1' } }, expectOn: { traefik: { ...traefikPage(503), method: 'GET' } } }],
  },
  {
    source: 'ingressc',
    it: 'the proxy\'s own 403 of a source range is an error page like an upstream\'s; other codes of the list leave the route alone',
    translation: 'nginx\'s error_page applies to the 403 of "deny all" (whitelist-source-range) as to an upstream\'s status; the error backend is asked with the same headers',
    ingresses: [
      { name: 'ranged', host: 'ranged.foo.com', path: '/', service: 'echo', annotations: { [`${A}custom-http-errors`]: '403,418', [`${A}whitelist-source-range`]: '10.0.0.0/8' } },
      { name: 'open', host: 'ranged.foo.com', path: '/open', service: 'echo', annotations: { [`${A}custom-http-errors`]: '418' } },
    ],
    services: { echo: svc(true), fallback: svc(true) },
    globalDefault: 'fallback',
    requests: [
      { host: 'ranged.foo.com', path: '/x?a=b', headers: { 'x-request-id': 'r-1', Accept: 'text/plain' }, expect: { status: 200, by: 'fallback', path: '/?a=b', headers: { 'x-code': '403', 'x-ingress-name': 'ranged', 'x-original-uri': '/x?a=b', 'x-request-id': 'r-1', 'x-format': 'text/plain' } }, expectOn: { traefik: traefikPage(403, { 'x-request-id': 'r-1' }) } },
      { host: 'ranged.foo.com', path: '/open/status/418', expect: { status: 200, by: 'fallback', path: '/', headers: { 'x-code': '418', 'x-ingress-name': 'open', 'x-service-name': 'echo', 'x-format': null } }, expectOn: { traefik: traefikPage(418) } },
      { host: 'ranged.foo.com', path: '/open/status/404', expect: { status: 404, by: 'echo', emptyBody: true } },
    ],
  },
  {
    source: 'ingressc',
    it: 'a default-backend Service without ready endpoints is not used',
    translation: 'controller.go: "custom backend is valid only if contains at least one endpoint": the route\'s own 503 stays',
    ingresses: [{ name: 'both-empty', host: 'both-empty.foo.com', service: 'gone', annotations: { [`${A}default-backend`]: 'pages' } }],
    services: { gone: svc(false), pages: svc(false) },
    requests: [{ host: 'both-empty.foo.com', path: '/', expect: { status: 503, by: null } }],
  },
  {
    source: 'ingressc',
    it: 'a default-backend Service without ready endpoints does not take the error pages: the global default backend does',
    translation: 'DefaultBackendUpstreamName stays "upstream-default-backend" when the annotation\'s Service has no endpoint',
    ingresses: [{ name: 'codes', host: 'codes.foo.com', service: 'echo', annotations: { [`${A}default-backend`]: 'pages', [`${A}custom-http-errors`]: '404' } }],
    services: { pages: svc(false), echo: svc(true), fallback: svc(true) },
    globalDefault: 'fallback',
    requests: [{ host: 'codes.foo.com', path: '/status/404', expect: { status: 200, by: 'fallback', headers: { 'x-code': '404' } }, expectOn: { traefik: traefikPage(404) } }],
  },
  {
    source: 'ingressc',
    it: 'the default-backend stand-in keeps the route\'s path and its own answer, and a route with endpoints is not affected',
    translation: 'location.Backend becomes the custom default backend only for Services without endpoints; its status goes to the client',
    ingresses: [
      { name: 'standin', host: 'standin.foo.com', path: '/status', service: 'gone', annotations: { [`${A}default-backend`]: 'pages' } },
      { name: 'alive', host: 'standin.foo.com', path: '/', service: 'echo', annotations: { [`${A}default-backend`]: 'pages' } },
    ],
    services: { gone: svc(false), pages: svc(true), echo: svc(true) },
    requests: [
      {
        host: 'standin.foo.com',
        path: '/status/v1?k=v',
        expect: { status: 200, by: 'pages', path: '/status/v1?k=v', headers: { 'x-code': '503', 'x-service-name': 'gone', 'x-format': null } },
        // Caddy's header "set" sends the empty placeholder (support row: X-Format empty without Accept).
        headersNotOn: { caddy: ['x-format'] },
      },
      { host: 'standin.foo.com', path: '/status/418', expect: { status: 418, by: 'pages' } },
      { host: 'standin.foo.com', path: '/', expect: { status: 200, by: 'echo', headers: { 'x-code': null } } },
    ],
  },
  {
    source: 'ingressc',
    it: 'the stand-in in ingress-nginx\'s regex mode (use-regex)',
    translation: 'a regex location whose Service has no endpoints is answered by the default-backend Service with the same headers',
    ingresses: [{ name: 'regex', host: 'regex.foo.com', path: '/api/[0-9]+', pathType: 'ImplementationSpecific', service: 'gone', annotations: { [`${A}default-backend`]: 'pages', [`${A}use-regex`]: 'true' } }],
    services: { gone: svc(false), pages: svc(true) },
    requests: [
      { host: 'regex.foo.com', path: '/api/12', headers: { Accept: 'application/json' }, expect: { status: 200, by: 'pages', path: '/api/12', headers: { 'x-code': '503', 'x-service-name': 'gone', 'x-format': 'application/json' } }, headersNotOn: { traefik: ['x-format'], 'gateway-api': ['x-format'] } },
      { host: 'regex.foo.com', path: '/api/x', expect: { status: 404, by: null } },
    ],
  },
  {
    source: 'e2e-annotations/proxy.go',
    it: 'should set proxy_redirect to off',
    translation: '"proxy_redirect off;" → a Location or Refresh header of the backend reaches the client unchanged (proxy-redirect-to is then ignored)',
    ingresses: [{ name: 'redirect-off', host: 'proxy.foo.com', service: 'echo', annotations: { [`${A}proxy-redirect-from`]: 'off', [`${A}proxy-redirect-to`]: 'goodbye.com' } }],
    services: { echo: svc(true) },
    requests: [{ host: 'proxy.foo.com', path: '/?header=Location%3Ahello.com%2Fa&header=Refresh%3A5%3B%20url%3Dhello.com%2Fr', expect: { status: 200, by: 'echo', responseHeaders: { location: 'hello.com/a', refresh: '5; url=hello.com/r' } } }],
  },
  {
    source: 'e2e-annotations/proxy.go',
    it: 'should set proxy_redirect to default',
    translation: '"proxy_redirect default;" with ingress-nginx\'s "proxy_pass http://upstream_balancer;" is nginx\'s "http://upstream_balancer/" → "/" (then made absolute with the request\'s host, port_in_redirect off): only such a Location changes',
    ingresses: [{ name: 'redirect-default', host: 'proxy.foo.com', service: 'echo', annotations: { [`${A}proxy-redirect-from`]: 'default', [`${A}proxy-redirect-to`]: 'goodbye.com' } }],
    services: { echo: svc(true) },
    requests: [
      { host: 'proxy.foo.com', path: '/?header=Location%3Ahttp%3A%2F%2Fupstream_balancer%2Fx%2Fy%3Fz%3D1', expect: { status: 200, by: 'echo', responseHeaders: { location: 'http://proxy.foo.com/x/y?z=1' } } },
      { host: 'proxy.foo.com', path: '/?header=Location%3Ahttp%3A%2F%2Fhello.com%2Fx', expect: { status: 200, by: 'echo', responseHeaders: { location: 'http://hello.com/x' } } },
      // nginx makes the rewritten Location absolute with the host it validated (lowercase, no port).
      { host: 'Proxy.FOO.com:8080', path: '/?header=Location%3Ahttp%3A%2F%2Fupstream_balancer%2F', expect: { status: 200, by: 'echo', responseHeaders: { location: 'http://proxy.foo.com/' } }, skipOn: { caddy: 'keeps the Host header\'s case (partial row)' } },
    ],
  },
  {
    source: 'e2e-annotations/proxy.go',
    it: 'should set proxy_redirect to hello.com goodbye.com',
    translation: '"proxy_redirect hello.com goodbye.com;" → a Location (or the url= of a Refresh) starting with "hello.com" gets "goodbye.com" in its place; "http://hello.com/..." does not start with it and is kept; the comparison is case-sensitive',
    ingresses: [{ name: 'redirect-pair', host: 'proxy.foo.com', service: 'echo', annotations: { [`${A}proxy-redirect-from`]: 'hello.com', [`${A}proxy-redirect-to`]: 'goodbye.com' } }],
    services: { echo: svc(true) },
    requests: [
      { host: 'proxy.foo.com', path: '/?header=Location%3Ahello.com%2Fa%3Fb%3Dc&header=Refresh%3A5%3B%20url%3Dhello.com%2Fr', expect: { status: 200, by: 'echo', responseHeaders: { location: 'goodbye.com/a?b=c', refresh: '5; url=goodbye.com/r' } } },
      { host: 'proxy.foo.com', path: '/?header=Location%3Ahttp%3A%2F%2Fhello.com%2Fa', expect: { status: 200, by: 'echo', responseHeaders: { location: 'http://hello.com/a' } } },
      { host: 'proxy.foo.com', path: '/?header=Location%3AHELLO.com%2Fa', expect: { status: 200, by: 'echo', responseHeaders: { location: 'HELLO.com/a' } } },
    ],
  },
  {
    source: 'e2e-annotations/proxy.go',
    it: 'should setup proxy cookies',
    translation: '"proxy_cookie_domain localhost example.org; proxy_cookie_path /one/ /;" → Set-Cookie domain=localhost (any case, a leading dot kept) becomes example.org, a path starting with /one/ gets / in place of that prefix; other cookies are unchanged',
    ingresses: [{ name: 'cookies', host: 'proxy.foo.com', service: 'echo', annotations: { [`${A}proxy-cookie-domain`]: 'localhost example.org', [`${A}proxy-cookie-path`]: '/one/ /' } }],
    services: { echo: svc(true) },
    requests: [
      {
        host: 'proxy.foo.com',
        path: '/?header=Set-Cookie%3Aa%3D1%3B%20Domain%3Dlocalhost%3B%20Path%3D%2Fone%2Ftwo&header=Set-Cookie%3Ab%3D2%3B%20path%3D%2Fone%3B%20domain%3D.LocalHost&header=Set-Cookie%3Ac%3D3%3B%20Domain%3Dlocalhost.net%3B%20Path%3D%2Fother%2Fone%2F',
        expect: { status: 200, by: 'echo', responseHeaders: { 'set-cookie': ['a=1; Domain=example.org; Path=/two', 'b=2; path=/one; domain=.example.org', 'c=3; Domain=localhost.net; Path=/other/one/'] } },
      },
    ],
  },
  {
    source: 'ingressc',
    it: 'response rewrites on a route of ingress-nginx\'s regex mode (use-regex), and not on another Ingress of the host',
    translation: 'proxy_redirect is a location directive: only the locations of the Ingress that sets it',
    ingresses: [
      { name: 'rx', host: 'rx.foo.com', path: '/r/[a-z]+', pathType: 'ImplementationSpecific', service: 'echo', annotations: { [`${A}use-regex`]: 'true', [`${A}proxy-redirect-from`]: 'hello.com', [`${A}proxy-redirect-to`]: 'goodbye.com' } },
      { name: 'plain', host: 'rx.foo.com', path: '/', service: 'echo', annotations: {} },
    ],
    services: { echo: svc(true) },
    requests: [
      { host: 'rx.foo.com', path: '/r/abc?header=Location%3Ahello.com%2Fz', expect: { status: 200, by: 'echo', responseHeaders: { location: 'goodbye.com/z' } } },
      { host: 'rx.foo.com', path: '/other?header=Location%3Ahello.com%2Fz', expect: { status: 200, by: 'echo', responseHeaders: { location: 'hello.com/z' } } },
    ],
  },
];

