// Scenarios allowed to fail, each with the reason it contradicts the
// networking.k8s.io/v1 Ingress spec. Keys: "<feature path>#<scenario number>"
// (SCENARIOS.md numbering), optionally prefixed with "<target>:" when only one
// target is concerned. A failure of ingressc's own semantics never goes here:
// fix the compiler instead. The conformance test asserts that the failures
// of every target equal exactly this list.
const TRAEFIK_308 = 'Traefik file configuration answers 301 to GET where ingress-nginx answers 308 (IC4301)';

const NO_EXPIRES_DATE = 'no Expires date: the cookie carries Max-Age=259200, which RFC 6265 clients take over Expires (support row session-cookie-expires partial)';

export const KNOWN_FAILURES: Readonly<Record<string, string>> = {
  // session-cookie-expires: nginx without Lua, Caddy's placeholders, Traefik's sticky cookie and Envoy's
  // cookie TTL cannot write a date some seconds ahead (EXPIRES_AS_MAX_AGE); ingress-nginx sends both
  // attributes here, and a client keeps the cookie for Max-Age, which every one of them writes.
  'nginx:ingress-nginx/affinity.feature#7': NO_EXPIRES_DATE,
  'envoy:ingress-nginx/affinity.feature#7': NO_EXPIRES_DATE,
  'caddy:ingress-nginx/affinity.feature#7': NO_EXPIRES_DATE,
  'traefik:ingress-nginx/affinity.feature#7': NO_EXPIRES_DATE,
  // ingress-nginx's HTTPS and from-to-www redirects answer 308 to GET. Traefik's redirect middlewares
  // answer 301 to GET when `permanent` (308 to other methods; pkg/middlewares/redirect/redirect.go
  // moveHandler); the options that force 308 (redirectRegex statusCode, redirectScheme
  // forcePermanentRedirect) are internal fields tagged file:"-" yaml:"-" (pkg/config/dynamic/
  // middlewares.go), set only by Traefik's own ingress-nginx provider: the file provider cannot (IC4301).
  // The Location of each is checked with POST (308) in test/unit/traefik-redirects.test.ts.
  'traefik:ingress-nginx/sslredirect.feature#1': TRAEFIK_308,
  'traefik:ingress-nginx/sslredirect.feature#2': TRAEFIK_308,
  'traefik:ingress-nginx/sslredirect.feature#3': TRAEFIK_308,
  'traefik:ingress-nginx/sslredirect.feature#4': TRAEFIK_308,
  'traefik:ingress-nginx/sslredirect.feature#5': TRAEFIK_308,
  'traefik:ingress-nginx/sslredirect.feature#6': TRAEFIK_308,
  'traefik:ingress-nginx/fromtowwwredirect.feature#1': TRAEFIK_308,
  'traefik:ingress-nginx/fromtowwwredirect.feature#2': TRAEFIK_308,
  'traefik:ingress-nginx/fromtowwwredirect.feature#3': TRAEFIK_308,
  'traefik:ingress-nginx/fromtowwwredirect.feature#4': TRAEFIK_308,
  'traefik:ingress2gateway/paths-and-tls.feature#2': TRAEFIK_308,
  // proxy-ssl-secret on a TLS host with a plain HTTP backend: the host's HTTPS redirect is the same 301 to GET.
  'traefik:ingress-nginx/backends#10': TRAEFIK_308,
  // With an origin list, Traefik's headers middleware answers a browser preflight (OPTIONS with Origin
  // and Access-Control-Request-Method) itself with 200 (pkg/middlewares/headers/header.go), where
  // ingress-nginx answers 204; the file provider has no option for that status. Browsers accept any
  // 2xx; the headers are checked in test/unit/traefik-cors.test.ts (support row 'partial').
  'traefik:ingress2gateway/cors.feature#1': 'Traefik answers a browser CORS preflight with 200, not 204 (support row partial)',
  'traefik:ingress2gateway/cors.feature#4': 'Traefik answers a browser CORS preflight with 200, not 204 (support row partial)',
};

/** The documented reason when `target` may fail this scenario, else undefined. */
export function knownFailure(target: string, key: string): string | undefined {
  return KNOWN_FAILURES[`${target}:${key}`] ?? KNOWN_FAILURES[key];
}

