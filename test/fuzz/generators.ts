import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { parse, stringify } from 'yaml';
import type { CompileOptions, SourceFile } from '../../src/index.js';
import { repoRoot } from '../harness/proxies.js';
import { ALL_PAYLOADS, SPECIAL_CHARS } from './payloads.js';

/**
 * Manifests for the injection fuzzer. A case is a valid-but-weird scenario (built as JS objects,
 * serialised with the `yaml` package so every payload is data) with zero, one or two string
 * leaves poisoned, or the same YAML text with a payload spliced into it (parser fuzzing).
 * Weights are chosen so that a good share of cases is ACCEPTED and reaches the emitters.
 */

export type Obj = Record<string, unknown>;

export interface FuzzCase {
  sources: SourceFile[];
  options: CompileOptions;
  /** What was done, for reports: "field spec.rules[0].host ← suffix ..." or "raw @123". */
  mutations: string[];
}

const show = (s: string): string => (s.length > 60 ? `${JSON.stringify(s.slice(0, 40))}…(${s.length} chars)` : JSON.stringify(s));

const LOWER = 'abcdefghijklmnopqrstuvwxyz'.split('');
const DIGITS = '0123456789'.split('');
const ALNUM = [...LOWER, ...DIGITS];
const PATH_CHARS = [...ALNUM, ...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'.split(''), '.', '_', '~', '-'];

// ---------------------------------------------------------------- valid-but-weird values

const labelBody = (max: number) => fc.string({ unit: fc.constantFrom(...ALNUM, '-', '-', '-'), maxLength: max });

/** DNS-1123 label: edge-case words, max length, "-" in every inner position, numeric labels. */
export const dnsLabel: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom('a', 'y', 'n', 'on', 'no', 'off', 'yes', 'true', 'null', 'nan', 'inf', '0', '00', '1e3', '0x1f', '0o7', 'xn--p1ai', 'www', 'a-b', 'a--b', '9', 'local') },
  { weight: 4, arbitrary: fc.tuple(fc.constantFrom(...ALNUM), labelBody(20), fc.constantFrom(...ALNUM)).map(([a, b, c]) => a + b + c) },
  { weight: 1, arbitrary: fc.constantFrom('a'.repeat(63), `a${'-'.repeat(61)}z`, '1'.repeat(63), `x${'0'.repeat(62)}`) },
);

/** DNS-1035 label (Service names): a letter first. */
export const dns1035Label: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom('a', 'svc', 'y', 'on', 'null', 'true', 'a0', 'z-9', `a${'b'.repeat(62)}`, `s${'-'.repeat(61)}z`),
  fc.tuple(fc.constantFrom(...LOWER), labelBody(20), fc.constantFrom(...ALNUM)).map(([a, b, c]) => a + b + c),
);

/** DNS-1123 subdomain up to 253 characters; numeric labels but not a dotted quad. */
export const dnsSubdomain: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: fc.array(dnsLabel, { minLength: 1, maxLength: 4 }).map((ls) => ls.join('.')) },
  { weight: 1, arbitrary: fc.constantFrom(`${'a'.repeat(63)}.${'b'.repeat(63)}.${'c'.repeat(63)}.${'d'.repeat(61)}`, '1.2.3', '1.2.3.4.5', '999.1.1.1', '0.0.0.0x', 'example.com') },
);

export const host: fc.Arbitrary<string> = fc.oneof(
  { weight: 30, arbitrary: dnsSubdomain },
  { weight: 8, arbitrary: dnsSubdomain.map((s) => `*.${s}`) },
  { weight: 1, arbitrary: fc.constantFrom('*', '*.*.a.com', 'a.*.com', 'A.example.com', 'a.com.', '-a.com', 'a-.com', '10.0.0.1', '::1', 'a_b.com', 'a..b') },
);

const pathSegment = fc.oneof(
  { weight: 15, arbitrary: fc.string({ unit: fc.constantFrom(...PATH_CHARS), minLength: 1, maxLength: 12 }) },
  { weight: 1, arbitrary: fc.constantFrom('.', '..', '...', '~', '.well-known', '-', '_', '~user', 'a.', '.a', 'A', 'index.html') },
);

/** Regex paths (ImplementationSpecific under use-regex): real-world ones, and regex syntax mixed with hostile characters. */
const regexPath: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom('/something(/|$)(.*)', '/api/v[0-9]+/(.*)', '/foo/bar/[a-z]{3}', '/id/[0-9]+$', '/(.*)', '/.*', '/a|/b', '/x{2,3}?', '/[^/]+/y', '/s\\.(css|js)$', '/*', '/api/*', '/a\\$b[$]') },
  { weight: 1, arbitrary: fc.string({ unit: fc.constantFrom('a', '/', '.', '*', '+', '?', '(', ')', '[', ']', '{', '}', '|', '^', '$', '\\', '-', ',', '1', ';', '"', "'", '#', ' ', '%', '\n', 'é'), minLength: 1, maxLength: 10 }).map((x) => `/${x}`) },
);

export const path: fc.Arbitrary<string> = fc.oneof(
  { weight: 1, arbitrary: regexPath },
  { weight: 50, arbitrary: fc.tuple(fc.array(pathSegment, { maxLength: 5 }), fc.boolean()).map(([s, slash]) => `/${s.join('/')}${slash && s.length ? '/' : ''}`) },
  { weight: 1, arbitrary: fc.constantFrom(100, 1000, 2000, 2048, 4000, 4090, 4096, 5000).map((n) => `/${'a'.repeat(n)}`) },
  { weight: 1, arbitrary: fc.constantFrom('', '/', '//', 'a', '/a//b', '/a/./b', '/a/..', '/a/.', '/%2fa', '/(a|b)', '/a.*', '/a b', '/a?x', '/É') },
);

export const pathType = fc.constantFrom('Prefix', 'Prefix', 'Exact', 'ImplementationSpecific');

export const ianaPortName: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom('http', 'https', 'a', 'h2c', 'x-1', 'a1b2c3d4e5f6g7h', 'grpc-web', '1a', 'web'),
  fc.tuple(fc.constantFrom(...LOWER), fc.string({ unit: fc.constantFrom(...ALNUM), maxLength: 8 })).map(([a, b]) => a + b),
);

const portNumber = fc.oneof(fc.constantFrom(1, 80, 443, 8080, 65535), fc.integer({ min: 1, max: 65535 }));

// ---------------------------------------------------------------- payloads

export const payload: fc.Arbitrary<string> = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom(...ALL_PAYLOADS) },
  { weight: 3, arbitrary: fc.string({ unit: fc.constantFrom(...SPECIAL_CHARS, 'a', 'b', '/', '.', '1'), minLength: 1, maxLength: 8 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 6 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 4 }) },
);

// ---------------------------------------------------------------- scenario

let pemCache: { crt: string; key: string } | undefined;
/** A real certificate and key (the cafe fixture's test pair), base64 as a Secret carries them. */
export function testPem(): { crt: string; key: string } {
  if (pemCache) return pemCache;
  const doc = parse(readFileSync(join(repoRoot(), 'fixtures', 'cafe', 'cafe-secret.yaml'), 'utf8')) as { data: Record<string, string> };
  pemCache = { crt: doc.data['tls.crt']!, key: doc.data['tls.key']! };
  return pemCache;
}

interface PathSpec {
  path: string;
  pathType: string;
  svc: number;
}
interface RuleSpec {
  host: string | undefined;
  paths: PathSpec[];
}
interface IngressSpec {
  name: string;
  namespace: string | undefined;
  className: string | undefined;
  annotations: [string, string][];
  rules: RuleSpec[];
  defaultSvc: number | undefined;
  tls: { hosts: number[]; secret: string | undefined }[];
  legacy: boolean;
}
interface ServiceSpec {
  name: string;
  port: number | string;
  /** With a named port: the Service manifest (and its number). */
  number: number;
  slice: string[] | undefined;
}
export interface Scenario {
  services: ServiceSpec[];
  ingresses: IngressSpec[];
  secretsPresent: boolean;
  classDefault: boolean;
  useClassOption: boolean;
  allowSnippets: boolean;
  sslRedirect: boolean;
  listen: [string, string];
  /** The users Secret "users" of every namespace (htpasswd text in key auth, and the same users as auth-map keys). */
  htpasswd?: { text: string; map: Record<string, string>; asMap: boolean };
}

/** One source-range entry: IPv4/IPv6 addresses and CIDRs, host bits set, edge prefixes, mapped and compressed forms. */
const octet = fc.integer({ min: 0, max: 255 });
const cidrEntry: fc.Arbitrary<string> = fc.oneof(
  fc.tuple(octet, octet, octet, octet, fc.option(fc.integer({ min: 0, max: 32 }), { nil: undefined })).map(([a, b, c, d, p]) => `${a}.${b}.${c}.${d}${p === undefined ? '' : `/${p}`}`),
  fc.tuple(fc.array(fc.integer({ min: 0, max: 0xffff }), { minLength: 8, maxLength: 8 }), fc.option(fc.integer({ min: 0, max: 128 }), { nil: undefined })).map(([g, p]) => `${g.map((x) => x.toString(16)).join(':')}${p === undefined ? '' : `/${p}`}`),
  fc.constantFrom('::', '::/0', '::1', '::ffff:10.0.0.1/120', 'FE80::1/10', '2001:DB8::/32', '0.0.0.0/0', '255.255.255.255/32', '127.0.0.1'),
);
/** A source-range value: entries joined by "," with optional spaces (duplicates allowed). */
export const sourceRange: fc.Arbitrary<string> = fc
  .array(fc.tuple(cidrEntry, fc.constantFrom('', ' ', '  ')), { minLength: 1, maxLength: 4 })
  .map((es) => es.map(([e, sp]) => `${sp}${e}`).join(','));

/** nginx sizes, valid and near-valid (the grammar must refuse the latter, located). */
export const nginxSize: fc.Arbitrary<string> = fc.oneof(
  fc.tuple(fc.nat(99999), fc.constantFrom('', 'k', 'K', 'm', 'M', 'g', 'G')).map(([n, u]) => `${n}${u}`),
  fc.constantFrom('0', '15r', '10b', '1.5m', ' 1m', '1m;', '-1', '99999999999999999g'),
);

/** limit-* numbers, valid and near-valid (signs, units, overflow, injection). */
export const limitNumber: fc.Arbitrary<string> = fc.oneof(
  fc.nat(100).map(String),
  fc.constantFrom('0', '1', '5', '1000000', '1000001', '-1', '+5', '007', '1.5', '1k', '10r/s', '5 ', ' 5', '99999999999999999999', '1; return 200', '1 burst=999', 'nodelay'),
);

/** Canary values: names, header values, patterns, cookies and weights, valid and hostile. */
export const canaryValue: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    'X-Canary', 'Canary_By', 'CanaryByHeader', 'always', 'never', 'DoCanary', 'v1.2:3/x~_-', '^Do[A-Z][a-z]+y$', '(a|b)+', '.*', '^$',
    '(a)\\1', '(?=a)b', '[][**da?$&*', 'a"; return 200; #', "a' %[src]", '$host', '${request_id}', 'x y', 'a;b', 'a=b', 'X.Canary',
    '0', '1', '20', '50', '100', '101', '200', '1000', '-1', '+5', '1e3', '',
  ),
  fc.string({ maxLength: 12 }),
);

/** cors-allow-origin values: valid entries, wildcards, schemes, "null", "*", and hostile near-misses. */
const corsOriginEntry: fc.Arbitrary<string> = fc.oneof(
  fc.tuple(fc.constantFrom('http://', 'https://', 'tauri://', ''), fc.constantFrom('', '*.'), dnsSubdomain, fc.option(fc.integer({ min: 1, max: 99999 }), { nil: undefined })).map(
    ([s, w, h, p]) => `${s}${w}${h}${p === undefined ? '' : `:${p}`}`,
  ),
  fc.constantFrom('*', 'null', '', '   ', 'https://$upstream_addr', 'https://a.com"; return 200; #', "https://a.com' %[src]", 'https://{http.request.uri}', 'http://a.com/x', 'HTTP://A.COM', 'https://a.*.com', 'https://*.*.a.com'),
);
export const corsOrigins: fc.Arbitrary<string> = fc
  .tuple(fc.array(corsOriginEntry, { minLength: 1, maxLength: 4 }), fc.constantFrom(',', ', ', ' ,'))
  .map(([es, sep]) => es.join(sep));
/** cors-allow-methods / -headers / -expose-headers values, valid and hostile. */
export const corsList = fc.oneof(
  fc.array(fc.constantFrom('GET', 'POST', 'X-Custom_1', '*', 'Content-Type', 'dnt'), { minLength: 1, maxLength: 4 }).map((xs) => xs.join(', ')),
  fc.constantFrom('', ' ', 'GET,,POST', 'GET ,POST', 'X-A;Y', '$http_host', 'X-A"; return 200; #', '%[src]', '{http.request.uri}', 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!', 'a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,;'),
);

/** session-cookie-* values: valid names, paths, domains, seconds, and hostile near-misses. */
export const cookieValue = fc.oneof(
  fc.tuple(fc.constantFrom('session-cookie-name', 'session-cookie-domain'), dnsSubdomain).map(([k, v]): [string, string] => [k, v]),
  fc.tuple(fc.constant('session-cookie-path'), path).map(([k, v]): [string, string] => [k, v]),
  fc.tuple(
    fc.constantFrom('session-cookie-name', 'session-cookie-path', 'session-cookie-domain', 'session-cookie-samesite', 'session-cookie-max-age', 'session-cookie-expires', 'affinity-mode'),
    fc.constantFrom('SERVERID', 'a/b:c', 'x; Path=/', '/p"; return 200; #', "/p' %[src]", '{http.request.uri}', '$cookie_x', 'None', 'lax', '0', '-5', '0abc', '172800', 'persistent', '.foo.bar', 'a b'),
  ),
);
const A = 'nginx.ingress.kubernetes.io/';
const authValue = (key: string, valid: readonly string[], hostile: readonly string[]): fc.Arbitrary<[string, string]> =>
  fc.oneof({ weight: 8, arbitrary: fc.constantFrom(...valid) }, { weight: 1, arbitrary: fc.constantFrom(...hostile) }, { weight: 1, arbitrary: payload }).map((v): [string, string] => [`${A}${key}`, v]);
/** Authentication settings, valid and hostile: URLs, header names, realms, redirect values. */
const authExtra: fc.Arbitrary<[string, string]> = fc.oneof(
  authValue('auth-realm', ['Protected', '', 'realm (x)', 'a/b:c'], ['off', 'a"; auth_basic off; #', "x' %[src]", 'ünïcode']),
  authValue('auth-secret-type', ['auth-file', 'auth-map'], ['auth-maps']),
  authValue('auth-secret', ['users'], ['missing', 'other/users', '../users']),
  authValue('auth-url', ['http://auth.example.com/check', 'https://10.0.0.9:9443/a?b=c', 'http://[2001:db8::1]/x'], ['http://auth/"; return 200; #', 'http://$host/x', 'https://invalid..auth.url', 'http://a/b#c']),
  authValue('auth-signin', ['http://$host/oauth2/start', 'https://login.example.com/start?rd=x', 'https://login.example.com/s?a=b'], ['http://$host/x"; return 200;', 'http://$request_uri/']),
  authValue('auth-signin-redirect-param', ['rd', 'orig'], ['a b', 'x;y']),
  authValue('auth-response-headers', ['X-User, X-Email', 'X_User', ' , '], ['X-User\r\nX: y', 'Foo"; return 200; #']),
  authValue('auth-request-redirect', ['/welcome', 'https://app.example.com/x?y=1'], ['$request_uri', '/x"; return 200; #']),
  authValue('auth-method', ['GET', 'POST'], ['get', 'GET; return']),
  authValue('satisfy', ['any', 'all'], ['some']),
  authValue('auth-always-set-cookie', ['true', 'false'], ['yes please']),
);
const authBundle: fc.Arbitrary<[string, string][]> = fc
  .tuple(fc.constantFrom('basic', 'basic', 'basic', 'basic', 'external', 'both', 'digest'), fc.oneof(fc.constant([]), fc.array(authExtra, { maxLength: 2 })), fc.option(sourceRange, { freq: 3, nil: undefined }))
  .map(([kind, extra, range]) => [
    ...(kind !== 'external' ? ([[`${A}auth-type`, kind === 'digest' ? 'digest' : 'basic'], [`${A}auth-secret`, 'users']] as [string, string][]) : []),
    ...(kind === 'external' || kind === 'both' ? ([[`${A}auth-url`, 'http://127.0.0.1:9/check']] as [string, string][]) : []),
    ...(range !== undefined ? ([[`${A}allowlist-source-range`, range]] as [string, string][]) : []),
    ...extra,
  ]);

const BAR = ['$apr1$ingressc$vEFXzkd1Euw713xle33aG0', '$1$ingressc$EBoY80QCttjpRmlyPfhsA.', '$2y$05$ingresscingresscingre.JeneLGYD0SkpleRQIm5jdyri1kaOnXa', '{SHA}Ys23Ag/5IOWqZCw9QGaVDdHwH00=', '{SSHA}CfGkGBT8wT0mnur5pdxIxxhAOJ1pbmdyZXNzYw==', '{PLAIN}bar', 'icvHyHqYf.d3A'];
/** htpasswd user lines: valid hashes (each target checks some), hostile names and hashes. */
const htpasswdUser = fc.tuple(
  fc.oneof({ weight: 8, arbitrary: fc.constantFrom('foo', 'bar', 'a@b.example', 'x.y-z') }, { weight: 1, arbitrary: fc.constantFrom('x"y', "q'", 'u s', 'é', '#c') }, { weight: 1, arbitrary: payload }),
  // {SHA} (Envoy's one format) and $1$ (HAProxy's) more often: each target must see Secrets it accepts.
  fc.oneof({ weight: 4, arbitrary: fc.constant(BAR[3]!) }, { weight: 3, arbitrary: fc.constant(BAR[1]!) }, { weight: 3, arbitrary: fc.constantFrom(...BAR) }, { weight: 1, arbitrary: fc.constantFrom('', '{PLAIN}a"; return 200; #', "{PLAIN}x'%[src]", '$apr1$x$"}', '{SHA}short') }, { weight: 1, arbitrary: payload }),
);
// Secret data keys must be Kubernetes keys ([-._a-zA-Z0-9]+): other names go only into the htpasswd text.
const htpasswd = fc
  .tuple(fc.oneof({ weight: 2, arbitrary: fc.array(htpasswdUser, { minLength: 1, maxLength: 1 }) }, { weight: 1, arbitrary: fc.array(htpasswdUser, { minLength: 2, maxLength: 3 }) }), fc.constantFrom(false, false, true))
  .map(([us, asMap]) => ({ text: us.map(([u, h]) => `${u}:${h}`).join('\n'), map: Object.fromEntries(us.filter(([u]) => /^[-._a-zA-Z0-9]{1,253}$/.test(u))), asMap }));

const annotation = fc.oneof(
  {
    weight: 2,
    arbitrary: cookieValue.map(([k, v]): [string, string] => [`nginx.ingress.kubernetes.io/${k}`, v]),
  },
  {
    weight: 1,
    arbitrary: corsOrigins.map((v): [string, string] => ['nginx.ingress.kubernetes.io/cors-allow-origin', v]),
  },
  {
    weight: 1,
    arbitrary: fc.tuple(fc.constantFrom('cors-allow-methods', 'cors-allow-headers', 'cors-expose-headers', 'cors-max-age'), corsList).map(([k, v]): [string, string] => [`nginx.ingress.kubernetes.io/${k}`, v]),
  },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.constantFrom('canary-by-header', 'canary-by-header-value', 'canary-by-header-pattern', 'canary-by-cookie', 'canary-weight', 'canary-weight-total'), canaryValue)
      .map(([k, v]): [string, string] => [`nginx.ingress.kubernetes.io/${k}`, v]),
  },
  {
    weight: 1,
    arbitrary: fc.tuple(fc.constantFrom('proxy-body-size', 'client-body-buffer-size'), nginxSize).map(([k, v]): [string, string] => [`nginx.ingress.kubernetes.io/${k}`, v]),
  },
  {
    weight: 1,
    arbitrary: fc.tuple(fc.constantFrom('allowlist-source-range', 'whitelist-source-range', 'denylist-source-range'), sourceRange).map(([k, v]): [string, string] => [`nginx.ingress.kubernetes.io/${k}`, v]),
  },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.constantFrom('limit-rps', 'limit-rpm', 'limit-connections', 'limit-burst-multiplier', 'limit-rate', 'limit-rate-after'), limitNumber)
      .map(([k, v]): [string, string] => [`nginx.ingress.kubernetes.io/${k}`, v]),
  },
  { weight: 1, arbitrary: sourceRange.map((v): [string, string] => ['nginx.ingress.kubernetes.io/limit-whitelist', v]) },
  {
    weight: 1,
    arbitrary: fc.constantFrom<[string, string]>(
      ['auth-tls-secret', 'default/ca-secret'],
      ['auth-tls-secret', 'ca-secret'],
      ['auth-tls-secret', 'other/ca'],
      ['auth-tls-secret', 'a/b/c'],
      ['auth-tls-secret', '../etc/passwd'],
      ['auth-tls-verify-client', 'on'],
      ['auth-tls-verify-client', 'optional_no_ca'],
      ['auth-tls-verify-client', 'On'],
      ['auth-tls-verify-client', 'on; ssl_verify_client off'],
      ['auth-tls-verify-depth', '2'],
      ['auth-tls-verify-depth', '0'],
      ['auth-tls-verify-depth', '100'],
      ['auth-tls-pass-certificate-to-upstream', 'true'],
      ['auth-tls-pass-certificate-to-upstream', 'yes'],
      ['auth-tls-error-page', 'https://example.com/error?x=1'],
      ['auth-tls-error-page', 'https://example.com/$host'],
      ['auth-tls-error-page', 'http://a.com/"; return 200; #'],
      ['auth-tls-error-page', '/relative'],
      ['auth-tls-match-cn', 'CN=(a|b)'],
      ['auth-tls-match-cn', 'CN=client$'],
      ['auth-tls-match-cn', 'CN=x") { return 200; } if ($a ~ "'],
      ['auth-tls-match-cn', 'CN=(?<n>x)'],
      ['auth-tls-match-cn', 'O=org'],
    ).map(([k, v]): [string, string] => [`nginx.ingress.kubernetes.io/${k}`, v]),
  },
  fc.constantFrom<[string, string]>(
    ['nginx.ingress.kubernetes.io/canary', 'true'],
    ['nginx.ingress.kubernetes.io/canary', 'true'],
    ['nginx.ingress.kubernetes.io/canary', 'false'],
    // enable-cors / affinity themselves: test/fuzz/traffic.test.ts (the whole-output oracle here does not
    // model the traffic family's directives); here their values only meet the grammars.
    ['nginx.ingress.kubernetes.io/enable-cors', 'false'],
    ['nginx.ingress.kubernetes.io/cors-allow-credentials', 'false'],
    ['nginx.ingress.kubernetes.io/cors-max-age', '-5'],
    ['nginx.ingress.kubernetes.io/cors-max-age', '99999999999999999999'],
    ['nginx.ingress.kubernetes.io/ssl-redirect', 'false'],
    ['nginx.ingress.kubernetes.io/ssl-redirect', 'true'],
    ['nginx.ingress.kubernetes.io/ssl-redirect', 'False'],
    ['nginx.ingress.kubernetes.io/ssl-redirect', '0'],
    ['nginx.ingress.kubernetes.io/ssl-redirect', 'no'],
    ['nginx.ingress.kubernetes.io/proxy-read-timeout', '30; return 200'],
    ['nginx.ingress.kubernetes.io/proxy-read-timeout', '30'],
    ['nginx.ingress.kubernetes.io/proxy-send-timeout', '+20'],
    ['nginx.ingress.kubernetes.io/proxy-connect-timeout', '5'],
    ['nginx.ingress.kubernetes.io/proxy-connect-timeout', '50k'],
    ['nginx.ingress.kubernetes.io/upstream-vhost', 'upstream.example.com'],
    ['nginx.ingress.kubernetes.io/upstream-vhost', 'Svc.NS.svc:8080'],
    ['nginx.ingress.kubernetes.io/upstream-vhost', '$host'],
    ['nginx.ingress.kubernetes.io/whitelist-source-range', '10.0.0.0/8'],
    ['nginx.org/basic-auth-secret', 'htpasswd'],
    ['traefik.ingress.kubernetes.io/router.priority', '10'],
    ['nginx.ingress.kubernetes.io/rewrite-target', '/$1'],
    ['nginx.ingress.kubernetes.io/rewrite-target', '/'],
    ['nginx.ingress.kubernetes.io/rewrite-target', '/new/$2/x$1'],
    ['nginx.ingress.kubernetes.io/rewrite-target', '/$host'],
    ['nginx.ingress.kubernetes.io/rewrite-target', '/a"; return 200; #'],
    ['nginx.ingress.kubernetes.io/rewrite-target', "/a' \\1 %[src]"],
    // Gateway API: "/$2" (ReplacePrefixMatch on "<prefix>(/|$)(.*)") and a fixed path (ReplaceFullPath).
    ['nginx.ingress.kubernetes.io/rewrite-target', '/$2'],
    ['nginx.ingress.kubernetes.io/rewrite-target', '/new/backend'],
    ['nginx.ingress.kubernetes.io/use-regex', 'true'],
    ['nginx.ingress.kubernetes.io/use-regex', 'true'],
    // redirects family (src/providers/ingress-nginx/families/redirects.ts)
    ['nginx.ingress.kubernetes.io/permanent-redirect', 'https://new.example.com/path?q=1'],
    ['nginx.ingress.kubernetes.io/permanent-redirect', 'https://example.com/;\n  return 200 "pwned";\n#'],
    ['nginx.ingress.kubernetes.io/permanent-redirect', 'https://a.example/$request_uri'],
    ['nginx.ingress.kubernetes.io/permanent-redirect', 'https://a.example/{http.request.uri}%[src]'],
    ['nginx.ingress.kubernetes.io/permanent-redirect-code', '308'],
    ['nginx.ingress.kubernetes.io/permanent-redirect-code', '305'],
    ['nginx.ingress.kubernetes.io/temporal-redirect', 'http://t.example:8080/'],
    ['nginx.ingress.kubernetes.io/temporal-redirect-code', '307'],
    // Gateway API RequestRedirect: verbatim URLs only (no path, capitals, the scheme's own port, a query: IC3071).
    ['nginx.ingress.kubernetes.io/permanent-redirect', 'https://new.example.com/landing/'],
    ['nginx.ingress.kubernetes.io/permanent-redirect', 'http://bare.example.com'],
    ['nginx.ingress.kubernetes.io/permanent-redirect', 'HTTPS://Upper.example/x'],
    ['nginx.ingress.kubernetes.io/temporal-redirect', 'https://p.example:443/x'],
    ['nginx.ingress.kubernetes.io/permanent-redirect-code', '303'],
    // A path (made absolute by the proxy, or kept with relative-redirects), and hostile ones refused (IC2081).
    ['nginx.ingress.kubernetes.io/permanent-redirect', '/new-location'],
    ['nginx.ingress.kubernetes.io/permanent-redirect', '/new-location?a=1&b=%2F'],
    ['nginx.ingress.kubernetes.io/permanent-redirect', '//evil.example/x'],
    ['nginx.ingress.kubernetes.io/permanent-redirect', '/$host/x'],
    ['nginx.ingress.kubernetes.io/permanent-redirect', '/a b'],
    ['nginx.ingress.kubernetes.io/permanent-redirect', '/x";\n  return 200 "pwned";\n#'],
    ['nginx.ingress.kubernetes.io/permanent-redirect', '/{http.request.host}%[src]'],
    ['nginx.ingress.kubernetes.io/temporal-redirect', '/not-a-url'],
    ['nginx.ingress.kubernetes.io/relative-redirects', 'true'],
    ['nginx.ingress.kubernetes.io/relative-redirects', 'false'],
    ['nginx.ingress.kubernetes.io/app-root', '/app'],
    ['nginx.ingress.kubernetes.io/app-root', '/app"; return 200; #'],
    ['nginx.ingress.kubernetes.io/app-root', 'https://example.com/landing'],
    ['nginx.ingress.kubernetes.io/force-ssl-redirect', 'true'],
    ['nginx.ingress.kubernetes.io/preserve-trailing-slash', 'true'],
    ['nginx.ingress.kubernetes.io/server-alias', 'alias.example.com, www.alias.example.com'],
    ['nginx.ingress.kubernetes.io/from-to-www-redirect', 'true'],
    ['nginx.ingress.kubernetes.io/server-alias', '10.0.0.1'],
    ['nginx.ingress.kubernetes.io/server-alias', 'a.example;evil'],
    ['nginx.ingress.kubernetes.io/x-forwarded-prefix', '/prefix'],
    ['nginx.ingress.kubernetes.io/x-forwarded-prefix', '/p"; more_set_headers "x'],
    ['nginx.ingress.kubernetes.io/custom-http-errors', '404,503'],
    ['nginx.ingress.kubernetes.io/custom-http-errors', '404, 503'],
    ['nginx.ingress.kubernetes.io/custom-http-errors', '404;return 200'],
    ['nginx.ingress.kubernetes.io/custom-http-errors', ',00'],
    ['nginx.ingress.kubernetes.io/default-backend', 'echo'],
    ['nginx.ingress.kubernetes.io/default-backend', 'echo"; return 200; #'],
    ['nginx.ingress.kubernetes.io/default-backend', 'other-ns/echo'],
    ['nginx.ingress.kubernetes.io/disable-proxy-intercept-errors', 'true'],
    ['nginx.ingress.kubernetes.io/disable-proxy-intercept-errors', 'on'],
    ['nginx.ingress.kubernetes.io/proxy-redirect-from', 'hello.com'],
    ['nginx.ingress.kubernetes.io/proxy-redirect-to', 'goodbye.com'],
    ['nginx.ingress.kubernetes.io/proxy-redirect-from', '~^http://(.*)$'],
    ['nginx.ingress.kubernetes.io/proxy-redirect-to', '$scheme://$host/'],
    ['nginx.ingress.kubernetes.io/proxy-cookie-domain', 'localhost example.org'],
    ['nginx.ingress.kubernetes.io/proxy-cookie-path', '/one/ /'],
    ['nginx.ingress.kubernetes.io/proxy-cookie-path', '/one/; return 200'],
    ['nginx.ingress.kubernetes.io/configuration-snippet', 'more_set_headers "X: y";'],
    ['nginx.ingress.kubernetes.io/server-snippet', 'location /x { return 200; }'],
    ['nginx.ingress.kubernetes.io/auth-url', 'http://auth.example.com/'],
    ['nginx.ingress.kubernetes.io/permanent-redirect', 'https://example.com/'],
    ['nginx.ingress.kubernetes.io/backend-protocol', 'HTTPS'],
    ['nginx.ingress.kubernetes.io/backend-protocol', 'grpc'],
    ['nginx.ingress.kubernetes.io/backend-protocol', 'GRPCS'],
    ['nginx.ingress.kubernetes.io/backend-protocol', 'AUTO_HTTP'],
    ['nginx.ingress.kubernetes.io/backend-protocol', 'FCGI'],
    ['nginx.ingress.kubernetes.io/backend-protocol', 'HTTPS; proxy_pass http://evil'],
    ['nginx.ingress.kubernetes.io/proxy-ssl-secret', 'default/backend-ca'],
    ['nginx.ingress.kubernetes.io/proxy-ssl-secret', '../x'],
    ['nginx.ingress.kubernetes.io/proxy-ssl-verify', 'on'],
    ['nginx.ingress.kubernetes.io/proxy-ssl-verify', 'ON'],
    ['nginx.ingress.kubernetes.io/proxy-ssl-name', 'backend.example.com'],
    ['nginx.ingress.kubernetes.io/proxy-ssl-name', '$host'],
    ['nginx.ingress.kubernetes.io/proxy-ssl-name', 'a"; ssl off; #'],
    ['nginx.ingress.kubernetes.io/proxy-ssl-server-name', 'on'],
    ['nginx.ingress.kubernetes.io/proxy-ssl-verify-depth', '3'],
    ['nginx.ingress.kubernetes.io/proxy-ssl-verify-depth', '-1'],
    ['nginx.ingress.kubernetes.io/proxy-ssl-ciphers', 'HIGH:!aNULL:!MD5'],
    ['nginx.ingress.kubernetes.io/proxy-ssl-ciphers', "HIGH' verify none"],
    ['nginx.ingress.kubernetes.io/proxy-ssl-protocols', 'TLSv1.2 TLSv1.3'],
    ['nginx.ingress.kubernetes.io/proxy-ssl-protocols', 'SSLv3'],
    ['nginx.ingress.kubernetes.io/ssl-ciphers', 'ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256'],
    ['nginx.ingress.kubernetes.io/ssl-ciphers', 'HIGH:!aNULL@STRENGTH'],
    ['nginx.ingress.kubernetes.io/ssl-ciphers', 'HIGH"; ssl_ciphers ALL; #'],
    ['nginx.ingress.kubernetes.io/ssl-prefer-server-ciphers', 'false'],
    ['nginx.ingress.kubernetes.io/service-upstream', 'true'],
    ['nginx.ingress.kubernetes.io/service-upstream', 'yes'],
    ['ingressc.dev/anything', 'x'],
    ['example.com/owner', 'team "a"; #1'],
    ['kubernetes.io/description', 'hello\tworld'],
  ),
);

const service: fc.Arbitrary<ServiceSpec> = fc.record({
  name: dns1035Label,
  port: fc.oneof({ weight: 3, arbitrary: portNumber }, { weight: 1, arbitrary: ianaPortName }),
  number: portNumber,
  slice: fc.option(fc.constantFrom(['10.0.0.1'], ['10.0.0.1', '10.0.0.2'], ['fd00::1'], []), { freq: 4, nil: undefined }),
});

/**
 * permanent-redirect to a path (RFC 3986 characters, or a hostile one), with relative-redirects on
 * the same Ingress half of the time: a pair one draw of `annotation` would rarely make.
 */
const redirectPath: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.tuple(fc.array(pathSegment, { maxLength: 3 }), fc.option(fc.constantFrom('a=1', 'b=%2F&c', '?x/y'), { nil: undefined })).map(([s, q]) => `/${s.join('/')}${q === undefined ? '' : `?${q}`}`) },
  { weight: 1, arbitrary: fc.string({ unit: fc.constantFrom('a', '/', '$', '{', '}', '%', '"', "'", '\\', ' ', '\n', '#', ';', '?', 'é'), minLength: 1, maxLength: 8 }).map((x) => `/${x}`) },
);
const pathRedirect: fc.Arbitrary<[string, string][]> = fc
  .tuple(redirectPath, fc.constantFrom(undefined, 'true', 'false', 'true'))
  .map(([p, rel]): [string, string][] => [['nginx.ingress.kubernetes.io/permanent-redirect', p], ...(rel === undefined ? [] : [['nginx.ingress.kubernetes.io/relative-redirects', rel] as [string, string]])]);

const plainAnnotations: fc.Arbitrary<[string, string][]> = fc.oneof(
  { weight: 12, arbitrary: fc.constant<[string, string][]>([]) },
  { weight: 4, arbitrary: fc.array(annotation, { minLength: 1, maxLength: 2 }) },
  { weight: 1, arbitrary: pathRedirect },
);

const ingress = (nServices: number, annotations: fc.Arbitrary<[string, string][]> = plainAnnotations, defaultBackends = true): fc.Arbitrary<IngressSpec> => {
  const svc = fc.nat(nServices - 1);
  return fc.record({
    name: dnsSubdomain,
    namespace: fc.option(dnsLabel, { nil: undefined }),
    className: fc.option(fc.constantFrom('nginx', 'ingressc', 'a.b-c'), { freq: 3, nil: undefined }),
    annotations,
    rules: fc.array(
      fc.record({
        host: fc.option(host, { freq: 6, nil: undefined }),
        paths: fc.array(fc.record({ path, pathType, svc }), { minLength: 1, maxLength: 3 }),
      }),
      { minLength: 1, maxLength: 3 },
    ),
    defaultSvc: defaultBackends ? fc.option(svc, { freq: 3, nil: undefined }) : fc.constant(undefined),
    tls: fc.array(fc.record({ hosts: fc.array(fc.nat(3), { maxLength: 2 }), secret: fc.option(dnsSubdomain, { freq: 5, nil: undefined }) }), { maxLength: 2 }),
    legacy: fc.constantFrom(false, false, false, true),
  });
};

const scenarioWith = (annotations: fc.Arbitrary<[string, string][]>, users: fc.Arbitrary<Scenario['htpasswd']>, auth = false): fc.Arbitrary<Scenario> => fc
  .array(service, { minLength: 1, maxLength: 3 })
  .chain((services) =>
    fc.record({
      services: fc.constant(services),
      // Authentication cases: one Ingress without a defaultBackend (a restricted Ingress cannot have one: IC3070).
      ingresses: fc.array(ingress(services.length, annotations, !auth), { minLength: 1, maxLength: auth ? 1 : 2 }),
      secretsPresent: fc.boolean(),
      classDefault: fc.boolean(),
      useClassOption: fc.constantFrom(false, false, false, true),
      allowSnippets: fc.constantFrom(false, false, true),
      sslRedirect: fc.constantFrom(true, true, false),
      listen: fc.constantFrom<[string, string]>(['0.0.0.0:80', '0.0.0.0:443'], ['127.0.0.1:8080', '127.0.0.1:8443'], ['[::1]:80', '[::]:443']),
      htpasswd: users,
    }),
  );

export const scenario: fc.Arbitrary<Scenario> = scenarioWith(plainAnnotations, fc.constant(undefined));
/** Scenarios whose Ingresses authenticate (basic, external, with source ranges and hostile settings), with a users Secret. */
export const authScenario: fc.Arbitrary<Scenario> = scenarioWith(fc.oneof({ weight: 1, arbitrary: plainAnnotations }, { weight: 3, arbitrary: authBundle }), htpasswd, true);

/** The scenario as Kubernetes objects (one list of documents). */
export function manifests(s: Scenario): Obj[] {
  const docs: Obj[] = [];
  const pem = testPem();
  const secrets = new Set<string>();
  for (const ing of s.ingresses) {
    const ns = ing.namespace;
    const backend = (i: number): Obj => {
      const sv = s.services[i % s.services.length]!;
      if (ing.legacy) return { serviceName: sv.name, servicePort: sv.port };
      return { service: { name: sv.name, port: typeof sv.port === 'number' ? { number: sv.port } : { name: sv.port } } };
    };
    const rules = ing.rules.map((r) => ({
      ...(r.host !== undefined ? { host: r.host } : {}),
      http: { paths: r.paths.map((p) => ({ path: p.path, ...(ing.legacy && p.pathType === 'ImplementationSpecific' ? {} : { pathType: p.pathType }), backend: backend(p.svc) })) },
    }));
    const hosts = ing.rules.map((r) => r.host).filter((h): h is string => h !== undefined);
    const tls = ing.tls.map((t) => ({ hosts: t.hosts.filter((k) => k < hosts.length).map((k) => hosts[k]!), ...(t.secret ? { secretName: t.secret } : {}) }));
    for (const t of ing.tls) if (t.secret) secrets.add(`${ns ?? 'default'}/${t.secret}`);
    const spec: Obj = {
      ...(ing.className !== undefined && !ing.legacy ? { ingressClassName: ing.className } : {}),
      ...(ing.defaultSvc !== undefined ? { [ing.legacy ? 'backend' : 'defaultBackend']: backend(ing.defaultSvc) } : {}),
      ...(tls.length ? { tls } : {}),
      ...(rules.length ? { rules } : {}),
    };
    const annotations = Object.fromEntries(ing.annotations);
    if (ing.className !== undefined && ing.legacy) annotations['kubernetes.io/ingress.class'] = ing.className;
    docs.push({
      apiVersion: ing.legacy ? 'networking.k8s.io/v1beta1' : 'networking.k8s.io/v1',
      kind: 'Ingress',
      metadata: { name: ing.name, ...(ns !== undefined ? { namespace: ns } : {}), ...(Object.keys(annotations).length ? { annotations } : {}) },
      spec,
    });
  }
  const namespaces = [...new Set(s.ingresses.map((i) => i.namespace ?? 'default'))];
  for (const sv of s.services) {
    for (const ns of namespaces) {
      if (typeof sv.port === 'string')
        docs.push({ apiVersion: 'v1', kind: 'Service', metadata: { name: sv.name, namespace: ns }, spec: { ports: [{ name: sv.port, port: sv.number }] } });
      if (sv.slice) {
        const v6 = sv.slice.some((a) => a.includes(':'));
        docs.push({
          apiVersion: 'discovery.k8s.io/v1',
          kind: 'EndpointSlice',
          metadata: { name: `${sv.name}-abc`, namespace: ns, labels: { 'kubernetes.io/service-name': sv.name } },
          addressType: v6 ? 'IPv6' : 'IPv4',
          endpoints: sv.slice.map((a) => ({ addresses: [a], conditions: { ready: true } })),
          ports: [{ name: typeof sv.port === 'string' ? sv.port : '', port: typeof sv.port === 'number' ? sv.port : sv.number }],
        });
      }
    }
  }
  if (s.secretsPresent)
    for (const id of [...secrets].sort()) {
      const [ns, name] = id.split('/') as [string, string];
      docs.push({ apiVersion: 'v1', kind: 'Secret', metadata: { name, namespace: ns }, type: 'kubernetes.io/tls', data: { 'tls.crt': pem.crt, 'tls.key': pem.key } });
    }
  // The CA Secret auth-tls-secret names ("ca-secret"; a certificate serves as a CA file).
  if (s.secretsPresent)
    for (const ns of [...new Set(['default', ...[...secrets].map((id) => id.split('/')[0]!)])].sort())
      docs.push({ apiVersion: 'v1', kind: 'Secret', metadata: { name: 'ca-secret', namespace: ns }, data: { 'ca.crt': pem.crt } });
  if (s.htpasswd)
    for (const ns of namespaces) {
      // auth-map reads every key as a user: the Secret is one form or the other (the annotation may still disagree).
      const form = s.htpasswd.asMap ? s.htpasswd.map : { auth: s.htpasswd.text };
      const data = Object.fromEntries(Object.entries(form).map(([k, v]) => [k, Buffer.from(v).toString('base64')]));
      docs.push({ apiVersion: 'v1', kind: 'Secret', metadata: { name: 'users', namespace: ns }, type: 'Opaque', data });
    }
  const classes = [...new Set(s.ingresses.map((i) => i.className).filter((c): c is string => c !== undefined))];
  for (const c of classes)
    docs.push({
      apiVersion: 'networking.k8s.io/v1',
      kind: 'IngressClass',
      metadata: { name: c, ...(s.classDefault ? { annotations: { 'ingressclass.kubernetes.io/is-default-class': 'true' } } : {}) },
      spec: { controller: 'k8s.io/ingress-nginx' },
    });
  return docs;
}

// ---------------------------------------------------------------- poisoning

export type Segment = string | number;
export interface Leaf {
  path: Segment[];
  /** The leaf is a mapping key (annotations, labels, data), not a value. */
  key: boolean;
}

/** Every string or number leaf, plus the keys of free-form maps (annotations, labels, data). */
export function leaves(v: unknown, at: Segment[] = [], out: Leaf[] = []): Leaf[] {
  if (typeof v === 'string' || typeof v === 'number') out.push({ path: at, key: false });
  else if (Array.isArray(v)) v.forEach((x, i) => leaves(x, [...at, i], out));
  else if (v && typeof v === 'object') {
    const last = at[at.length - 1];
    const freeForm = last === 'annotations' || last === 'labels' || last === 'data' || last === 'stringData';
    for (const [k, x] of Object.entries(v)) {
      if (freeForm) out.push({ path: [...at, k], key: true });
      leaves(x, [...at, k], out);
    }
  }
  return out;
}

export interface Poison {
  pick: number;
  mode: 'replace' | 'prefix' | 'suffix' | 'insert' | 'pem';
  payload: string;
  pos: number;
}

export const poison: fc.Arbitrary<Poison> = fc.record({
  pick: fc.nat(),
  mode: fc.constantFrom<Poison['mode']>('replace', 'replace', 'prefix', 'suffix', 'suffix', 'insert', 'pem'),
  payload,
  pos: fc.nat(),
});

function splice(value: string, p: Poison): string {
  switch (p.mode) {
    case 'replace':
      return p.payload;
    case 'prefix':
      return p.payload + value;
    case 'suffix':
      return value + p.payload;
    default: {
      const at = p.pos % (value.length + 1);
      return value.slice(0, at) + p.payload + value.slice(at);
    }
  }
}

/** Applies one poison to a deep copy of the documents; returns what it did. */
export function applyPoison(docs: Obj[], p: Poison): string {
  const all = docs.flatMap((d, i) => leaves(d).map((l) => ({ ...l, path: [i, ...l.path] })));
  if (all.length === 0) return 'none';
  const leaf = all[p.pick % all.length]!;
  let parent: any = docs; // eslint-disable-line @typescript-eslint/no-explicit-any
  for (const seg of leaf.path.slice(0, -1)) parent = parent[seg];
  const last = leaf.path[leaf.path.length - 1]!;
  const where = leaf.path.slice(1).map(String).join('.');
  if (leaf.key) {
    const value = parent[last];
    delete parent[last];
    parent[splice(String(last), p)] = value;
    return `key ${where} ← ${p.mode} ${show(p.payload)}`;
  }
  const old = parent[last];
  const data = leaf.path.includes('data') && typeof old === 'string' && /^[A-Za-z0-9+/=]+$/.test(old) && old.length > 100;
  if (p.mode === 'pem' && data) {
    // The certificate or key text itself (Secret data is base64 of it).
    const text = Buffer.from(old, 'base64').toString('utf8');
    parent[last] = Buffer.from(splice(text, { ...p, mode: 'insert' }), 'utf8').toString('base64');
    return `pem ${where} ← ${show(p.payload)}`;
  }
  parent[last] = splice(String(old), p.mode === 'pem' ? { ...p, mode: 'suffix' } : p);
  return `${where} ← ${p.mode} ${show(p.payload)}`;
}

export const yamlText = (docs: Obj[]): string => docs.map((d) => stringify(d, { lineWidth: 0 })).join('---\n');

/** Raw-text payloads: YAML syntax as well as everything else. */
const rawPayload = fc.oneof(
  payload,
  fc.constantFrom('&a ', '*a', '<<: *a\n', '!!binary ', '!!str ', '%YAML 1.1\n---\n', '\t', ': ', '- ', '? ', '{', '[', '"', "'", '|\n', '>\n', '\n---\n', '\n...\n', '#', '\ufeff', '\n  x: 1\n', 'kind: List\n'),
);

export const rawMutation = fc.record({ pos: fc.nat(), payload: rawPayload, del: fc.nat(3) });

export interface CaseModel {
  scenario: Scenario;
  poisons: Poison[];
  raw: { pos: number; payload: string; del: number } | undefined;
}

export const caseModel: fc.Arbitrary<CaseModel> = fc.record({
  scenario,
  poisons: fc.oneof({ weight: 3, arbitrary: fc.constant<Poison[]>([]) }, { weight: 6, arbitrary: fc.array(poison, { minLength: 1, maxLength: 1 }) }, { weight: 1, arbitrary: fc.array(poison, { minLength: 2, maxLength: 2 }) }),
  raw: fc.oneof({ weight: 6, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: rawMutation }),
});

/** Turns a generated model into inputs and options. */
export function buildCase(m: CaseModel): FuzzCase {
  const docs = manifests(m.scenario);
  const mutations = m.poisons.map((p) => applyPoison(docs, p));
  let text = yamlText(docs);
  if (m.raw) {
    const at = m.raw.pos % (text.length + 1);
    text = text.slice(0, at) + m.raw.payload + text.slice(at + m.raw.del);
    mutations.push(`raw @${at} -${m.raw.del} + ${show(m.raw.payload)}`);
  }
  const s = m.scenario;
  const cls = s.ingresses.find((i) => i.className !== undefined)?.className;
  const options: CompileOptions = {
    listenHttp: s.listen[0],
    listenHttps: s.listen[1],
    allowSnippets: s.allowSnippets,
    sslRedirect: s.sslRedirect,
    ...(s.useClassOption && cls ? { ingressClass: cls } : {}),
  };
  return { sources: [{ path: 'fuzz.yaml', text }], options, mutations };
}

export const fuzzCase: fc.Arbitrary<FuzzCase> = caseModel.map(buildCase);

/** Authentication cases: hostile values come from the annotations and the users Secret, not from poisoning. */
export const authCaseModel: fc.Arbitrary<CaseModel> = fc.record({ scenario: authScenario, poisons: fc.constant<Poison[]>([]), raw: fc.constant(undefined) });
