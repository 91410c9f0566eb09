import type { TargetName } from '../../../diagnostics/types.js';
import type { HashScheme } from '../../../ir/types.js';
import type { Support, SupportRows } from '../support.js';

/** Support rows of the basic and external authentication, client certificates, satisfy family (added with each target's live proof). */
const yes: Support = { level: 'supported' };
const basicOnly: Support = { level: 'supported', refuse: (v) => (v === 'digest' ? 'digest authentication needs a module the target does not have (nginx-light has no auth_digest)' : undefined) };

const haproxyRealm: Support = {
  level: 'partial',
  note: 'HAProxy needs a realm: without auth-realm (or with an empty one) the challenge says realm=" ", not realm=""; password hashes in crypt(3) formats ($1$, $5$, $6$, bcrypt, DES) or {PLAIN} only (IC3132 for the others)',
};

const envoyBasic: Support = { ...basicOnly, level: 'partial', note: "Envoy's basic_auth filter checks {SHA} password hashes only (IC3132 for the others)" };
const envoyRealm: Support = { level: 'partial', note: "the 401 carries Envoy's own challenge, not the realm (its basic_auth filter has no realm setting)" };

const caddyBasic: Support = { ...basicOnly, level: 'partial', note: 'Caddy checks bcrypt password hashes only (IC3132 for the others); without auth-realm its challenge says realm="restricted", not realm=""' };

const traefikBasic: Support = { ...basicOnly, level: 'partial', note: 'password hashes $apr1$ and {SHA} only (the formats the rule evaluator checks; IC3132 for the others); without auth-realm the challenge says realm="traefik"; proven with the evaluator (no Traefik binary here)' };

const caddyExternal: Support = { level: 'partial', note: "an unreachable auth service is Caddy's 502 (nginx: 500); the auth request also carries Caddy's X-Forwarded-Proto and X-Forwarded-Host" };
const caddySignin: Support = { level: 'partial', note: "the sign-in URL's $host keeps the Host header's case (nginx lower-cases it)" };
const caddyAlwaysCookie: Support = { level: 'partial', note: "a backend Caddy cannot reach (its 502) gets no Set-Cookie: Caddy's error responses bypass the deferred header" };

/** Traefik's forwardAuth (src/emit/traefik/ext-auth.ts), proven with the evaluator (test/traefik/, no Traefik binary here). */
const traefikExternal: Support = {
  level: 'partial',
  note:
    "Traefik's forwardAuth: the auth service receives X-Forwarded-For/-Method/-Proto/-Host/-Uri (Traefik's) instead of X-Original-URL and X-Original-Method (the client's copies of those are removed, from the backend's request too), and no X-Auth-Request-Redirect unless auth-request-redirect sets one (ingress-nginx: the request URI); an auth answer other than 2xx, 401 and 403 reaches the client as the auth service sent it (ingress-nginx: 500), and every refusal carries the auth service's headers and body; the auth service's Set-Cookie does not reach the client with the backend's answer; auth-signin and auth-always-set-cookie are refused (no row)",
};
const traefikMethod: Support = { level: 'supported', refuse: (v) => (v === 'GET' ? undefined : "Traefik's forwardAuth sends GET (or the client's own method), never a fixed other method") };

export const ROWS: SupportRows = {
  // nginx, HAProxy, Envoy (external auth: Lua calling the auth service on both): test/conformance/ingress-nginx/auth-cases.ts (live), test/e2e/access-fail-closed.test.ts.
  'auth-type': { nginx: basicOnly, haproxy: { ...basicOnly, ...haproxyRealm }, envoy: envoyBasic, caddy: caddyBasic, traefik: traefikBasic },
  'auth-secret': { nginx: yes, haproxy: yes, envoy: yes, caddy: yes, traefik: yes },
  'auth-secret-type': { nginx: yes, haproxy: yes, envoy: yes, caddy: yes, traefik: yes },
  // nginx reads `auth_basic "off"` as no authentication at all (ingress-nginx serves that location open).
  'auth-realm': { nginx: { level: 'supported', refuse: (v) => (v === 'off' ? 'nginx reads the realm "off" as auth_basic off: the location would be open' : undefined) }, haproxy: yes, envoy: envoyRealm, caddy: yes, traefik: yes },
  'auth-url': { nginx: yes, haproxy: yes, envoy: yes, caddy: caddyExternal, traefik: traefikExternal },
  // HAProxy 2.6's httpclient (its Lua HTTP client) has GET, HEAD, POST, PUT and DELETE only.
  'auth-method': { nginx: yes, haproxy: { level: 'supported', refuse: (v) => (['GET', 'HEAD', 'POST', 'PUT', 'DELETE'].includes(v) ? undefined : `HAProxy's Lua HTTP client cannot send ${v}`) }, envoy: yes, caddy: yes, traefik: traefikMethod },
  'auth-signin': { nginx: yes, haproxy: yes, envoy: yes, caddy: caddySignin },
  'auth-signin-redirect-param': { nginx: yes, haproxy: yes, envoy: yes, caddy: yes },
  'auth-response-headers': { nginx: yes, haproxy: yes, envoy: yes, caddy: yes, traefik: yes },
  'auth-request-redirect': { nginx: yes, haproxy: yes, envoy: yes, caddy: yes, traefik: yes },
  'auth-always-set-cookie': { nginx: yes, haproxy: yes, envoy: yes, caddy: caddyAlwaysCookie },
  // The ConfigMap's headers on the auth request only (lower/auth-headers.ts: literal text and $remote_addr,
  // $host, $scheme, $request_uri, $http_<name>); live: test/conformance/ingress-nginx/auth-headers.test.ts.
  'auth-proxy-set-headers': {
    nginx: yes,
    haproxy: yes,
    envoy: { level: 'partial', note: '$http_<name> of a header sent on several lines is their values joined by "," (nginx 1.22: the first line)' },
    caddy: {
      level: 'partial',
      note: '$http_<name> of a header sent on several lines is their values joined by "," (nginx 1.22: the first line); a value that comes out empty is sent as an empty header (nginx sends none); $host keeps the Host header\'s case',
    },
  },
  // Envoy runs RBAC, basic_auth and the auth call one after the other, each refusing on its own.
  satisfy: {
    nginx: yes,
    haproxy: { level: 'partial', note: 'satisfy any with auth-url: when the password is wrong and the auth service answers 403, HAProxy answers 403 where nginx answers 401; a 401 carries the auth service\'s WWW-Authenticate only, not also the Basic challenge' },
    envoy: { level: 'partial', note: 'satisfy all only: satisfy any is refused (IC3071)', refuse: (v) => (v === 'any' ? 'its RBAC, basic_auth and external auth filters each refuse on their own: one admitting cannot let a request past the others' : undefined) },
    // Caddy's route runs the source-range match, then basic auth, then the auth call, each refusing on its own.
    caddy: { level: 'partial', note: 'satisfy all only: satisfy any is refused (IC3071)', refuse: (v) => (v === 'any' ? 'its source-range match, basic authentication and auth call each refuse on their own: one admitting cannot let a request past the others' : undefined) },
    // Traefik's router runs ipAllowList, basicAuth and forwardAuth one after the other (src/emit/traefik/routers.ts).
    traefik: { level: 'partial', note: 'satisfy all only: satisfy any is refused (IC3071)', refuse: (v) => (v === 'any' ? 'its ipAllowList, basicAuth and forwardAuth middlewares each refuse on their own: one admitting cannot let a request past the others' : undefined) },
  },
};

/**
 * The password hashes each target checks, as found on the real binaries (test/e2e/basic-auth-hashes.test.ts):
 * nginx 1.22 (Debian, libxcrypt) checks them all; HAProxy 2.6's userlist uses crypt(3), which does
 * not know $apr1$ or the "{...}" forms ({PLAIN} is written as insecure-password).
 */
/** Targets that can let one of source ranges, basic and external authentication admit a request (satisfy any with auth-url). */
export const SATISFY_ANY_WITH_EXTERNAL: Partial<Record<TargetName, true>> = { nginx: true, haproxy: true };

export const HASH_SCHEMES: Partial<Record<TargetName, readonly HashScheme[]>> = {
  caddy: ['bcrypt'],
  traefik: ['apr1', 'sha1'],
  envoy: ['sha1'],
  nginx: ['apr1', 'md5-crypt', 'sha256-crypt', 'sha512-crypt', 'bcrypt', 'des-crypt', 'sha1', 'ssha', 'plain'],
  haproxy: ['md5-crypt', 'sha256-crypt', 'sha512-crypt', 'bcrypt', 'des-crypt', 'plain'],
};
