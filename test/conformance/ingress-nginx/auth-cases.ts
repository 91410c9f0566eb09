/**
 * ingress-nginx v1.15.1's end-to-end assertions for basic and external authentication and
 * `satisfy` (e2e-annotations/auth.go, satisfy.go), ported to requests the conformance runner sends
 * to a live proxy. httpbun's /basic-auth/<user>/<password> is played by test/harness/auth-server.ts
 * ("{{auth}}" in an annotation is its URL). bcrypt cost 14 is replaced by cost 5 (same format).
 * Assertions on nginx.conf text are translated into the behaviour they imply; those on nginx's own
 * error pages into the status and headers. Cases a target cannot serve name the located error it
 * must refuse them with (fail closed).
 */
import type { PortedCase } from './cases.js';
import { HASH_SCHEMES } from '../../../src/providers/ingress-nginx/support-rows/auth.js';
import type { HashScheme } from '../../../src/ir/types.js';

const A = 'nginx.ingress.kubernetes.io/';
export const basic = (user: string, password: string): string => `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;

/** Password "bar" in every format (generated with openssl passwd and crypt(3), fixed salts). */
export const BAR_HASHES: Readonly<Record<HashScheme, string>> = {
  apr1: '$apr1$ingressc$vEFXzkd1Euw713xle33aG0',
  'md5-crypt': '$1$ingressc$EBoY80QCttjpRmlyPfhsA.',
  'sha256-crypt': '$5$ingressc$KWGVuwlkmQ0YCVAOeqwtQPt55C/a5yf9iuqPghsOD66',
  'sha512-crypt': '$6$ingressc$uOKSc0ZAGVsRNBiTfsuNoHy483/kyPjKvhwhOah0kEL447fhNuamQlGPugPljrRgVekzCF.Z1Mr7RgtFpizCY0',
  bcrypt: '$2y$05$ingresscingresscingre.JeneLGYD0SkpleRQIm5jdyri1kaOnXa',
  'des-crypt': 'icvHyHqYf.d3A',
  sha1: '{SHA}Ys23Ag/5IOWqZCw9QGaVDdHwH00=',
  ssha: '{SSHA}CfGkGBT8wT0mnur5pdxIxxhAOJ1pbmdyZXNzYw==',
  plain: '{PLAIN}bar',
};

/** An Opaque Secret in namespace default (stringData, as kubectl create secret generic writes data). */
export const secretYaml = (name: string, data: Record<string, string>): string =>
  `apiVersion: v1\nkind: Secret\nmetadata: {name: ${name}, namespace: default}\ntype: Opaque\nstringData: ${JSON.stringify(data)}\n`;

/** The targets of this runner that cannot check `scheme`: they refuse with IC3132. */
const refusingScheme = (scheme: HashScheme): Partial<Record<string, string>> =>
  Object.fromEntries(Object.entries(HASH_SCHEMES).filter(([, schemes]) => !schemes.includes(scheme)).map(([t]) => [t, 'IC3132']));

export const basicAnnotations = (secret: string, extra: Record<string, string> = {}): Record<string, string> => ({
  [`${A}auth-type`]: 'basic',
  [`${A}auth-secret`]: secret,
  [`${A}auth-realm`]: 'test auth',
  ...extra,
});

/** Secret "users": foo with password "bar", hashed in the first format the target checks. */
export const usersFor = (name: string) => (target: string): string[] => [secretYaml(name, { auth: `foo:${BAR_HASHES[HASH_SCHEMES[target as 'nginx']?.[0] ?? 'sha1']}\n` })];

/** Targets that refuse `satisfy: any` with a located IC3071 (their access checks each refuse on their own). */
export const SATISFY_ANY_REFUSED: Partial<Record<string, string>> = { envoy: 'IC3071', caddy: 'IC3071', traefik: 'IC3071' };

/** The original's Secret (bcrypt; cost 5 instead of 14). */
const FOO_BCRYPT = secretYaml('test', { auth: `foo:${BAR_HASHES.bcrypt}\n` });
const SIGNIN = 'http://$host/auth/start';
/** Go's url.QueryEscape("/?a=b&c=d"). */
const ESCAPED = '%2F%3Fa%3Db%26c%3Dd';

export const AUTH_CASES: PortedCase[] = [
  {
    source: 'e2e-annotations/auth.go',
    it: 'should return status code 200 when no authentication is configured',
    translation: 'body "host=auth" → answered by the echo backend',
    host: 'auth',
    ingresses: [{ name: 'auth', annotations: {} }],
    requests: [{ from: '127.0.0.1', expect: 200 }],
  },
  {
    source: 'e2e-annotations/auth.go',
    it: 'should return status code 503 when authentication is configured with an invalid secret',
    translation: 'ingress-nginx denies the location (503) when the Secret does not exist; ingressc refuses to compile, located at auth-secret (IC3130)',
    host: 'auth',
    ingresses: [{ name: 'auth', annotations: basicAnnotations('something') }],
    deniedWith: 'IC3130',
    requests: [],
  },
  {
    source: 'e2e-annotations/auth.go',
    it: 'should return status code 401 when authentication is configured but Authorization header is not configured',
    translation: 'nginx\'s "401 Authorization Required" page → status 401 with WWW-Authenticate: Basic realm="test auth" (Envoy: its own realm, the request URL; support row partial)',
    host: 'auth',
    ingresses: [{ name: 'auth', annotations: basicAnnotations('test') }],
    objects: usersFor('test'),
    requests: [{ from: '127.0.0.1', expect: 401, expectHeaders: (t) => ({ 'www-authenticate': t === 'envoy' ? 'Basic realm="http://auth/"' : 'Basic realm="test auth"' }) }],
  },
  {
    source: 'e2e-annotations/auth.go',
    it: 'should return status code 401 and cors headers when authentication and cors is configured but Authorization header is not configured',
    translation: 'enable-cors without an origin list is "*": the 401 of the basic-auth check carries Access-Control-Allow-Origin: * (ingress-nginx adds the CORS headers "always", also to its own error answers)',
    host: 'auth',
    ingresses: [{ name: 'auth', annotations: basicAnnotations('test', { [`${A}enable-cors`]: 'true' }) }],
    objects: usersFor('test'),
    requests: [{ from: '127.0.0.1', expect: 401, expectHeaders: { 'access-control-allow-origin': '*' } }],
  },
  {
    source: 'e2e-annotations/auth.go',
    it: 'should return status code 401 when authentication is configured and Authorization header is sent with invalid credentials',
    translation: 'status 401 for user:pass (not in the file) and for foo with a wrong password',
    host: 'auth',
    ingresses: [{ name: 'auth', annotations: basicAnnotations('test') }],
    objects: usersFor('test'),
    requests: [
      { from: '127.0.0.1', headers: { Authorization: basic('user', 'pass') }, expect: 401 },
      { from: '127.0.0.1', headers: { Authorization: basic('foo', 'baz') }, expect: 401 },
    ],
  },
  {
    source: 'e2e-annotations/auth.go',
    it: 'should return status code 200 when authentication is configured and Authorization header is sent',
    translation: 'bcrypt htpasswd line in data.auth; the backend does not receive the Authorization header (ingress-nginx clears it)',
    host: 'auth',
    ingresses: [{ name: 'auth', annotations: basicAnnotations('test') }],
    objects: [FOO_BCRYPT],
    refusedWith: refusingScheme('bcrypt'),
    requests: [{ from: '127.0.0.1', headers: { Authorization: basic('foo', 'bar') }, expect: 200, backendHeaders: { authorization: null } }],
  },
  {
    source: 'e2e-annotations/auth.go',
    it: 'should return status code 200 when authentication is configured with a map and Authorization header is sent',
    translation: 'auth-secret-type auth-map: key foo, value its bcrypt hash',
    host: 'auth',
    ingresses: [{ name: 'auth', annotations: basicAnnotations('test', { [`${A}auth-secret-type`]: 'auth-map' }) }],
    objects: [secretYaml('test', { foo: BAR_HASHES.bcrypt })],
    refusedWith: refusingScheme('bcrypt'),
    requests: [
      { from: '127.0.0.1', headers: { Authorization: basic('foo', 'bar') }, expect: 200 },
      { from: '127.0.0.1', expect: 401 },
    ],
  },
  {
    source: 'e2e-annotations/auth.go',
    it: 'should return status code 401 when authentication is configured with invalid content and Authorization header is sent',
    translation: 'data.auth "foo:" (no hash): nobody can sign in; ingressc leaves the line out with a warning (IC2262), so every request is 401',
    host: 'auth',
    ingresses: [{ name: 'auth', annotations: basicAnnotations('test') }],
    objects: [secretYaml('test', { auth: 'foo:' })],
    requests: [{ from: '127.0.0.1', headers: { Authorization: basic('foo', 'bar') }, expect: 401 }],
  },
  ...externalCases('when external authentication is configured', 'rd', {}),
  ...externalCases('when external authentication is configured with a custom redirect param', 'orig', { [`${A}auth-signin-redirect-param`]: 'orig' }),
  {
    source: 'e2e-annotations/auth.go',
    it: 'when external authentication is configured: keeps processing new ingresses even if one of the existing ingresses is misconfigured',
    translation: 'ingress-nginx denies the misconfigured location (a missing Secret) and serves the other Ingress; ingressc refuses the whole compile, located at auth-secret (IC3130): no output serves that location open',
    host: 'auth',
    ingresses: [{ name: 'auth', annotations: { [`${A}auth-url`]: '{{auth}}/basic-auth/user/password', [`${A}auth-signin`]: SIGNIN, ...basicAnnotations('something') } }],
    deniedWith: 'IC3130',
    requests: [],
  },
  {
    source: 'e2e-annotations/auth.go',
    it: 'when external authentication is configured: should overwrite Foo header with auth response',
    translation: '"proxy_set_header \'Foo\' $authHeader0;" → the client\'s Foo: bar does not reach the backend (the auth service sent no Foo); X-Auth-User, which it sent, does',
    host: 'auth',
    ingresses: [{ name: 'auth', annotations: { [`${A}auth-url`]: '{{auth}}/basic-auth/user/password', [`${A}auth-signin`]: SIGNIN, [`${A}auth-response-headers`]: 'Foo, X-Auth-User' } }],
    requests: [{ from: '127.0.0.1', headers: { Foo: 'bar', Authorization: basic('user', 'password') }, expect: 200, backendHeaders: { foo: null, 'x-auth-user': 'user' } }],
  },
  {
    source: 'e2e-annotations/auth.go',
    it: 'cookie set by external authentication server: user retains cookie by default',
    translation: 'the auth service\'s Set-Cookie (alma=armud) reaches the client with the backend\'s 200',
    host: 'auth-check-cookies',
    ingresses: [{ name: 'cookies', annotations: { [`${A}auth-url`]: '{{auth}}/cookies/set/alma/armud', [`${A}auth-signin`]: SIGNIN } }],
    requests: [{ from: '127.0.0.1', path: '/?a=b&c=d', expect: 200, expectHeaderContains: { 'set-cookie': 'alma=armud' } }],
  },
  {
    source: 'e2e-annotations/auth.go',
    it: 'cookie set by external authentication server: user does not retain cookie if upstream returns error status code',
    translation: 'the backend\'s 503 is played by a Service without endpoints; no Set-Cookie then',
    host: 'auth-check-cookies',
    ingresses: [{ name: 'cookies-error', path: '/error', service: 'down', annotations: { [`${A}auth-url`]: '{{auth}}/cookies/set/alma/armud', [`${A}auth-signin`]: SIGNIN } }],
    noEndpoints: ['down'],
    requests: [{ from: '127.0.0.1', path: '/error?a=b&c=d', expect: 503, expectHeaderContains: { 'set-cookie': '' } }],
  },
  {
    source: 'e2e-annotations/auth.go',
    it: 'cookie set by external authentication server: user with annotated ingress retains cookie if upstream returns error status code',
    translation: 'auth-always-set-cookie: the Set-Cookie comes with the 503 too',
    host: 'auth-check-cookies',
    ingresses: [{ name: 'cookies-error', path: '/error', service: 'down', annotations: { [`${A}auth-url`]: '{{auth}}/cookies/set/alma/armud', [`${A}auth-signin`]: SIGNIN, [`${A}auth-always-set-cookie`]: 'true' } }],
    noEndpoints: ['down'],
    requests: [{ from: '127.0.0.1', path: '/error?a=b&c=d', expect: 503, expectHeaderContains: { 'set-cookie': 'alma=armud' } }],
  },
  {
    source: 'e2e-annotations/auth.go',
    it: 'with invalid auth-url should deny whole location: should return 503 (location was denied)',
    translation: '"https://invalid..auth.url" is refused by the auth-url grammar, located at the key (IC2260)',
    host: 'auth',
    ingresses: [{ name: 'auth', path: '/denied-auth', annotations: { [`${A}auth-url`]: 'https://invalid..auth.url' } }],
    deniedWith: 'IC2260',
    requests: [],
  },
  {
    source: 'e2e-annotations/satisfy.go',
    it: 'should configure satisfy directive correctly',
    translation: '"satisfy any" / "satisfy all" in nginx.conf with nothing to satisfy → served 200 either way (Envoy and Caddy refuse satisfy any, IC3071)',
    refusedWith: SATISFY_ANY_REFUSED,
    host: 'satisfy',
    ingresses: [
      { name: 'satisfy-any', path: '/any', annotations: { [`${A}satisfy`]: 'any' } },
      { name: 'satisfy-all', path: '/all', annotations: { [`${A}satisfy`]: 'all' } },
    ],
    requests: [
      { from: '127.0.0.1', path: '/any', expect: 200 },
      { from: '127.0.0.1', path: '/all', expect: 200 },
    ],
  },
  {
    source: 'e2e-annotations/satisfy.go',
    it: 'should allow multiple auth with satisfy any',
    refusedWith: SATISFY_ANY_REFUSED,
    translation: 'basic credentials alone admit the request (the auth service refuses them); without them the 401 becomes the sign-in redirect',
    host: 'auth',
    ingresses: [
      {
        name: 'auth',
        annotations: {
          ...basicAnnotations('basic-secret', { [`${A}auth-realm`]: 'test basic auth' }),
          [`${A}auth-url`]: '{{auth}}/basic-auth/user/password',
          [`${A}auth-signin`]: SIGNIN,
          [`${A}satisfy`]: 'any',
        },
      },
    ],
    objects: (t) => usersFor('basic-secret')(t).map((y) => y.replace('foo:', 'uname:')),
    requests: [
      { from: '127.0.0.1', headers: { Authorization: basic('uname', 'bar') }, expect: 200 },
      { from: '127.0.0.1', path: '/?a=b&c=d', expect: 302, expectHeaders: { location: `http://auth/auth/start?rd=http://auth${ESCAPED}` } },
    ],
  },
];

/** The three It(...) of an external-auth Context, with its redirect parameter. */
function externalCases(context: string, param: string, extra: Record<string, string>): PortedCase[] {
  const annotations = { [`${A}auth-url`]: '{{auth}}/basic-auth/user/password', [`${A}auth-signin`]: SIGNIN, ...extra };
  return [
    {
      source: 'e2e-annotations/auth.go',
      it: `${context}: should return status code 200 when signed in`,
      translation: 'the auth service admits user:password (2xx) → the backend answers; the auth request carried no body and the original URL',
      host: 'auth',
      ingresses: [{ name: 'auth', annotations }],
      requests: [{ from: '127.0.0.1', headers: { Authorization: basic('user', 'password') }, expect: 200, backendHeaders: { authorization: basic('user', 'password') } }],
    },
    {
      source: 'e2e-annotations/auth.go',
      it: `${context}: should redirect to signin url when not signed in`,
      translation: `302 with Location http://auth/auth/start?${param}=http://auth + QueryEscape("/?a=b&c=d")`,
      host: 'auth',
      ingresses: [{ name: 'auth', annotations }],
      requests: [{ from: '127.0.0.1', path: '/?a=b&c=d', expect: 302, expectHeaders: { location: `http://auth/auth/start?${param}=http://auth${ESCAPED}` } }],
    },
  ];
}

/** ingressc's own cases: what the ported ones leave open (status mapping, hash formats, satisfy with source ranges). */
export const AUTH_EXTRA_CASES: PortedCase[] = [
  {
    source: 'ingressc',
    it: 'external auth: 401 and 403 reach the client, another answer of the auth service is 500, any 2xx admits',
    translation: 'nginx auth_request (ingress-nginx): 2xx → proxied, 401/403 → that status, anything else → 500',
    host: 'status.auth',
    ingresses: [
      { name: 's204', path: '/ok', annotations: { [`${A}auth-url`]: '{{auth}}/status/204' } },
      { name: 's401', path: '/unauthorized', annotations: { [`${A}auth-url`]: '{{auth}}/status/401' } },
      { name: 's403', path: '/forbidden', annotations: { [`${A}auth-url`]: '{{auth}}/status/403' } },
      { name: 's404', path: '/missing', annotations: { [`${A}auth-url`]: '{{auth}}/status/404' } },
      { name: 's503', path: '/down', annotations: { [`${A}auth-url`]: '{{auth}}/status/503' } },
      { name: 's302', path: '/moved', annotations: { [`${A}auth-url`]: '{{auth}}/status/302' } },
    ],
    requests: [
      { from: '127.0.0.1', path: '/ok', expect: 200 },
      { from: '127.0.0.1', path: '/unauthorized', expect: 401 },
      { from: '127.0.0.1', path: '/forbidden', expect: 403 },
      // Traefik's forwardAuth hands the client the auth service's own answer (support row partial).
      { from: '127.0.0.1', path: '/missing', expect: 500, expectOn: { traefik: 404 } },
      { from: '127.0.0.1', path: '/down', expect: 500, expectOn: { traefik: 503 } },
      { from: '127.0.0.1', path: '/moved', expect: 500, expectOn: { traefik: 302 } },
    ],
  },
  {
    source: 'ingressc',
    it: 'external auth without sign-in: the auth response headers replace the client\'s, its Set-Cookie reaches the client, its 401 is answered',
    translation: 'auth_request_set + proxy_set_header for auth-response-headers (an absent one removes the client\'s), add_header Set-Cookie on 2xx',
    host: 'headers.auth',
    ingresses: [{ name: 'headers', annotations: { [`${A}auth-url`]: '{{auth}}/basic-auth/user/password', [`${A}auth-response-headers`]: 'Foo, X-Auth-User' } }],
    requests: [
      { from: '127.0.0.1', headers: { Foo: 'bar', Authorization: basic('user', 'password') }, expect: 200, backendHeaders: { foo: null, 'x-auth-user': 'user' }, expectHeaderContains: (t) => ({ 'set-cookie': t === 'traefik' ? '' : 'auth=user' }) },
      { from: '127.0.0.1', headers: { Foo: 'bar' }, expect: 401, expectHeaders: { 'www-authenticate': 'Basic realm="Fake Realm"' } },
    ],
  },
  {
    source: 'ingressc',
    it: 'external auth: auth-method and the request headers the auth service receives decide; a header token is checked',
    translation: 'the auth request carries the client\'s headers (X-Token) but not its body',
    host: 'token.auth',
    ingresses: [{ name: 'token', annotations: { [`${A}auth-url`]: '{{auth}}/token/s3cret', [`${A}auth-method`]: 'POST' } }],
    // Traefik's forwardAuth sends GET or the client's method, never a fixed other one.
    refusedWith: { traefik: 'IC3071' },
    requests: [
      { from: '127.0.0.1', headers: { 'X-Token': 's3cret' }, expect: 200 },
      { from: '127.0.0.1', headers: { 'X-Token': 'wrong' }, expect: 401 },
      { from: '127.0.0.1', expect: 401 },
    ],
  },
  {
    source: 'ingressc',
    it: 'external auth: the client\'s request headers reach the auth service (GET, the default method)',
    translation: 'nginx\'s auth subrequest carries the client\'s headers: a token header decides',
    host: 'token-get.auth',
    ingresses: [{ name: 'token', annotations: { [`${A}auth-url`]: '{{auth}}/token/s3cret' } }],
    requests: [
      { from: '127.0.0.1', headers: { 'X-Token': 's3cret' }, expect: 200 },
      { from: '127.0.0.1', headers: { 'X-Token': 'wrong' }, expect: 401 },
    ],
  },
  {
    source: 'ingressc',
    it: 'satisfy all alone changes nothing',
    translation: 'the default, written out: the route is served',
    host: 'all-alone.auth',
    ingresses: [{ name: 'all', annotations: { [`${A}satisfy`]: 'all' } }],
    requests: [{ from: '127.0.0.1', expect: 200 }],
  },
  {
    source: 'ingressc',
    it: 'satisfy all (the default): both the source range and the password must admit',
    translation: 'nginx: allow/deny and auth_basic both run in the access phase, the address check first: a refused address gets 403 with or without credentials',
    host: 'all.auth',
    ingresses: [{ name: 'all', annotations: basicAnnotations('users', { [`${A}allowlist-source-range`]: '127.0.0.2' }) }],
    objects: usersFor('users'),
    requests: [
      { from: '127.0.0.2', headers: { Authorization: basic('foo', 'bar') }, expect: 200 },
      { from: '127.0.0.2', expect: 401 },
      { from: '127.0.0.1', headers: { Authorization: basic('foo', 'bar') }, expect: 403 },
      { from: '127.0.0.1', expect: 403 },
    ],
  },
  {
    source: 'ingressc',
    it: 'satisfy all with basic and external authentication: the password is checked before the auth service',
    translation: 'nginx runs auth_basic before auth_request in its access phase: without credentials 401 whatever the auth service says; with them, the auth service decides',
    host: 'order.auth',
    ingresses: [{ name: 'order', annotations: { ...basicAnnotations('users'), [`${A}auth-url`]: '{{auth}}/status/403' } }],
    objects: usersFor('users'),
    requests: [
      { from: '127.0.0.1', expect: 401 },
      { from: '127.0.0.1', headers: { Authorization: basic('foo', 'bar') }, expect: 403 },
    ],
  },
  {
    source: 'ingressc',
    it: 'satisfy any: the source range or the password admits',
    refusedWith: SATISFY_ANY_REFUSED,
    translation: 'nginx satisfy any: one access-phase module admitting is enough; all refusing → 401',
    host: 'any.auth',
    ingresses: [{ name: 'any', annotations: basicAnnotations('users', { [`${A}allowlist-source-range`]: '127.0.0.2', [`${A}satisfy`]: 'any' }) }],
    objects: usersFor('users'),
    requests: [
      { from: '127.0.0.2', expect: 200 },
      { from: '127.0.0.1', headers: { Authorization: basic('foo', 'bar') }, expect: 200 },
      { from: '127.0.0.1', headers: { Authorization: basic('foo', 'baz') }, expect: 401 },
      { from: '127.0.0.1', expect: 401 },
    ],
  },
  {
    source: 'ingressc',
    it: 'satisfy any with auth-url: the source range, the password or the auth service admits',
    refusedWith: SATISFY_ANY_REFUSED,
    translation: 'nginx satisfy any: the address admitting ends the access phase (the auth service, which refuses everyone here, is not asked); a right password admits; otherwise the auth service\'s 401 is the answer',
    host: 'any-external.auth',
    ingresses: [{ name: 'any', annotations: basicAnnotations('users', { [`${A}allowlist-source-range`]: '127.0.0.2', [`${A}auth-url`]: '{{auth}}/status/401', [`${A}satisfy`]: 'any' }) }],
    objects: usersFor('users'),
    requests: [
      { from: '127.0.0.2', expect: 200 },
      { from: '127.0.0.1', headers: { Authorization: basic('foo', 'bar') }, expect: 200 },
      { from: '127.0.0.1', headers: { Authorization: basic('foo', 'baz') }, expect: 401 },
      { from: '127.0.0.1', expect: 401 },
    ],
  },
  {
    source: 'ingressc',
    it: 'satisfy any with a source range and auth-url: the address or the auth service admits',
    refusedWith: SATISFY_ANY_REFUSED,
    translation: 'an address outside the range is admitted by the auth service (user:password), refused with its 401 otherwise; an address in the range needs nothing',
    host: 'any-range.auth',
    ingresses: [{ name: 'any', annotations: { [`${A}allowlist-source-range`]: '127.0.0.2', [`${A}auth-url`]: '{{auth}}/basic-auth/user/password', [`${A}satisfy`]: 'any' } }],
    requests: [
      { from: '127.0.0.2', expect: 200 },
      { from: '127.0.0.1', headers: { Authorization: basic('user', 'password') }, expect: 200 },
      { from: '127.0.0.1', expect: 401 },
    ],
  },
  ...(Object.keys(BAR_HASHES) as HashScheme[]).map(
    (scheme): PortedCase => ({
      source: 'ingressc',
      it: `basic auth with a ${scheme} password hash`,
      translation: 'a target checks this format, or refuses to compile naming the Secret line (IC3132)',
      host: `${scheme}.hash.auth`,
      ingresses: [{ name: 'hash', annotations: basicAnnotations('users') }],
      objects: [secretYaml('users', { auth: `# a comment\nfoo:${BAR_HASHES[scheme]}\n` })],
      refusedWith: refusingScheme(scheme),
      requests: [
        { from: '127.0.0.1', headers: { Authorization: basic('foo', 'bar') }, expect: 200 },
        { from: '127.0.0.1', headers: { Authorization: basic('foo', 'bar2') }, expect: 401 },
      ],
    }),
  ),
];
