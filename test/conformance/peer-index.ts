/**
 * Every test case of the peer suites whose behaviour ingressc ports (README "Conformance"), one row per
 * upstream case, with what became of it. The suites:
 * - kubernetes/ingress-nginx @ dbb11b92ddb77bee9c35e462479129354c84f939 (v1.15.1): test/e2e/annotations/*.go
 *   ("ingress-nginx/e2e-annotations/<file>.go"; modsecurity/modsecurity.go as modsecurity__modsecurity.go) and
 *   test/e2e/{ingress,defaultbackend,servicebackend,settings}/*.go ("ingress-nginx/e2e-core/<folder>__<file>.go"),
 *   one row per ginkgo It(...);
 * - kubernetes-sigs/ingress2gateway @ 89ab0cddae84ceee77b42389cdc8dcdcd8cb08c6: provider_ingressnginx_test.go,
 *   one row per t.Run(...) test case (the t.Run "to Istio" only groups three of them and has no row).
 * `line` is the It's line in that file at that commit; `it` is its text, verbatim (a short title quoted for
 * citation, see third_party/conformance/SOURCES.md). A row is
 * - ported: `where` is the repository file that runs it, citing the It text (for a .feature file, in the
 *   comments above `scenario` or in its title); test/unit/peer-index.test.ts checks every citation;
 * - not-applicable: `reason` says why (checked against `ingressc annotations`, the support matrix);
 * - todo: applicable but not ported yet; `reason` says what it needs.
 */

export type PeerStatus = 'ported' | 'not-applicable' | 'todo';

/** The three suites, as counted in README "Conformance". */
export const PEER_SOURCES = ['ingress-nginx/e2e-annotations', 'ingress-nginx/e2e-core', 'ingress2gateway'] as const;
export type PeerSource = (typeof PEER_SOURCES)[number];

interface PeerCaseBase {
  /** The suite's file, as named above. */
  file: string;
  line: number;
  /** The enclosing ginkgo Context (t.Run parents for ingress2gateway), when there is one. */
  context?: string;
  it: string;
  /** Inside a comment block upstream (not run there): ported all the same. */
  commentedOut?: true;
}

export type PeerCase = PeerCaseBase &
  ({ status: 'ported'; where: string; scenario?: string } | { status: 'not-applicable'; reason: string } | { status: 'todo'; reason: string });

const ported = (where: string, scenario?: string) => ({ status: 'ported' as const, where, ...(scenario !== undefined ? { scenario } : {}) });
const notApplicable = (reason: string) => ({ status: 'not-applicable' as const, reason });
const todo = (reason: string) => ({ status: 'todo' as const, reason });

export const peerSourceOf = (file: string): PeerSource => {
  const source = PEER_SOURCES.find((s) => file.startsWith(`${s}/`));
  if (!source) throw new Error(`${file}: not a file of ${PEER_SOURCES.join(', ')}`);
  return source;
};

// Where the ported cases run.
const ACCESS_LOG_TEST = 'test/e2e/access-log.test.ts';
const AFFINITY_FEATURE = 'test/conformance/ingress-nginx/affinity.feature';
const AFFINITY_REGEX_FEATURE = 'test/conformance/ingress-nginx/affinity-regex.feature';
const ALIAS_FEATURE = 'test/conformance/ingress-nginx/alias.feature';
const APPROOT_FEATURE = 'test/conformance/ingress-nginx/approot.feature';
const AUTH_CASES = 'test/conformance/ingress-nginx/auth-cases.ts';
const AUTH_HEADERS_CASES = 'test/conformance/ingress-nginx/auth-headers-cases.ts';
const BACKEND_CASES = 'test/conformance/ingress-nginx/backend-cases.ts';
const BODY_SIZE_TEST = 'test/unit/body-size.test.ts';
const CANARY_CASES = 'test/conformance/ingress-nginx/canary-cases.ts';
const CANARY_FEATURE = 'test/conformance/ingress-nginx/canary.feature';
const CASES = 'test/conformance/ingress-nginx/cases.ts';
const CLIENTCERT_CASES = 'test/conformance/ingress-nginx/clientcert-cases.ts';
const CONTROLLER_CONFIG_TEST = 'test/e2e/controller-config.test.ts';
const CORS_FEATURE = 'test/conformance/ingress-nginx/cors.feature';
const ERRORS_CASES = 'test/conformance/ingress-nginx/errors-cases.ts';
const FROMTOWWWREDIRECT_FEATURE = 'test/conformance/ingress-nginx/fromtowwwredirect.feature';
const HEADERS_CASES = 'test/conformance/ingress-nginx/headers-cases.ts';
const I2G_CORS_FEATURE = 'test/conformance/ingress2gateway/cors.feature';
const I2G_PATHS_AND_TLS_FEATURE = 'test/conformance/ingress2gateway/paths-and-tls.feature';
const LIMIT_CASES = 'test/conformance/ingress-nginx/limit-cases.ts';
const MIRROR_CASES = 'test/conformance/ingress-nginx/mirror-cases.ts';
const PATHTYPE_FEATURE = 'test/conformance/ingress-nginx/pathtype.feature';
const REDIRECT_FEATURE = 'test/conformance/ingress-nginx/redirect.feature';
const RELATIVEREDIRECTS_FEATURE = 'test/conformance/ingress-nginx/relativeredirects.feature';
const REWRITE_FEATURE = 'test/conformance/ingress-nginx/rewrite.feature';
const SSLPASSTHROUGH_FEATURE = 'test/conformance/ingress-nginx/sslpassthrough.feature';
const SSLREDIRECT_FEATURE = 'test/conformance/ingress-nginx/sslredirect.feature';
const TUNING_CASES = 'test/conformance/ingress-nginx/tuning-cases.ts';
const UPSTREAMHASHBY_FEATURE = 'test/conformance/ingress-nginx/upstreamhashby.feature';
const UPSTREAM_TEST = 'test/conformance/ingress-nginx/upstream.test.ts';
const XFORWARDEDPREFIX_FEATURE = 'test/conformance/ingress-nginx/xforwardedprefix.feature';

// Why a case is not applicable, or not ported yet.
const SNIPPET = 'snippets are refused by design: a *-snippet annotation is a located error (IC2080), a ConfigMap snippet key too (IC2302); --allow-snippets compiles without them (IC2082, IC2303): no snippet text reaches an output';
const MODSEC = "ModSecurity: no WAF in any target; enable-modsecurity and enable-owasp-core-rules (and the ConfigMap's enable-modsecurity, enable-owasp-modsecurity-crs) fail compile (error), modsecurity-snippet is refused (IC2080), see matrix";
const FASTCGI = "FastCGI backends are refused on every target: backend-protocol FCGI is a located error (IC2220, ported as backendprotocol.go's fastcgi_pass case), fastcgi-index and fastcgi-params-configmap fail compile (error), see matrix";
const PUSH = 'nginx.conf text only (http2_push_preload on): HTTP/2 server push is gone from nginx 1.25.1 and from browsers; http2-push-preload is a warning on every target (matrix)';
const REWRITE_LOG = 'nginx.conf text only: rewrite_log is a logging directive (debug lines in the error log) with no observable behaviour; enable-rewrite-log is a warning (matrix)';
const ACCESS_LOG_CM = 'access logging only (access_log off; the response is a plain 200): ingressc compiles routing, not logging; disable-access-log, disable-http-access-log and disable-stream-access-log are warnings (IC3152, matrix)';
const DEFAULT_BACKEND_LOG = "access logging only (the log lines of the default backend's 404, which is ported in errors-cases.ts): ingressc compiles routing, not logging; enable-access-log-for-default-backend is a warning (matrix)";
const AUTH_CACHE_TEXT = 'nginx.conf text only ($cache_key, proxy_cache_valid): ingressc does not cache external-auth answers, every request asks the auth service; auth-cache-key and auth-cache-duration are warnings (matrix)';
const AUTH_CACHE = 'the auth cache answering after the auth service is gone: ingressc does not cache external-auth answers (every request asks the auth service, never more open); auth-cache-key and auth-cache-duration are warnings (matrix)';
const AUTH_KEEPALIVE = 'nginx.conf text only (an upstream block and set_all_vars for the auth service): connection reuse to the auth service changes no answer; auth-keepalive* are warnings (matrix)';
const AUTH_ERROR_TEXT = 'nginx.conf text only (an error comment in the denied location): ingressc refuses the invalid auth-url with a located compile error (IC2260), asserted by the ported sibling It("should return 503 (location was denied)")';
const MATCH_CN_RELOAD = 'a controller reload check: ingressc has no running configuration to reload, each Ingress state compiles afresh; both states are ported (the 403 and 200 auth-tls-match-cn cases above)';
const EXTERNAL_NAME_SYNC = "controller sync over time (the Service changed, added or deleted between requests): ingressc compiles one snapshot of its inputs; each snapshot's routing is what the other ExternalName rows check";

export const PEER_CASES: readonly PeerCase[] = [
  { file: 'ingress-nginx/e2e-annotations/affinity.go', line: 50, it: 'should set sticky cookie SERVERID', ...ported(AFFINITY_FEATURE, 'the cookie is set (should set sticky cookie SERVERID)') },
  { file: 'ingress-nginx/e2e-annotations/affinity.go', line: 72, it: 'should change cookie name on ingress definition change', ...ported(AFFINITY_FEATURE, 'a new cookie name after an update (should change cookie name on ingress definition change)') },
  { file: 'ingress-nginx/e2e-annotations/affinity.go', line: 107, it: 'should set the path to /something on the generated cookie', ...ported(AFFINITY_FEATURE, 'the Path is the Ingress path (should set the path to /something on the generated cookie)') },
  { file: 'ingress-nginx/e2e-annotations/affinity.go', line: 129, it: "does not set the path to / on the generated cookie if there's more than one rule referring to the same backend", ...ported(AFFINITY_FEATURE, "each path its own Path (does not set the path to / on the generated cookie if there's more than one rule referring to the same backend)") },
  { file: 'ingress-nginx/e2e-annotations/affinity.go', line: 202, it: 'should set cookie with expires', ...ported(AFFINITY_FEATURE, 'Expires and Max-Age (should set cookie with expires)') },
  { file: 'ingress-nginx/e2e-annotations/affinity.go', line: 234, it: 'should set cookie with domain', ...ported(AFFINITY_FEATURE, 'Domain (should set cookie with domain)') },
  { file: 'ingress-nginx/e2e-annotations/affinity.go', line: 257, it: 'should not set cookie without domain annotation', ...ported(AFFINITY_FEATURE, 'no Domain (should not set cookie without domain annotation)') },
  { file: 'ingress-nginx/e2e-annotations/affinity.go', line: 279, it: 'should work with use-regex annotation and session-cookie-path', ...ported(AFFINITY_REGEX_FEATURE, 'the cookie Path is session-cookie-path (should work with use-regex annotation and session-cookie-path)') },
  { file: 'ingress-nginx/e2e-annotations/affinity.go', line: 303, it: 'should warn user when use-regex is true and session-cookie-path is not set', ...ported(AFFINITY_REGEX_FEATURE, 'without session-cookie-path the request is served (should warn user when use-regex is true and session-cookie-path is not set)') },
  { file: 'ingress-nginx/e2e-annotations/affinity.go', line: 329, it: 'should not set affinity across all server locations when using separate ingresses', ...ported(AFFINITY_FEATURE, 'only the Ingress with affinity sets the cookie (should not set affinity across all server locations when using separate ingresses)') },
  { file: 'ingress-nginx/e2e-annotations/affinity.go', line: 361, it: 'should set sticky cookie without host', ...ported(AFFINITY_FEATURE, 'a rule without host (should set sticky cookie without host)') },
  { file: 'ingress-nginx/e2e-annotations/affinity.go', line: 381, it: 'should work with server-alias annotation', ...ported(AFFINITY_FEATURE, 'the aliases set the cookie too (should work with server-alias annotation)') },
  { file: 'ingress-nginx/e2e-annotations/affinity.go', line: 421, it: 'should set secure in cookie with provided true annotation on http', ...ported(AFFINITY_FEATURE, 'Secure when asked (should set secure in cookie with provided true annotation on http)') },
  { file: 'ingress-nginx/e2e-annotations/affinity.go', line: 444, it: 'should not set secure in cookie with provided false annotation on http', ...ported(AFFINITY_FEATURE, 'no Secure on HTTP (should not set secure in cookie with provided false annotation on http)') },
  { file: 'ingress-nginx/e2e-annotations/affinity.go', line: 467, it: 'should set secure in cookie with provided false annotation on https', ...ported(AFFINITY_FEATURE, 'Secure on HTTPS (should set secure in cookie with provided false annotation on https)') },
  { file: 'ingress-nginx/e2e-annotations/affinitymode.go', line: 36, it: 'Balanced affinity mode should balance', ...ported(AFFINITY_FEATURE, 'balanced mode (the default) is sticky too') },
  { file: 'ingress-nginx/e2e-annotations/affinitymode.go', line: 69, it: 'Check persistent affinity mode', ...ported(AFFINITY_FEATURE, 'requests with the cookie stay on one endpoint (affinitymode.go "Check persistent affinity mode", without the redeployments)') },
  { file: 'ingress-nginx/e2e-annotations/alias.go', line: 38, it: "should return status code 200 for host 'foo' and 404 for 'bar'", ...ported(ALIAS_FEATURE, "without an alias only the host answers (should return status code 200 for host 'foo' and 404 for 'bar')") },
  { file: 'ingress-nginx/e2e-annotations/alias.go', line: 64, it: "should return status code 200 for host 'foo' and 'bar'", ...ported(ALIAS_FEATURE, "the alias answers like the host (should return status code 200 for host 'foo' and 'bar')") },
  { file: 'ingress-nginx/e2e-annotations/alias.go', line: 89, it: 'should return status code 200 for hosts defined in two ingresses, different path with one alias', ...ported(ALIAS_FEATURE, "the alias serves every Ingress's paths of the host (should return status code 200 for hosts defined in two ingresses, different path with one alias)") },
  { file: 'ingress-nginx/e2e-annotations/approot.go', line: 35, it: 'should redirect to /foo', ...ported(APPROOT_FEATURE, '"/" redirects to the app root (should redirect to /foo)') },
  { file: 'ingress-nginx/e2e-annotations/auth.go', line: 52, it: 'should return status code 200 when no authentication is configured', ...ported(AUTH_CASES) },
  { file: 'ingress-nginx/e2e-annotations/auth.go', line: 71, it: 'should return status code 503 when authentication is configured with an invalid secret', ...ported(AUTH_CASES) },
  { file: 'ingress-nginx/e2e-annotations/auth.go', line: 95, it: 'should return status code 401 when authentication is configured but Authorization header is not configured', ...ported(AUTH_CASES) },
  { file: 'ingress-nginx/e2e-annotations/auth.go', line: 122, it: 'should return status code 401 when authentication is configured and Authorization header is sent with invalid credentials', ...ported(AUTH_CASES) },
  { file: 'ingress-nginx/e2e-annotations/auth.go', line: 150, it: 'should return status code 401 and cors headers when authentication and cors is configured but Authorization header is not configured', ...ported(AUTH_CASES) },
  { file: 'ingress-nginx/e2e-annotations/auth.go', line: 178, it: 'should return status code 200 when authentication is configured and Authorization header is sent', ...ported(AUTH_CASES) },
  { file: 'ingress-nginx/e2e-annotations/auth.go', line: 205, it: 'should return status code 200 when authentication is configured with a map and Authorization header is sent', ...ported(AUTH_CASES) },
  { file: 'ingress-nginx/e2e-annotations/auth.go', line: 233, it: 'should return status code 401 when authentication is configured with invalid content and Authorization header is sent', ...ported(AUTH_CASES) },
  { file: 'ingress-nginx/e2e-annotations/auth.go', line: 272, it: 'should set snippet "proxy_set_header My-Custom-Header 42;" when external auth is configured', ...notApplicable(SNIPPET) },
  { file: 'ingress-nginx/e2e-annotations/auth.go', line: 292, it: 'should not set snippet "proxy_set_header My-Custom-Header 42;" when external auth is not configured', ...notApplicable(SNIPPET) },
  { file: 'ingress-nginx/e2e-annotations/auth.go', line: 311, it: 'should set "proxy_set_header "My-Custom-Header" "42";" when auth-headers are set', ...ported(AUTH_HEADERS_CASES) },
  { file: 'ingress-nginx/e2e-annotations/auth.go', line: 332, it: 'should set cache_key when external auth cache is configured', ...notApplicable(AUTH_CACHE_TEXT) },
  { file: 'ingress-nginx/e2e-annotations/auth.go', line: 420, context: 'cookie set by external authentication server', it: 'user retains cookie by default', ...ported(AUTH_CASES) },
  { file: 'ingress-nginx/e2e-annotations/auth.go', line: 431, context: 'cookie set by external authentication server', it: 'user does not retain cookie if upstream returns error status code', ...ported(AUTH_CASES) },
  { file: 'ingress-nginx/e2e-annotations/auth.go', line: 442, context: 'cookie set by external authentication server', it: 'user with annotated ingress retains cookie if upstream returns error status code', ...ported(AUTH_CASES) },
  { file: 'ingress-nginx/e2e-annotations/auth.go', line: 481, context: 'when external authentication is configured', it: 'should return status code 200 when signed in', ...ported(AUTH_CASES) },
  { file: 'ingress-nginx/e2e-annotations/auth.go', line: 490, context: 'when external authentication is configured', it: 'should redirect to signin url when not signed in', ...ported(AUTH_CASES) },
  { file: 'ingress-nginx/e2e-annotations/auth.go', line: 501, context: 'when external authentication is configured', it: 'keeps processing new ingresses even if one of the existing ingresses is misconfigured', ...ported(AUTH_CASES) },
  { file: 'ingress-nginx/e2e-annotations/auth.go', line: 525, context: 'when external authentication is configured', it: 'should overwrite Foo header with auth response', ...ported(AUTH_CASES) },
  { file: 'ingress-nginx/e2e-annotations/auth.go', line: 548, context: 'when external authentication is configured', it: 'should not create additional upstream block when auth-keepalive is not set', ...notApplicable(AUTH_KEEPALIVE) },
  { file: 'ingress-nginx/e2e-annotations/auth.go', line: 566, context: 'when external authentication is configured', it: 'should not create additional upstream block when host part of auth-url contains a variable', ...notApplicable(AUTH_KEEPALIVE) },
  { file: 'ingress-nginx/e2e-annotations/auth.go', line: 586, context: 'when external authentication is configured', it: 'should not create additional upstream block when auth-keepalive is negative', ...notApplicable(AUTH_KEEPALIVE) },
  { file: 'ingress-nginx/e2e-annotations/auth.go', line: 605, context: 'when external authentication is configured', it: 'should not create additional upstream block when auth-keepalive is set with HTTP/2', ...notApplicable(AUTH_KEEPALIVE) },
  { file: 'ingress-nginx/e2e-annotations/auth.go', line: 619, context: 'when external authentication is configured', it: 'should create additional upstream block when auth-keepalive is set with HTTP/1.x', ...notApplicable(AUTH_KEEPALIVE) },
  { file: 'ingress-nginx/e2e-annotations/auth.go', line: 641, context: 'when external authentication is configured', it: 'should disable set_all_vars when auth-keepalive-share-vars is not set', ...notApplicable(AUTH_KEEPALIVE) },
  { file: 'ingress-nginx/e2e-annotations/auth.go', line: 660, context: 'when external authentication is configured', it: 'should enable set_all_vars when auth-keepalive-share-vars is true', ...notApplicable(AUTH_KEEPALIVE) },
  { file: 'ingress-nginx/e2e-annotations/auth.go', line: 701, context: 'when external authentication is configured with a custom redirect param', it: 'should return status code 200 when signed in', ...ported(AUTH_CASES) },
  { file: 'ingress-nginx/e2e-annotations/auth.go', line: 710, context: 'when external authentication is configured with a custom redirect param', it: 'should redirect to signin url when not signed in', ...ported(AUTH_CASES) },
  { file: 'ingress-nginx/e2e-annotations/auth.go', line: 721, context: 'when external authentication is configured with a custom redirect param', it: 'keeps processing new ingresses even if one of the existing ingresses is misconfigured', ...ported(AUTH_CASES) },
  { file: 'ingress-nginx/e2e-annotations/auth.go', line: 780, context: 'when external authentication with caching is configured', it: 'should return status code 200 when signed in after auth backend is deleted ', ...notApplicable(AUTH_CACHE) },
  { file: 'ingress-nginx/e2e-annotations/auth.go', line: 800, context: 'when external authentication with caching is configured', it: 'should deny login for different location on same server', ...notApplicable(AUTH_CACHE) },
  { file: 'ingress-nginx/e2e-annotations/auth.go', line: 828, context: 'when external authentication with caching is configured', it: 'should deny login for different servers', ...notApplicable(AUTH_CACHE) },
  { file: 'ingress-nginx/e2e-annotations/auth.go', line: 857, context: 'when external authentication with caching is configured', it: 'should redirect to signin url when not signed in', ...ported(AUTH_CASES) },
  { file: 'ingress-nginx/e2e-annotations/auth.go', line: 887, context: 'with invalid auth-url should deny whole location', it: 'should return 503 (location was denied)', ...ported(AUTH_CASES) },
  { file: 'ingress-nginx/e2e-annotations/auth.go', line: 895, context: 'with invalid auth-url should deny whole location', it: 'should add error to the config', ...notApplicable(AUTH_ERROR_TEXT) },
  { file: 'ingress-nginx/e2e-annotations/authtls.go', line: 38, it: 'should set sslClientCertificate, sslVerifyClient and sslVerifyDepth with auth-tls-secret', ...ported(CLIENTCERT_CASES) },
  { file: 'ingress-nginx/e2e-annotations/authtls.go', line: 86, it: 'should set valid auth-tls-secret, sslVerify to off, and sslVerifyDepth to 2', ...ported(CLIENTCERT_CASES) },
  { file: 'ingress-nginx/e2e-annotations/authtls.go', line: 116, it: 'should 302 redirect to error page instead of 400 when auth-tls-error-page is set', ...ported(CLIENTCERT_CASES) },
  { file: 'ingress-nginx/e2e-annotations/authtls.go', line: 163, it: 'should pass URL-encoded certificate to upstream', ...ported(CLIENTCERT_CASES) },
  { file: 'ingress-nginx/e2e-annotations/authtls.go', line: 208, it: 'should validate auth-tls-verify-client', ...ported(CLIENTCERT_CASES) },
  { file: 'ingress-nginx/e2e-annotations/authtls.go', line: 267, it: 'should return 403 using auth-tls-match-cn with no matching CN from client', ...ported(CLIENTCERT_CASES) },
  { file: 'ingress-nginx/e2e-annotations/authtls.go', line: 296, it: 'should return 200 using auth-tls-match-cn with matching CN from client', ...ported(CLIENTCERT_CASES) },
  { file: 'ingress-nginx/e2e-annotations/authtls.go', line: 325, it: 'should reload the nginx config when auth-tls-match-cn is updated', ...notApplicable(MATCH_CN_RELOAD) },
  { file: 'ingress-nginx/e2e-annotations/authtls.go', line: 368, it: 'should return 200 using auth-tls-match-cn where atleast one of the regex options matches CN from client', ...ported(CLIENTCERT_CASES) },
  { file: 'ingress-nginx/e2e-annotations/backendprotocol.go', line: 36, it: 'should set backend protocol to https:// and use proxy_pass', ...ported(BACKEND_CASES) },
  { file: 'ingress-nginx/e2e-annotations/backendprotocol.go', line: 51, it: 'should set backend protocol to https:// and use proxy_pass with lowercase annotation', ...ported(BACKEND_CASES) },
  { file: 'ingress-nginx/e2e-annotations/backendprotocol.go', line: 66, it: 'should set backend protocol to $scheme:// and use proxy_pass', ...ported(BACKEND_CASES) },
  { file: 'ingress-nginx/e2e-annotations/backendprotocol.go', line: 81, it: 'should set backend protocol to grpc:// and use grpc_pass', ...ported(BACKEND_CASES) },
  { file: 'ingress-nginx/e2e-annotations/backendprotocol.go', line: 96, it: 'should set backend protocol to grpcs:// and use grpc_pass', ...ported(BACKEND_CASES) },
  { file: 'ingress-nginx/e2e-annotations/backendprotocol.go', line: 111, it: "should set backend protocol to '' and use fastcgi_pass", ...ported(BACKEND_CASES) },
  { file: 'ingress-nginx/e2e-annotations/canary.go', line: 45, context: 'when canary is created', it: 'should response with a 200 status from the mainline upstream when requests are made to the mainline ingress', ...ported(CANARY_FEATURE, 'a request without the header goes to the main Service (mainline upstream)') },
  { file: 'ingress-nginx/e2e-annotations/canary.go', line: 89, context: 'when canary is created', it: 'should return 404 status for requests to the canary if no matching ingress is found', ...ported(CANARY_FEATURE, 'a canary without a main Ingress serves nothing') },
  { file: 'ingress-nginx/e2e-annotations/canary.go', line: 120, context: 'when canary is created', commentedOut: true, it: 'should return the correct status codes when endpoints are unavailable', ...ported(CANARY_CASES) },
  { file: 'ingress-nginx/e2e-annotations/canary.go', line: 174, context: 'when canary is created', it: 'should route requests to the correct upstream if mainline ingress is created before the canary ingress', ...ported(CANARY_FEATURE, 'header never and always (main Ingress created first)') },
  { file: 'ingress-nginx/e2e-annotations/canary.go', line: 232, context: 'when canary is created', it: 'should route requests to the correct upstream if mainline ingress is created after the canary ingress', ...ported(CANARY_FEATURE, 'header never and always (main Ingress created after the canary)') },
  { file: 'ingress-nginx/e2e-annotations/canary.go', line: 289, context: 'when canary is created', it: 'should route requests to the correct upstream if the mainline ingress is modified', ...ported(CANARY_FEATURE, 'header routing after the main Ingress changes') },
  { file: 'ingress-nginx/e2e-annotations/canary.go', line: 363, context: 'when canary is created', it: 'should route requests to the correct upstream if the canary ingress is modified', ...ported(CANARY_FEATURE, 'header routing after the canary Ingress changes its header') },
  { file: 'ingress-nginx/e2e-annotations/canary.go', line: 445, context: 'when canaried by header with no value', it: 'should route requests to the correct upstream', ...ported(CANARY_FEATURE, 'canary-by-header: always, never, anything else') },
  { file: 'ingress-nginx/e2e-annotations/canary.go', line: 513, context: 'when canaried by header with value', it: 'should route requests to the correct upstream', ...ported(CANARY_FEATURE, 'canary-by-header-value: only the value, not always or never') },
  { file: 'ingress-nginx/e2e-annotations/canary.go', line: 594, context: 'when canaried by header with value and pattern', it: 'should route requests to the correct upstream', ...ported(CANARY_FEATURE, 'canary-by-header-pattern matches case-sensitively') },
  { file: 'ingress-nginx/e2e-annotations/canary.go', line: 647, context: 'when canaried by header with value and pattern', it: 'should route requests to the correct upstream', ...ported(CANARY_FEATURE, 'canary-by-header-value wins over the pattern') },
  { file: 'ingress-nginx/e2e-annotations/canary.go', line: 692, context: 'when canaried by header with value and pattern', it: 'should routes to mainline upstream when the given Regex causes error', ...ported(CANARY_FEATURE, 'an invalid canary-by-header-pattern is refused (should routes to mainline upstream when the given Regex causes error)') },
  { file: 'ingress-nginx/e2e-annotations/canary.go', line: 741, context: 'when canaried by header with value and cookie', it: 'should route requests to the correct upstream', ...ported(CANARY_FEATURE, 'a header that decides nothing falls through to the cookie') },
  { file: 'ingress-nginx/e2e-annotations/canary.go', line: 790, context: 'when canaried by cookie', it: 'respects always and never values', ...ported(CANARY_FEATURE, 'canary-by-cookie: always, never, anything else') },
  { file: 'ingress-nginx/e2e-annotations/canary.go', line: 862, context: 'when canaried by weight', it: 'should route requests only to mainline if canary weight is 0', ...ported(CANARY_FEATURE, 'weight 0 sends nothing to the canary') },
  { file: 'ingress-nginx/e2e-annotations/canary.go', line: 910, context: 'when canaried by weight', it: 'should route requests only to canary if canary weight is 100', ...ported(CANARY_FEATURE, 'weight 100 sends everything to the canary') },
  { file: 'ingress-nginx/e2e-annotations/canary.go', line: 952, context: 'when canaried by weight', it: 'should route requests only to canary if canary weight is equal to canary weight total', ...ported(CANARY_FEATURE, 'weight equal to canary-weight-total sends everything to the canary') },
  { file: 'ingress-nginx/e2e-annotations/canary.go', line: 995, context: 'when canaried by weight', it: 'should route requests split between mainline and canary if canary weight is 50', ...ported(CANARY_FEATURE, 'weight 50 splits the requests') },
  { file: 'ingress-nginx/e2e-annotations/canary.go', line: 1031, context: 'when canaried by weight', it: 'should route requests split between mainline and canary if canary weight is 100 and weight total is 200', ...ported(CANARY_FEATURE, 'weight 100 of 200 splits the requests') },
  { file: 'ingress-nginx/e2e-annotations/canary.go', line: 1070, context: 'Single canary Ingress', it: 'should not use canary as a catch-all server', ...ported(CANARY_FEATURE, 'a canary Ingress with a defaultBackend is refused (should not use canary as a catch-all server)') },
  { file: 'ingress-nginx/e2e-annotations/canary.go', line: 1104, context: 'Single canary Ingress', it: 'should not use canary with domain as a server', ...ported(CANARY_FEATURE, 'a canary creates no host of its own') },
  { file: 'ingress-nginx/e2e-annotations/canary.go', line: 1138, it: 'does not crash when canary ingress has multiple paths to the same non-matching backend', ...ported(CANARY_FEATURE, 'canary paths without a main path change nothing') },
  { file: 'ingress-nginx/e2e-annotations/canary.go', line: 1175, context: 'canary affinity behavior', it: 'always routes traffic to canary if first request was affinitized to canary (default behavior)', ...ported(CANARY_FEATURE, 'a client the canary served stays on the canary (canary affinity behavior, default)') },
  { file: 'ingress-nginx/e2e-annotations/canary.go', line: 1242, context: 'canary affinity behavior', it: 'always routes traffic to canary if first request was affinitized to canary (explicit sticky behavior)', ...ported(CANARY_FEATURE, 'a client the canary served stays on the canary (canary affinity behavior, explicit sticky)') },
  { file: 'ingress-nginx/e2e-annotations/canary.go', line: 1310, context: 'canary affinity behavior', it: 'routes traffic to either mainline or canary backend (legacy behavior)', ...ported(CANARY_FEATURE, 'with legacy the canary is not sticky (canary affinity behavior, legacy)') },
  { file: 'ingress-nginx/e2e-annotations/clientbodybuffersize.go', line: 37, it: 'should set client_body_buffer_size to 1000', ...ported(CASES) },
  { file: 'ingress-nginx/e2e-annotations/clientbodybuffersize.go', line: 59, it: 'should set client_body_buffer_size to 1K', ...ported(CASES) },
  { file: 'ingress-nginx/e2e-annotations/clientbodybuffersize.go', line: 81, it: 'should set client_body_buffer_size to 1k', ...ported(CASES) },
  { file: 'ingress-nginx/e2e-annotations/clientbodybuffersize.go', line: 103, it: 'should set client_body_buffer_size to 1m', ...ported(CASES) },
  { file: 'ingress-nginx/e2e-annotations/clientbodybuffersize.go', line: 125, it: 'should set client_body_buffer_size to 1M', ...ported(CASES) },
  { file: 'ingress-nginx/e2e-annotations/clientbodybuffersize.go', line: 147, it: 'should not set client_body_buffer_size to invalid 1b', ...ported(BODY_SIZE_TEST) },
  { file: 'ingress-nginx/e2e-annotations/connection.go', line: 35, it: 'set connection header to keep-alive', ...ported(TUNING_CASES) },
  { file: 'ingress-nginx/e2e-annotations/cors.go', line: 40, it: 'should enable cors', ...ported(CORS_FEATURE, 'the defaults (should enable cors)') },
  { file: 'ingress-nginx/e2e-annotations/cors.go', line: 67, it: 'should set cors methods to only allow POST, GET', ...ported(CORS_FEATURE, 'allowed methods (should set cors methods to only allow POST, GET)') },
  { file: 'ingress-nginx/e2e-annotations/cors.go', line: 83, it: 'should set cors max-age', ...ported(CORS_FEATURE, 'max-age (should set cors max-age)') },
  { file: 'ingress-nginx/e2e-annotations/cors.go', line: 99, it: 'should disable cors allow credentials', ...ported(CORS_FEATURE, 'no credentials header (should disable cors allow credentials)') },
  { file: 'ingress-nginx/e2e-annotations/cors.go', line: 115, it: 'should allow origin for cors', ...ported(CORS_FEATURE, 'one allowed origin is echoed (should allow origin for cors)') },
  { file: 'ingress-nginx/e2e-annotations/cors.go', line: 142, it: 'should allow headers for cors', ...ported(CORS_FEATURE, 'allowed headers (should allow headers for cors)') },
  { file: 'ingress-nginx/e2e-annotations/cors.go', line: 158, it: 'should expose headers for cors', ...ported(CORS_FEATURE, 'exposed headers (should expose headers for cors)') },
  { file: 'ingress-nginx/e2e-annotations/cors.go', line: 174, it: 'should allow - single origin for multiple cors values', ...ported(CORS_FEATURE, 'one of several origins (should allow - single origin for multiple cors values)') },
  { file: 'ingress-nginx/e2e-annotations/cors.go', line: 201, it: 'should not allow - single origin for multiple cors values', ...ported(CORS_FEATURE, 'an origin not in the list gets no CORS headers (should not allow - single origin for multiple cors values)') },
  { file: 'ingress-nginx/e2e-annotations/cors.go', line: 221, it: 'should allow correct origins - single origin for multiple cors values', ...ported(CORS_FEATURE, 'an entry without scheme is skipped (should allow correct origins - single origin for multiple cors values)') },
  { file: 'ingress-nginx/e2e-annotations/cors.go', line: 272, it: 'should not break functionality', ...ported(CORS_FEATURE, '"*" allows every request (should not break functionality)') },
  { file: 'ingress-nginx/e2e-annotations/cors.go', line: 296, it: 'should not break functionality - without `*`', ...ported(CORS_FEATURE, 'no list is "*" (should not break functionality - without `*`)') },
  { file: 'ingress-nginx/e2e-annotations/cors.go', line: 319, it: 'should not break functionality with extra domain', ...ported(CORS_FEATURE, '"*" among other entries (should not break functionality with extra domain)') },
  { file: 'ingress-nginx/e2e-annotations/cors.go', line: 343, it: 'should not match', ...ported(CORS_FEATURE, '"." is literal (should not match)') },
  { file: 'ingress-nginx/e2e-annotations/cors.go', line: 363, it: 'should allow - single origin with required port', ...ported(CORS_FEATURE, 'origin with its port (should allow - single origin with required port)') },
  { file: 'ingress-nginx/e2e-annotations/cors.go', line: 391, it: 'should not allow - single origin with port and origin without port', ...ported(CORS_FEATURE, 'a port the entry lacks (should not allow - single origin with port and origin without port)') },
  { file: 'ingress-nginx/e2e-annotations/cors.go', line: 410, it: 'should not allow - single origin without port and origin with required port', ...ported(CORS_FEATURE, 'a port the origin lacks (should not allow - single origin without port and origin with required port)') },
  { file: 'ingress-nginx/e2e-annotations/cors.go', line: 430, it: 'should allow - matching origin with wildcard origin (2 subdomains)', ...ported(CORS_FEATURE, '"*." matches one label (should allow - matching origin with wildcard origin (2 subdomains))') },
  { file: 'ingress-nginx/e2e-annotations/cors.go', line: 473, it: 'should not allow - unmatching origin with wildcard origin (2 subdomains)', ...ported(CORS_FEATURE, '"*." does not match two labels (should not allow - unmatching origin with wildcard origin (2 subdomains))') },
  { file: 'ingress-nginx/e2e-annotations/cors.go', line: 493, it: 'should allow - matching origin+port with wildcard origin', ...ported(CORS_FEATURE, '"*." with a port (should allow - matching origin+port with wildcard origin)') },
  { file: 'ingress-nginx/e2e-annotations/cors.go', line: 520, it: 'should not allow - portless origin with wildcard origin', ...ported(CORS_FEATURE, '"*." with a port the origin lacks (should not allow - portless origin with wildcard origin)') },
  { file: 'ingress-nginx/e2e-annotations/cors.go', line: 540, it: 'should allow correct origins - missing subdomain + origin with wildcard origin and correct origin', ...ported(CORS_FEATURE, '"*." needs a label (should allow correct origins - missing subdomain + origin with wildcard origin and correct origin)') },
  { file: 'ingress-nginx/e2e-annotations/cors.go', line: 576, it: 'should allow - missing origins (should allow all origins)', ...ported(CORS_FEATURE, 'a blank list is "*" (should allow - missing origins (should allow all origins))') },
  { file: 'ingress-nginx/e2e-annotations/cors.go', line: 636, it: 'should allow correct origin but not others - cors allow origin annotations contain trailing comma', ...ported(CORS_FEATURE, 'empty entries are ignored (should allow correct origin but not others - cors allow origin annotations contain trailing comma)') },
  { file: 'ingress-nginx/e2e-annotations/cors.go', line: 673, it: 'should allow - origins with non-http[s] protocols', ...ported(CORS_FEATURE, 'other schemes (should allow - origins with non-http[s] protocols)') },
  { file: 'ingress-nginx/e2e-annotations/customheaders.go', line: 40, it: 'should return status code 200 when no custom-headers is configured', ...ported(HEADERS_CASES) },
  { file: 'ingress-nginx/e2e-annotations/customheaders.go', line: 57, it: 'should return status code 503 when custom-headers is configured with an invalid secret', ...ported(HEADERS_CASES) },
  { file: 'ingress-nginx/e2e-annotations/customheaders.go', line: 78, it: 'should set "more_set_headers \'My-Custom-Header\' \'42\';" when custom-headers are set', ...ported(HEADERS_CASES) },
  { file: 'ingress-nginx/e2e-annotations/customhttperrors.go', line: 41, it: 'configures Nginx correctly', ...ported(ERRORS_CASES) },
  { file: 'ingress-nginx/e2e-annotations/default_backend.go', line: 37, context: 'when default backend annotation is enabled', it: 'should use a custom default backend as upstream', ...ported(ERRORS_CASES) },
  { file: 'ingress-nginx/e2e-annotations/disableaccesslog.go', line: 35, it: 'disable-access-log set access_log off', ...notApplicable(ACCESS_LOG_CM) },
  { file: 'ingress-nginx/e2e-annotations/disableaccesslog.go', line: 53, it: 'disable-http-access-log set access_log off', ...notApplicable(ACCESS_LOG_CM) },
  { file: 'ingress-nginx/e2e-annotations/disableaccesslog.go', line: 71, it: 'disable-stream-access-log set access_log off', ...notApplicable(ACCESS_LOG_CM) },
  { file: 'ingress-nginx/e2e-annotations/disableproxyintercepterrors.go', line: 39, it: 'configures Nginx correctly', ...ported(ERRORS_CASES) },
  { file: 'ingress-nginx/e2e-annotations/fastcgi.go', line: 37, it: 'should use fastcgi_pass in the configuration file', ...notApplicable(FASTCGI) },
  { file: 'ingress-nginx/e2e-annotations/fastcgi.go', line: 54, it: 'should add fastcgi_index in the configuration file', ...notApplicable(FASTCGI) },
  { file: 'ingress-nginx/e2e-annotations/fastcgi.go', line: 71, it: 'should add fastcgi_param in the configuration file', ...notApplicable(FASTCGI) },
  { file: 'ingress-nginx/e2e-annotations/fastcgi.go', line: 102, it: 'should return OK for service with backend protocol FastCGI', ...notApplicable(FASTCGI) },
  { file: 'ingress-nginx/e2e-annotations/forcesslredirect.go', line: 34, it: 'should redirect to https', ...ported(SSLREDIRECT_FEATURE, 'force-ssl-redirect without a certificate (should redirect to https)') },
  { file: 'ingress-nginx/e2e-annotations/fromtowwwredirect.go', line: 38, it: 'should redirect from www HTTP to HTTP', ...ported(FROMTOWWWREDIRECT_FEATURE, 'www answers 308 to the host (should redirect from www HTTP to HTTP)') },
  { file: 'ingress-nginx/e2e-annotations/fromtowwwredirect.go', line: 64, it: 'should redirect from www HTTPS to HTTPS', ...ported(FROMTOWWWREDIRECT_FEATURE, 'HTTPS to HTTPS, the host itself is served (should redirect from www HTTPS to HTTPS)') },
  { file: 'ingress-nginx/e2e-annotations/grpc.go', line: 48, it: 'should return OK for service with backend protocol GRPC', ...ported(BACKEND_CASES) },
  { file: 'ingress-nginx/e2e-annotations/grpc.go', line: 109, it: 'authorization metadata should be overwritten by external auth response headers', ...ported(BACKEND_CASES, 'authorization metadata should be overwritten by external auth response headers') },
  { file: 'ingress-nginx/e2e-annotations/grpc.go', line: 170, it: 'should return OK for service with backend protocol GRPCS', ...ported(BACKEND_CASES) },
  { file: 'ingress-nginx/e2e-annotations/grpc.go', line: 237, it: 'should return OK when request not exceed timeout', ...ported(BACKEND_CASES) },
  { file: 'ingress-nginx/e2e-annotations/grpc.go', line: 280, it: 'should return Error when request exceed timeout', ...ported(BACKEND_CASES) },
  { file: 'ingress-nginx/e2e-annotations/http2pushpreload.go', line: 34, it: 'enable the http2-push-preload directive', ...notApplicable(PUSH) },
  { file: 'ingress-nginx/e2e-annotations/ipallowlist.go', line: 34, it: 'should set valid ip allowlist range', ...ported(CASES) },
  { file: 'ingress-nginx/e2e-annotations/ipdenylist.go', line: 35, it: 'only deny explicitly denied IPs, allow all others', ...ported(CASES) },
  { file: 'ingress-nginx/e2e-annotations/ipdenylist.go', line: 86, it: 'only allow explicitly allowed IPs, deny all others', ...ported(CASES) },
  { file: 'ingress-nginx/e2e-annotations/limitconnections.go', line: 38, it: 'should limit-connections', ...ported(LIMIT_CASES) },
  { file: 'ingress-nginx/e2e-annotations/limitrate.go', line: 37, it: 'Check limit-rate annotation', ...ported(LIMIT_CASES) },
  { file: 'ingress-nginx/e2e-annotations/log.go', line: 34, it: 'set access_log off', ...ported(ACCESS_LOG_TEST) },
  { file: 'ingress-nginx/e2e-annotations/log.go', line: 49, it: 'set rewrite_log on', ...notApplicable(REWRITE_LOG) },
  { file: 'ingress-nginx/e2e-annotations/mirror.go', line: 36, it: 'should set mirror-target to http://localhost/mirror', ...ported(MIRROR_CASES) },
  { file: 'ingress-nginx/e2e-annotations/mirror.go', line: 51, it: 'should set mirror-target to https://test.env.com/$request_uri', ...ported(MIRROR_CASES) },
  { file: 'ingress-nginx/e2e-annotations/mirror.go', line: 67, it: 'should disable mirror-request-body', ...ported(MIRROR_CASES) },
  { file: 'ingress-nginx/e2e-annotations/modsecurity__modsecurity.go', line: 46, it: 'should enable modsecurity', ...notApplicable(MODSEC) },
  { file: 'ingress-nginx/e2e-annotations/modsecurity__modsecurity.go', line: 64, it: 'should enable modsecurity with transaction ID and OWASP rules', ...notApplicable(MODSEC) },
  { file: 'ingress-nginx/e2e-annotations/modsecurity__modsecurity.go', line: 85, it: 'should disable modsecurity', ...notApplicable(MODSEC) },
  { file: 'ingress-nginx/e2e-annotations/modsecurity__modsecurity.go', line: 102, it: 'should enable modsecurity with snippet', ...notApplicable(MODSEC) },
  { file: 'ingress-nginx/e2e-annotations/modsecurity__modsecurity.go', line: 124, it: "should enable modsecurity without using 'modsecurity on;'", ...notApplicable(MODSEC) },
  { file: 'ingress-nginx/e2e-annotations/modsecurity__modsecurity.go', line: 147, it: "should disable modsecurity using 'modsecurity off;'", ...notApplicable(MODSEC) },
  { file: 'ingress-nginx/e2e-annotations/modsecurity__modsecurity.go', line: 169, it: 'should enable modsecurity with snippet and block requests', ...notApplicable(MODSEC) },
  { file: 'ingress-nginx/e2e-annotations/modsecurity__modsecurity.go', line: 202, it: 'should enable modsecurity globally and with modsecurity-snippet block requests', ...notApplicable(MODSEC) },
  { file: 'ingress-nginx/e2e-annotations/modsecurity__modsecurity.go', line: 235, it: 'should enable modsecurity when enable-owasp-modsecurity-crs is set to true', ...notApplicable(MODSEC) },
  { file: 'ingress-nginx/e2e-annotations/modsecurity__modsecurity.go', line: 269, it: 'should enable modsecurity through the config map', ...notApplicable(MODSEC) },
  { file: 'ingress-nginx/e2e-annotations/modsecurity__modsecurity.go', line: 309, it: 'should enable modsecurity through the config map but ignore snippet as disabled by admin', ...notApplicable(MODSEC) },
  { file: 'ingress-nginx/e2e-annotations/modsecurity__modsecurity.go', line: 354, it: 'should disable default modsecurity conf setting when modsecurity-snippet is specified', ...notApplicable(MODSEC) },
  { file: 'ingress-nginx/e2e-annotations/preservetrailingslash.go', line: 34, it: 'should allow preservation of trailing slashes', ...ported(SSLREDIRECT_FEATURE, 'preserve-trailing-slash keeps the final "/" (should allow preservation of trailing slashes)') },
  { file: 'ingress-nginx/e2e-annotations/proxy.go', line: 38, it: 'should set proxy_redirect to off', ...ported(ERRORS_CASES) },
  { file: 'ingress-nginx/e2e-annotations/proxy.go', line: 54, it: 'should set proxy_redirect to default', ...ported(ERRORS_CASES) },
  { file: 'ingress-nginx/e2e-annotations/proxy.go', line: 70, it: 'should set proxy_redirect to hello.com goodbye.com', ...ported(ERRORS_CASES) },
  { file: 'ingress-nginx/e2e-annotations/proxy.go', line: 87, it: 'should set proxy client-max-body-size to 8m', ...ported(CASES) },
  { file: 'ingress-nginx/e2e-annotations/proxy.go', line: 102, it: 'should not set proxy client-max-body-size to incorrect value', ...ported(BODY_SIZE_TEST) },
  { file: 'ingress-nginx/e2e-annotations/proxy.go', line: 117, it: 'should set valid proxy timeouts', ...ported(UPSTREAM_TEST) },
  { file: 'ingress-nginx/e2e-annotations/proxy.go', line: 138, it: 'should not set invalid proxy timeouts', ...ported(UPSTREAM_TEST) },
  { file: 'ingress-nginx/e2e-annotations/proxy.go', line: 159, it: 'should turn on proxy-buffering', ...ported(TUNING_CASES) },
  { file: 'ingress-nginx/e2e-annotations/proxy.go', line: 184, it: 'should turn off proxy-request-buffering', ...ported(TUNING_CASES) },
  { file: 'ingress-nginx/e2e-annotations/proxy.go', line: 199, it: 'should build proxy next upstream', ...ported(TUNING_CASES) },
  { file: 'ingress-nginx/e2e-annotations/proxy.go', line: 220, it: 'should setup proxy cookies', ...ported(ERRORS_CASES) },
  { file: 'ingress-nginx/e2e-annotations/proxy.go', line: 238, it: 'should change the default proxy HTTP version', ...ported(TUNING_CASES) },
  { file: 'ingress-nginx/e2e-annotations/proxyssl.go', line: 39, it: 'should set valid proxy-ssl-secret', ...ported(BACKEND_CASES) },
  { file: 'ingress-nginx/e2e-annotations/proxyssl.go', line: 66, it: 'should set valid proxy-ssl-secret, proxy-ssl-verify to on, proxy-ssl-verify-depth to 2, and proxy-ssl-server-name to on', ...ported(BACKEND_CASES) },
  { file: 'ingress-nginx/e2e-annotations/proxyssl.go', line: 96, it: 'should set valid proxy-ssl-secret, proxy-ssl-ciphers to HIGH:!AES', ...ported(BACKEND_CASES) },
  { file: 'ingress-nginx/e2e-annotations/proxyssl.go', line: 124, it: 'should set valid proxy-ssl-secret, proxy-ssl-protocols', ...ported(BACKEND_CASES) },
  { file: 'ingress-nginx/e2e-annotations/proxyssl.go', line: 152, it: 'proxy-ssl-location-only flag should change the nginx config server part', ...ported(BACKEND_CASES, 'proxy-ssl-location-only flag should change the nginx config server part') },
  { file: 'ingress-nginx/e2e-annotations/redirect.go', line: 33, it: 'should respond with a standard redirect code', ...ported(REDIRECT_FEATURE, 'the default code is 301 (should respond with a standard redirect code)') },
  { file: 'ingress-nginx/e2e-annotations/redirect.go', line: 61, it: 'should respond with a custom redirect code', ...ported(REDIRECT_FEATURE, 'permanent-redirect-code 302 (should respond with a custom redirect code)') },
  { file: 'ingress-nginx/e2e-annotations/relativeredirects.go', line: 43, it: 'configures Nginx correctly', ...ported(RELATIVEREDIRECTS_FEATURE, 'relative-redirects alone changes nothing a proxied request sees (configures Nginx correctly)') },
  { file: 'ingress-nginx/e2e-annotations/relativeredirects.go', line: 61, it: 'should respond with absolute URL in Location', ...ported(RELATIVEREDIRECTS_FEATURE, 'a redirect to a path gets an absolute Location (should respond with absolute URL in Location)') },
  { file: 'ingress-nginx/e2e-annotations/relativeredirects.go', line: 85, it: 'should respond with relative URL in Location', ...ported(RELATIVEREDIRECTS_FEATURE, 'relative-redirects keeps the path as the Location (should respond with relative URL in Location)') },
  { file: 'ingress-nginx/e2e-annotations/rewrite.go', line: 39, it: 'should write rewrite logs', ...ported(REWRITE_FEATURE, 'rewrite-target "/" sends the whole path to "/" (should write rewrite logs)') },
  { file: 'ingress-nginx/e2e-annotations/rewrite.go', line: 68, it: 'should use correct longest path match', ...ported(REWRITE_FEATURE, 'a plain path is not rewritten (should use correct longest path match, before)') },
  { file: 'ingress-nginx/e2e-annotations/rewrite.go', line: 113, it: 'should use ~* location modifier if regex annotation is present', ...ported(REWRITE_FEATURE, 'use-regex makes every path of the host a case-insensitive prefix regex (should use ~* location modifier if regex annotation is present)') },
  { file: 'ingress-nginx/e2e-annotations/rewrite.go', line: 160, it: 'should fail to use longest match for documented warning', ...ported(REWRITE_FEATURE, 'an equally long regex sorted first catches the plain path (should fail to use longest match for documented warning)') },
  { file: 'ingress-nginx/e2e-annotations/rewrite.go', line: 192, it: 'should allow for custom rewrite parameters', ...ported(REWRITE_FEATURE, 'capture groups in rewrite-target (should allow for custom rewrite parameters)') },
  { file: 'ingress-nginx/e2e-annotations/satisfy.go', line: 40, it: 'should configure satisfy directive correctly', ...ported(AUTH_CASES) },
  { file: 'ingress-nginx/e2e-annotations/satisfy.go', line: 82, it: 'should allow multiple auth with satisfy any', ...ported(AUTH_CASES) },
  { file: 'ingress-nginx/e2e-annotations/serversnippet.go', line: 35, it: 'add valid directives to server via server snippet', ...notApplicable(SNIPPET) },
  { file: 'ingress-nginx/e2e-annotations/serversnippet.go', line: 64, it: 'drops server snippet if disabled by the administrator', ...notApplicable(SNIPPET) },
  { file: 'ingress-nginx/e2e-annotations/serviceupstream.go', line: 41, context: 'when using the default value (false) and enabling in the annotations', it: 'should use the Service Cluster IP and Port ', ...ported(BACKEND_CASES) },
  { file: 'ingress-nginx/e2e-annotations/serviceupstream.go', line: 69, context: 'when enabling in the configmap', it: 'should use the Service Cluster IP and Port ', ...ported(BACKEND_CASES) },
  { file: 'ingress-nginx/e2e-annotations/serviceupstream.go', line: 97, context: 'when enabling in the configmap and disabling in the annotations', it: 'should not use the Service Cluster IP and Port', ...ported(BACKEND_CASES) },
  { file: 'ingress-nginx/e2e-annotations/snippet.go', line: 34, it: 'set snippet more_set_headers in all locations', ...notApplicable(SNIPPET) },
  { file: 'ingress-nginx/e2e-annotations/snippet.go', line: 66, it: 'drops snippet more_set_header in all locations if disabled by admin', ...notApplicable(SNIPPET) },
  { file: 'ingress-nginx/e2e-annotations/sslciphers.go', line: 35, it: 'should change ssl ciphers', ...ported('test/conformance/ingress-nginx/sslciphers.feature', 'a keyword list with ssl-prefer-server-ciphers "false" still serves HTTPS (should change ssl ciphers)') },
  { file: 'ingress-nginx/e2e-annotations/sslciphers.go', line: 58, it: 'should keep ssl ciphers', ...ported('test/conformance/ingress-nginx/sslciphers.feature', '@STRENGTH and @SECLEVEL are kept, the server\'s order decides (should keep ssl ciphers)') },
  { file: 'ingress-nginx/e2e-annotations/streamsnippet.go', line: 41, it: 'should add value of stream-snippet to nginx config', ...notApplicable(SNIPPET) },
  { file: 'ingress-nginx/e2e-annotations/streamsnippet.go', line: 88, it: 'should add stream-snippet and drop annotations per admin config', ...notApplicable(SNIPPET) },
  { file: 'ingress-nginx/e2e-annotations/upstreamhashby.go', line: 86, it: 'should connect to the same pod', ...ported(UPSTREAMHASHBY_FEATURE, 'upstream-hash-by $request_uri keeps a URI on one pod (should connect to the same pod)') },
  { file: 'ingress-nginx/e2e-annotations/upstreamhashby.go', line: 95, it: 'should connect to the same subset of pods', ...ported(UPSTREAMHASHBY_FEATURE, 'upstream-hash-by-subset spreads a URI over one subset (should connect to the same subset of pods)') },
  { file: 'ingress-nginx/e2e-annotations/upstreamvhost.go', line: 34, it: 'set host to upstreamvhost.bar.com', ...ported(UPSTREAM_TEST) },
  { file: 'ingress-nginx/e2e-annotations/xforwardedprefix.go', line: 35, it: 'should set the X-Forwarded-Prefix to the annotation value', ...ported(XFORWARDEDPREFIX_FEATURE, 'X-Forwarded-Prefix is sent with a rewrite (should set the X-Forwarded-Prefix to the annotation value)') },
  { file: 'ingress-nginx/e2e-annotations/xforwardedprefix.go', line: 57, it: 'should not add X-Forwarded-Prefix if the annotation value is empty', ...ported(XFORWARDEDPREFIX_FEATURE, 'an empty value sends no header (should not add X-Forwarded-Prefix if the annotation value is empty)') },
  { file: 'ingress-nginx/e2e-core/defaultbackend__custom_default_backend.go', line: 36, it: 'uses custom default backend that returns 200 as status code', ...ported(ERRORS_CASES) },
  { file: 'ingress-nginx/e2e-core/defaultbackend__default_backend.go', line: 33, it: 'should return 404 sending requests when only a default backend is running', ...ported(ERRORS_CASES) },
  { file: 'ingress-nginx/e2e-core/defaultbackend__default_backend.go', line: 88, it: 'enables access logging for default backend', ...notApplicable(DEFAULT_BACKEND_LOG) },
  { file: 'ingress-nginx/e2e-core/defaultbackend__default_backend.go', line: 102, it: 'disables access logging for default backend', ...notApplicable(DEFAULT_BACKEND_LOG) },
  { file: 'ingress-nginx/e2e-core/defaultbackend__with_hosts.go', line: 38, it: 'should apply the annotation to the default backend', ...ported(PATHTYPE_FEATURE, "an annotated Ingress's defaultBackend serves its host (should apply the annotation to the default backend)") },
  { file: 'ingress-nginx/e2e-core/ingress__multiple_rules.go', line: 38, it: 'should set the correct $service_name NGINX variable', ...ported(PATHTYPE_FEATURE, 'one Ingress, two hosts, each its own Service (should set the correct $service_name NGINX variable)') },
  { file: 'ingress-nginx/e2e-core/ingress__pathtype_exact.go', line: 37, it: 'should choose exact location for /exact', ...ported(PATHTYPE_FEATURE, 'Exact beats Prefix of the same path (should choose exact location for /exact)') },
  { file: 'ingress-nginx/e2e-core/ingress__pathtype_mixed.go', line: 39, it: 'should choose the correct location', ...ported(PATHTYPE_FEATURE, 'Exact "/" and Prefix "/" (should choose the correct location, "/")') },
  { file: 'ingress-nginx/e2e-core/ingress__pathtype_prefix.go', line: 35, it: 'should return 404 when prefix /aaa does not match request /aaaccc', ...ported(PATHTYPE_FEATURE, 'Prefix /aaa does not match /aaaccc (should return 404 when prefix /aaa does not match request /aaaccc)') },
  { file: 'ingress-nginx/e2e-core/ingress__pathtype_prefix.go', line: 72, it: 'should test prefix path using simple regex pattern for /id/{int}', ...ported(PATHTYPE_FEATURE, 'simple regex /id/[0-9]+ (should test prefix path using simple regex pattern for /id/{int})') },
  { file: 'ingress-nginx/e2e-core/ingress__pathtype_prefix.go', line: 113, it: 'should test prefix path using regex pattern for /id/{int} ignoring non-digits characters at end of string', ...ported(PATHTYPE_FEATURE, 'regex /id/[0-9]+$ (should test prefix path using regex pattern for /id/{int} ignoring non-digits characters at end of string)') },
  { file: 'ingress-nginx/e2e-core/ingress__pathtype_prefix.go', line: 142, it: 'should test prefix path using fixed path size regex pattern /id/{int}{3}', ...ported(PATHTYPE_FEATURE, 'regex /id/[0-9]{3}$ (should test prefix path using fixed path size regex pattern /id/{int}{3})') },
  { file: 'ingress-nginx/e2e-core/ingress__pathtype_prefix.go', line: 177, it: 'should correctly route multi-segment path patterns', ...ported(PATHTYPE_FEATURE, 'multi-segment regex (should correctly route multi-segment path patterns)') },
  { file: 'ingress-nginx/e2e-core/ingress__without_host.go', line: 34, it: 'should set ingress details variables for ingresses without a host', ...ported(PATHTYPE_FEATURE, 'a rule without host serves any Host (should set ingress details variables for ingresses without a host)') },
  { file: 'ingress-nginx/e2e-core/ingress__without_host.go', line: 55, it: 'should set ingress details variables for ingresses with host without IngressRuleValue, only Backend', ...ported(PATHTYPE_FEATURE, "a host without paths is served by the Ingress's defaultBackend (should set ingress details variables for ingresses with host without IngressRuleValue, only Backend)") },
  { file: 'ingress-nginx/e2e-core/servicebackend__service_externalname.go', line: 41, it: 'works with external name set to incomplete fqdn', ...ported(BACKEND_CASES, 'works with external name set to incomplete fqdn') },
  { file: 'ingress-nginx/e2e-core/servicebackend__service_externalname.go', line: 78, it: 'should return 200 for service type=ExternalName without a port defined', ...ported(BACKEND_CASES, 'should return 200 for service type=ExternalName without a port defined') },
  { file: 'ingress-nginx/e2e-core/servicebackend__service_externalname.go', line: 118, it: 'should return 200 for service type=ExternalName with a port defined', ...ported(BACKEND_CASES, 'should return 200 for service type=ExternalName with a port defined') },
  { file: 'ingress-nginx/e2e-core/servicebackend__service_externalname.go', line: 148, it: 'should return status 502 for service type=ExternalName with an invalid host', ...ported(BACKEND_CASES, 'should return status 502 for service type=ExternalName with an invalid host') },
  { file: 'ingress-nginx/e2e-core/servicebackend__service_externalname.go', line: 184, it: 'should return 200 for service type=ExternalName using a port name', ...ported(BACKEND_CASES, 'should return 200 for service type=ExternalName using a port name') },
  { file: 'ingress-nginx/e2e-core/servicebackend__service_externalname.go', line: 225, it: 'should return 200 for service type=ExternalName using FQDN with trailing dot', ...ported(BACKEND_CASES, 'should return 200 for service type=ExternalName using FQDN with trailing dot') },
  { file: 'ingress-nginx/e2e-core/servicebackend__service_externalname.go', line: 261, it: 'should update the external name after a service update', ...notApplicable(EXTERNAL_NAME_SYNC) },
  { file: 'ingress-nginx/e2e-core/servicebackend__service_externalname.go', line: 344, it: 'should sync ingress on external name service addition/deletion', ...notApplicable(EXTERNAL_NAME_SYNC) },
  { file: 'ingress-nginx/e2e-core/settings__badannotationvalues.go', line: 36, it: '[BAD_ANNOTATIONS] should drop an ingress if there is an invalid character in some annotation', ...ported(CONTROLLER_CONFIG_TEST) },
  { file: 'ingress-nginx/e2e-core/settings__badannotationvalues.go', line: 68, it: '[BAD_ANNOTATIONS] should drop an ingress if there is a forbidden word in some annotation', ...ported(CONTROLLER_CONFIG_TEST) },
  { file: 'ingress-nginx/e2e-core/settings__badannotationvalues.go', line: 105, it: '[BAD_ANNOTATIONS] should allow an ingress if there is a default blocklist config in place', ...ported(CONTROLLER_CONFIG_TEST) },
  { file: 'ingress-nginx/e2e-core/settings__badannotationvalues.go', line: 138, it: '[BAD_ANNOTATIONS] should drop an ingress if there is a custom blocklist config in place and allow others to pass', ...ported(CONTROLLER_CONFIG_TEST) },
  { file: 'ingress2gateway/provider_ingressnginx_test.go', line: 58, context: 'TestIngressNGINXBackendTLS > to Istio', it: 'valid backend tls produces BackendTLSPolicy', ...ported(BACKEND_CASES) },
  { file: 'ingress2gateway/provider_ingressnginx_test.go', line: 113, context: 'TestIngressNGINXBackendTLS > to Istio', it: 'unsupported annotations emit warnings but policy still generated', ...ported(BACKEND_CASES) },
  { file: 'ingress2gateway/provider_ingressnginx_test.go', line: 169, context: 'TestIngressNGINXBackendTLS > to Istio', it: 'valid backend tls with body verification', ...ported(BACKEND_CASES) },
  { file: 'ingress2gateway/provider_ingressnginx_test.go', line: 225, context: 'TestIngressNGINXCanary', it: 'base canary', ...ported(CANARY_FEATURE, 'weight 20 sends about a fifth to the canary (ingress2gateway base canary)') },
  { file: 'ingress2gateway/provider_ingressnginx_test.go', line: 272, context: 'TestIngressNGINXCanary', it: 'canary by header at path', ...ported(CANARY_FEATURE, 'canary by header at a path (ingress2gateway canary by header at path)') },
  { file: 'ingress2gateway/provider_ingressnginx_test.go', line: 328, context: 'TestIngressNGINXCanary', it: 'canary weight and header combined', ...ported(CANARY_FEATURE, 'the header beats the weight (ingress2gateway canary weight and header combined)') },
  { file: 'ingress2gateway/provider_ingressnginx_test.go', line: 402, context: 'TestIngressNGINXCORS', it: 'typical cors annotations', ...ported(I2G_CORS_FEATURE, 'typical cors annotations') },
  { file: 'ingress2gateway/provider_ingressnginx_test.go', line: 513, context: 'TestIngressNGINXCORS', it: 'cors defaults', ...ported(I2G_CORS_FEATURE, 'cors defaults') },
  { file: 'ingress2gateway/provider_ingressnginx_test.go', line: 618, context: 'TestIngressNGINXCORS', it: 'cors denied origin', ...ported(I2G_CORS_FEATURE, 'cors denied origin') },
  { file: 'ingress2gateway/provider_ingressnginx_test.go', line: 667, context: 'TestIngressNGINXCORS', it: 'cors denied method and header', ...ported(I2G_CORS_FEATURE, 'cors denied method and header') },
  { file: 'ingress2gateway/provider_ingressnginx_test.go', line: 751, context: 'TestIngressNGINXPathRewrite', it: 'basic conversion', ...ported(I2G_PATHS_AND_TLS_FEATURE, 'rewrite-target with x-forwarded-prefix (basic conversion)') },
  { file: 'ingress2gateway/provider_ingressnginx_test.go', line: 780, context: 'TestIngressNGINXTLS', it: 'tls ingress and gateway', ...ported(I2G_PATHS_AND_TLS_FEATURE, 'a TLS host is served over HTTPS and redirected from HTTP (tls ingress and gateway)') },
  { file: 'ingress2gateway/provider_ingressnginx_test.go', line: 831, context: 'TestIngressNGINXTLS', it: 'ssl-redirect annotation', ...ported(SSLREDIRECT_FEATURE, 'ssl-redirect "false" on a TLS host serves plain HTTP (ssl-redirect annotation)') },
  { file: 'ingress2gateway/provider_ingressnginx_test.go', line: 914, context: 'TestIngressNGINXTimeouts', it: 'slow response allowed', ...ported(UPSTREAM_TEST) },
  { file: 'ingress2gateway/provider_ingressnginx_test.go', line: 943, context: 'TestIngressNGINXTimeouts', it: 'short timeout', ...ported(UPSTREAM_TEST) },
  { file: 'ingress2gateway/provider_ingressnginx_test.go', line: 976, context: 'TestIngressNGINXRedirect', it: 'permanent redirect', ...ported(REDIRECT_FEATURE, 'a URL with a path (permanent redirect)') },
  { file: 'ingress2gateway/provider_ingressnginx_test.go', line: 1017, context: 'TestIngressNGINXRedirect', it: 'from-to-www-redirect', ...ported(FROMTOWWWREDIRECT_FEATURE, 'the apex is served and www redirects (from-to-www-redirect)') },
  { file: 'ingress2gateway/provider_ingressnginx_test.go', line: 1059, context: 'TestIngressNGINXRedirect', it: 'temporal redirect', ...ported(REDIRECT_FEATURE, 'temporal-redirect answers 302 (temporal redirect)') },
  { file: 'ingress2gateway/provider_ingressnginx_test.go', line: 1100, context: 'TestIngressNGINXRedirect', it: 'permanent redirect with supported custom code', ...ported(REDIRECT_FEATURE, 'permanent-redirect-code 301 (permanent redirect with supported custom code)') },
  { file: 'ingress2gateway/provider_ingressnginx_test.go', line: 1142, context: 'TestIngressNGINXRedirect', it: 'temporal redirect with supported custom code', ...ported(REDIRECT_FEATURE, 'temporal-redirect-code 302 (temporal redirect with supported custom code)') },
  { file: 'ingress2gateway/provider_ingressnginx_test.go', line: 1184, context: 'TestIngressNGINXRedirect', it: 'redirect with scheme and hostname only', ...ported(REDIRECT_FEATURE, 'the request path is not appended (redirect with scheme and hostname only)') },
  { file: 'ingress2gateway/provider_ingressnginx_test.go', line: 1223, context: 'TestIngressNGINXRedirect', it: 'redirect with port', ...ported(REDIRECT_FEATURE, 'a URL with a port (redirect with port)') },
  { file: 'ingress2gateway/provider_ingressnginx_test.go', line: 1264, context: 'TestIngressNGINXRedirect', it: 'both redirect annotations - temporal takes priority', ...ported(REDIRECT_FEATURE, 'temporal-redirect wins (both redirect annotations - temporal takes priority)') },
  { file: 'ingress2gateway/provider_ingressnginx_test.go', line: 1310, context: 'TestIngressNGINXRegex', it: 'host-level matching', ...ported(I2G_PATHS_AND_TLS_FEATURE, 'use-regex makes every path of the host a case-insensitive prefix regex (host-level matching)') },
  { file: 'ingress2gateway/provider_ingressnginx_test.go', line: 1360, context: 'TestIngressNGINXRegex', it: 'rewrite-target implies host-level matching', ...ported(I2G_PATHS_AND_TLS_FEATURE, 'rewrite-target alone puts the host in regex mode (rewrite-target implies host-level matching)') },
  { file: 'ingress2gateway/provider_ingressnginx_test.go', line: 1409, context: 'TestIngressNGINXRegex', it: 'regex ending with dollar matches only exact path', ...ported(I2G_PATHS_AND_TLS_FEATURE, 'a regex ending with "$" matches only that path (regex ending with dollar matches only exact path)') },
  { file: 'ingress2gateway/provider_ingressnginx_test.go', line: 1457, context: 'TestIngressNGINXAppRoot', it: 'root path redirects to app-root', ...ported(APPROOT_FEATURE, 'other paths are proxied (root path redirects to app-root)') },
  { file: 'ingress2gateway/provider_ingressnginx_test.go', line: 1503, context: 'TestIngressNGINXAppRoot', it: 'exact root path redirects to app-root', ...ported(APPROOT_FEATURE, 'an Exact "/" path redirects too (exact root path redirects to app-root)') },
  { file: 'ingress2gateway/provider_ingressnginx_test.go', line: 1546, context: 'TestIngressNGINXAppRoot', it: 'no root path still redirects to app-root', ...ported(APPROOT_FEATURE, 'the check is server-wide (no root path still redirects to app-root)') },
  { file: 'ingress2gateway/provider_ingressnginx_test.go', line: 1594, context: 'TestIngressNGINXAppRoot', it: 'absolute URL app-root is ignored', ...ported(APPROOT_FEATURE, 'an absolute URL is ignored (absolute URL app-root is ignored)') },
  { file: 'ingress2gateway/provider_ingressnginx_test.go', line: 1627, context: 'TestIngressNGINXAppRoot', it: 'app-root with separate app1 backend', ...ported(APPROOT_FEATURE, "the app root may be another Ingress's path (app-root with separate app1 backend)") },
  { file: 'ingress2gateway/provider_ingressnginx_test.go', line: 1692, context: 'TestIngressNGINXSSLPassthrough', it: 'basic ssl passthrough creates TLSRoute', ...ported(SSLPASSTHROUGH_FEATURE, "the passthrough host's TLS reaches the backend undecrypted (basic ssl passthrough)") },
  { file: 'ingress2gateway/provider_ingressnginx_test.go', line: 1748, context: 'TestIngressNGINXSSLPassthrough', it: 'mixed termination: passthrough host and normal HTTPS host on same gateway', ...ported(SSLPASSTHROUGH_FEATURE, 'a passthrough host and a terminated HTTPS host share the port (mixed termination)') },
  { file: 'ingress2gateway/provider_ingressnginx_test.go', line: 1822, context: 'TestIngressNGINXSSLPassthrough', it: 'multiple passthrough hosts on same gateway', ...ported(SSLPASSTHROUGH_FEATURE, 'two passthrough hosts each reach their own backend (multiple passthrough hosts)') },
  { file: 'ingress2gateway/provider_ingressnginx_test.go', line: 1895, context: 'TestIngressNGINXSSLPassthrough', it: 'shared host preserves multiple non-passthrough paths', ...ported(SSLPASSTHROUGH_FEATURE, 'a passthrough host keeps the plain-HTTP paths of other Ingresses (shared host preserves multiple non-passthrough paths)') },
];

/** How many cases each suite file has at the commits above (a row per case: none missing, none extra). */
export const PEER_FILE_CASES: Readonly<Record<string, number>> = {
  'ingress-nginx/e2e-annotations/affinity.go': 15,
  'ingress-nginx/e2e-annotations/affinitymode.go': 2,
  'ingress-nginx/e2e-annotations/alias.go': 3,
  'ingress-nginx/e2e-annotations/approot.go': 1,
  'ingress-nginx/e2e-annotations/auth.go': 35,
  'ingress-nginx/e2e-annotations/authtls.go': 9,
  'ingress-nginx/e2e-annotations/backendprotocol.go': 6,
  'ingress-nginx/e2e-annotations/canary.go': 25,
  'ingress-nginx/e2e-annotations/clientbodybuffersize.go': 6,
  'ingress-nginx/e2e-annotations/connection.go': 1,
  'ingress-nginx/e2e-annotations/cors.go': 25,
  'ingress-nginx/e2e-annotations/customheaders.go': 3,
  'ingress-nginx/e2e-annotations/customhttperrors.go': 1,
  'ingress-nginx/e2e-annotations/default_backend.go': 1,
  'ingress-nginx/e2e-annotations/disableaccesslog.go': 3,
  'ingress-nginx/e2e-annotations/disableproxyintercepterrors.go': 1,
  'ingress-nginx/e2e-annotations/fastcgi.go': 4,
  'ingress-nginx/e2e-annotations/forcesslredirect.go': 1,
  'ingress-nginx/e2e-annotations/fromtowwwredirect.go': 2,
  'ingress-nginx/e2e-annotations/grpc.go': 5,
  'ingress-nginx/e2e-annotations/http2pushpreload.go': 1,
  'ingress-nginx/e2e-annotations/ipallowlist.go': 1,
  'ingress-nginx/e2e-annotations/ipdenylist.go': 2,
  'ingress-nginx/e2e-annotations/limitconnections.go': 1,
  'ingress-nginx/e2e-annotations/limitrate.go': 1,
  'ingress-nginx/e2e-annotations/log.go': 2,
  'ingress-nginx/e2e-annotations/mirror.go': 3,
  'ingress-nginx/e2e-annotations/modsecurity__modsecurity.go': 12,
  'ingress-nginx/e2e-annotations/preservetrailingslash.go': 1,
  'ingress-nginx/e2e-annotations/proxy.go': 12,
  'ingress-nginx/e2e-annotations/proxyssl.go': 5,
  'ingress-nginx/e2e-annotations/redirect.go': 2,
  'ingress-nginx/e2e-annotations/relativeredirects.go': 3,
  'ingress-nginx/e2e-annotations/rewrite.go': 5,
  'ingress-nginx/e2e-annotations/satisfy.go': 2,
  'ingress-nginx/e2e-annotations/serversnippet.go': 2,
  'ingress-nginx/e2e-annotations/serviceupstream.go': 3,
  'ingress-nginx/e2e-annotations/snippet.go': 2,
  'ingress-nginx/e2e-annotations/sslciphers.go': 2,
  'ingress-nginx/e2e-annotations/streamsnippet.go': 2,
  'ingress-nginx/e2e-annotations/upstreamhashby.go': 2,
  'ingress-nginx/e2e-annotations/upstreamvhost.go': 1,
  'ingress-nginx/e2e-annotations/xforwardedprefix.go': 2,
  'ingress-nginx/e2e-core/defaultbackend__custom_default_backend.go': 1,
  'ingress-nginx/e2e-core/defaultbackend__default_backend.go': 3,
  'ingress-nginx/e2e-core/defaultbackend__with_hosts.go': 1,
  'ingress-nginx/e2e-core/ingress__multiple_rules.go': 1,
  'ingress-nginx/e2e-core/ingress__pathtype_exact.go': 1,
  'ingress-nginx/e2e-core/ingress__pathtype_mixed.go': 1,
  'ingress-nginx/e2e-core/ingress__pathtype_prefix.go': 5,
  'ingress-nginx/e2e-core/ingress__without_host.go': 2,
  'ingress-nginx/e2e-core/servicebackend__service_externalname.go': 8,
  'ingress-nginx/e2e-core/settings__badannotationvalues.go': 4,
  'ingress2gateway/provider_ingressnginx_test.go': 35,
};

/** Cases per suite and status. */
export function peerCounts(cases: readonly PeerCase[] = PEER_CASES): Record<PeerSource, Record<PeerStatus, number>> {
  const counts = Object.fromEntries(PEER_SOURCES.map((s) => [s, { ported: 0, 'not-applicable': 0, todo: 0 }])) as Record<PeerSource, Record<PeerStatus, number>>;
  for (const c of cases) counts[peerSourceOf(c.file)][c.status]++;
  return counts;
}
