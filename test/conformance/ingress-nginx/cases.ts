/**
 * ingress-nginx v1.15.1's end-to-end assertions for per-location access control, ported to
 * requests ingressc's conformance runner sends to a live proxy (or the Traefik evaluator). Each
 * case names its source file and It(...). The originals run in a cluster and pick the client
 * address from X-Forwarded-For (use-forwarded-headers: true); here the client address is the TCP
 * peer, so every address is mapped into 127.0.0.0/8 and the request is sent from it (Linux
 * answers on the whole loopback /8). Assertions on nginx.conf text are translated into the
 * behaviour that text produces.
 */
export interface PortedRequest {
  /** Source address of the connection. */
  from: string;
  path?: string;
  headers?: Record<string, string>;
  /** A POST with a body of this many bytes (Content-Length declared). */
  bodyBytes?: number;
  /** 200 means: answered by the route's echo backend. */
  expect: number;
  /** The status on a target whose support row says it answers otherwise (its note names the difference). */
  expectOn?: Partial<Record<string, number>>;
  /**
   * Send this many identical GETs at once (each on its own connection). Every status must be one of
   * `expectAmong`, and each of those must occur at least once (`expect` is then what the limit says).
   */
  burst?: number;
  expectAmong?: number[];
  /** Bounds on how long the whole response takes (bandwidth limits): only generous ones, never exact. */
  atLeastMs?: number;
  atMostMs?: number;
  /** Response headers (lower-case names) and their exact values (per target where a support row says they differ). */
  expectHeaders?: Record<string, string> | ((target: string) => Record<string, string>);
  /** Response headers whose value must contain the text ("" : the header must be absent). */
  expectHeaderContains?: Record<string, string> | ((target: string) => Record<string, string>);
  /** Request headers (lower-case) the backend must receive with that value; null: must not receive. */
  backendHeaders?: Record<string, string | null>;
}

export interface PortedIngress {
  name: string;
  annotations: Record<string, string>;
  /** Default "/". */
  path?: string;
  /** Default Prefix. */
  pathType?: 'Prefix' | 'Exact' | 'ImplementationSpecific';
  /** Default "echo"; a service listed in `noEndpoints` has no ready endpoint. */
  service?: string;
}

export interface PortedCase {
  source: string;
  it: string;
  /** How the original assertions were translated. */
  translation: string;
  host: string;
  ingresses: PortedIngress[];
  noEndpoints?: string[];
  requests: PortedRequest[];
  /**
   * Targets of this runner (nginx, haproxy, envoy, traefik) that must refuse to compile the case
   * (fail closed, IC2101); the others must serve it. A target added later goes by its support rows.
   */
  refusedOn?: string[];
  /** Other objects of the inputs (Secrets); "{{auth}}" in annotation values is the test's auth service URL. */
  objects?: string[] | ((target: string) => string[]);
  /**
   * Targets that must refuse to compile the case with a located error of this code (a value the
   * target cannot check, as IC3132 for a password hash), instead of IC2101.
   */
  refusedWith?: Partial<Record<string, string>>;
  /** Every target must refuse to compile the case with this code (ingress-nginx denies the location: 503). */
  deniedWith?: string;
}

const A = 'nginx.ingress.kubernetes.io/';

export const ACCESS_CASES: PortedCase[] = [
  {
    source: 'e2e-annotations/ipallowlist.go',
    it: 'should set valid ip allowlist range',
    translation: '"allow 18.0.0.0/8; allow 56.0.0.0/8; deny all;" in nginx.conf → 127.18.0.0/16 and 127.56.0.0/16 admitted, every other address refused with 403',
    host: 'ipallowlist.foo.com',
    ingresses: [{ name: 'ipallowlist', annotations: { [`${A}allowlist-source-range`]: '127.18.0.0/16, 127.56.0.0/16' } }],
    requests: [
      { from: '127.18.0.1', expect: 200 },
      { from: '127.56.200.7', expect: 200 },
      { from: '127.0.0.1', expect: 403 },
      { from: '127.57.0.1', expect: 403 },
      // X-Forwarded-For is not trusted (use-forwarded-headers is not modelled): the peer decides.
      { from: '127.0.0.1', headers: { 'X-Forwarded-For': '127.18.0.1' }, expect: 403 },
    ],
  },
  {
    source: 'e2e-annotations/ipdenylist.go',
    it: 'only deny explicitly denied IPs, allow all others',
    translation: 'denylist "18.0.0.0/8, 56.0.0.1" → "127.18.0.0/16, 127.56.0.1"; X-Forwarded-For 18.0.0.1 / 56.0.0.1 / 56.0.0.2 → connections from 127.18.0.1 (403), 127.56.0.1 (403), 127.56.0.2 (200); "no deny all" → an unlisted address is served',
    host: 'ipdenylist.foo.com',
    ingresses: [{ name: 'ipdenylist', annotations: { [`${A}denylist-source-range`]: '127.18.0.0/16, 127.56.0.1' } }],
    requests: [
      { from: '127.18.0.1', expect: 403 },
      { from: '127.56.0.1', expect: 403 },
      { from: '127.56.0.2', expect: 200 },
      { from: '127.0.0.1', expect: 200 },
      { from: '127.56.0.1', headers: { 'X-Forwarded-For': '127.56.0.2' }, expect: 403 },
    ],
  },
  {
    source: 'e2e-annotations/ipdenylist.go',
    it: 'only allow explicitly allowed IPs, deny all others',
    translation: 'denylist "18.1.0.0/16, 56.0.0.0/8" + whitelist "18.0.0.0/8, 55.0.0.0/8" → 127.18.1.0/24, 127.56.0.0/16 + 127.18.0.0/16, 127.55.0.0/16; X-Forwarded-For 18.1.0.1 (403), 10.10.10.10 (403), 18.4.0.1 (200), 55.55.55.55 (200) → 127.18.1.1, 127.10.10.10, 127.18.4.1, 127.55.55.55',
    host: 'ipdenylist.foo.com',
    ingresses: [{ name: 'ipdenylist', annotations: { [`${A}denylist-source-range`]: '127.18.1.0/24, 127.56.0.0/16', [`${A}whitelist-source-range`]: '127.18.0.0/16, 127.55.0.0/16' } }],
    requests: [
      { from: '127.18.1.1', expect: 403 },
      { from: '127.10.10.10', expect: 403 },
      { from: '127.18.4.1', expect: 200 },
      { from: '127.55.55.55', expect: 200 },
    ],
  },
];

/** ingressc's own cases for what the ported ones leave open (per location; alias order; refusal before 503). */
export const ACCESS_EXTRA_CASES: PortedCase[] = [
  {
    source: 'ingressc',
    it: 'a source range restricts only the locations of its Ingress',
    translation: 'ingress-nginx applies location annotations per location: another Ingress on the same host stays open',
    host: 'shared.foo.com',
    ingresses: [
      { name: 'closed', path: '/admin', annotations: { [`${A}allowlist-source-range`]: '127.0.0.2' } },
      { name: 'open', path: '/', annotations: {} },
    ],
    requests: [
      { from: '127.0.0.1', path: '/admin', expect: 403 },
      { from: '127.0.0.1', path: '/admin/x', expect: 403 },
      { from: '127.0.0.2', path: '/admin/x', expect: 200 },
      { from: '127.0.0.1', path: '/public', expect: 200 },
    ],
  },
  {
    source: 'ingressc',
    it: 'allowlist-source-range wins over whitelist-source-range',
    translation: 'ingress-nginx reads the alias only when allowlist-source-range is absent',
    host: 'alias.foo.com',
    ingresses: [{ name: 'alias', annotations: { [`${A}allowlist-source-range`]: '127.0.0.3/32', [`${A}whitelist-source-range`]: '127.0.0.2/32' } }],
    requests: [
      { from: '127.0.0.3', expect: 200 },
      { from: '127.0.0.2', expect: 403 },
    ],
  },
  {
    source: 'ingressc',
    it: 'a refused client gets 403 even when the Service has no endpoints',
    translation: 'nginx checks access (access phase) before proxying, where the empty upstream answers 503',
    host: 'empty.foo.com',
    ingresses: [{ name: 'empty', service: 'gone', annotations: { [`${A}allowlist-source-range`]: '127.0.0.2' } }],
    noEndpoints: ['gone'],
    requests: [
      { from: '127.0.0.1', expect: 403 },
      { from: '127.0.0.2', expect: 503 },
    ],
  },
];

const MiB = 1024 * 1024;

/** Body size (proxy.go) and client-body-buffer-size (clientbodybuffersize.go). */
export const BODY_CASES: PortedCase[] = [
  {
    source: 'e2e-annotations/proxy.go',
    it: 'should set proxy client-max-body-size to 8m',
    translation: '"client_max_body_size 8m;" in nginx.conf → a body of exactly 8 MiB is proxied, one byte more is answered 413',
    host: 'proxy.foo.com',
    ingresses: [{ name: 'proxy', annotations: { [`${A}proxy-body-size`]: '8m' } }],
    requests: [
      { from: '127.0.0.1', bodyBytes: 8 * MiB, expect: 200 },
      { from: '127.0.0.1', bodyBytes: 8 * MiB + 1, expect: 413 },
      { from: '127.0.0.1', bodyBytes: 0, expect: 200 },
    ],
  },
  {
    source: 'ingressc',
    it: 'proxy-body-size is per location, and "0" lifts the limit',
    translation: 'ingress-nginx writes client_max_body_size in each location of the Ingress; 0 disables the check',
    host: 'bodies.foo.com',
    ingresses: [
      { name: 'small', path: '/small', annotations: { [`${A}proxy-body-size`]: '1k' } },
      { name: 'unlimited', path: '/big', annotations: { [`${A}proxy-body-size`]: '0' } },
    ],
    requests: [
      { from: '127.0.0.1', path: '/small', bodyBytes: 1024, expect: 200 },
      { from: '127.0.0.1', path: '/small/x', bodyBytes: 1025, expect: 413 },
      { from: '127.0.0.1', path: '/big', bodyBytes: 3 * MiB, expect: 200 },
    ],
  },
  // Each It text written out, so that test/unit/peer-index.test.ts finds its citation.
  ...(
    [
      ['1000', 'should set client_body_buffer_size to 1000'],
      ['1K', 'should set client_body_buffer_size to 1K'],
      ['1k', 'should set client_body_buffer_size to 1k'],
      ['1m', 'should set client_body_buffer_size to 1m'],
      ['1M', 'should set client_body_buffer_size to 1M'],
    ] as const
  ).map(
    ([size, it]): PortedCase => ({
      source: 'e2e-annotations/clientbodybuffersize.go',
      it,
      translation: `"client_body_buffer_size ${size};" in nginx.conf (nginx only; elsewhere a tuning warning) → the request is still served 200, with and without a body`,
      host: 'client-body-buffer-size.com',
      ingresses: [{ name: 'buffer', annotations: { [`${A}client-body-buffer-size`]: size } }],
      requests: [
        { from: '127.0.0.1', expect: 200 },
        { from: '127.0.0.1', bodyBytes: 4096, expect: 200 },
      ],
    }),
  ),
];

/**
 * Source ranges and body limits on the route kinds ingress-nginx's path annotations make: the
 * regex locations of a host in regex mode (use-regex, rewrite-target) and the string-prefix
 * locations of ImplementationSpecific paths. ingress-nginx writes the allow/deny and
 * client_max_body_size lines into each such location like into any other; the policy belongs to
 * the Ingress that sets it, not to the other Ingresses of the host.
 */
export const REGEX_POLICY_CASES: PortedCase[] = [
  {
    source: 'ingressc',
    it: 'an allow list on a rewritten (regex-mode) path, and an open Ingress on the same host',
    translation: 'rewrite-target puts the host in regex mode; the allow list stays on the Ingress that sets it',
    host: 'regex-allow.foo.com',
    ingresses: [
      { name: 'guarded', path: '/admin', annotations: { [`${A}rewrite-target`]: '/', [`${A}allowlist-source-range`]: '127.18.0.0/16' } },
      { name: 'open', path: '/public', annotations: {} },
    ],
    requests: [
      { from: '127.18.0.1', path: '/admin', expect: 200 },
      { from: '127.18.0.1', path: '/ADMIN/x', expect: 200 },
      { from: '127.0.0.1', path: '/admin', expect: 403 },
      { from: '127.0.0.1', path: '/Admin/deeper', expect: 403 },
      { from: '127.0.0.1', path: '/public', expect: 200 },
    ],
  },
  {
    source: 'ingressc',
    it: 'a deny list and a body limit on a use-regex path',
    translation: 'use-regex: the location is ~* "^/api/v[0-9]+"; deny and client_max_body_size apply to it',
    host: 'regex-deny.foo.com',
    ingresses: [
      { name: 'api', path: '/api/v[0-9]+', pathType: 'ImplementationSpecific', annotations: { [`${A}use-regex`]: 'true', [`${A}denylist-source-range`]: '127.18.0.0/16', [`${A}proxy-body-size`]: '1k' } },
      { name: 'rest', path: '/', annotations: {} },
    ],
    requests: [
      { from: '127.0.0.1', path: '/api/v2/items', expect: 200 },
      { from: '127.18.0.1', path: '/api/v2/items', expect: 403 },
      { from: '127.18.0.1', path: '/api/vx', expect: 200 },
      { from: '127.0.0.1', path: '/api/v1', bodyBytes: 1024, expect: 200 },
      { from: '127.0.0.1', path: '/api/v1', bodyBytes: 1025, expect: 413 },
      { from: '127.0.0.1', path: '/other', bodyBytes: 4096, expect: 200 },
    ],
  },
  {
    source: 'ingressc',
    it: 'an allow list on an ImplementationSpecific (string prefix) path',
    translation: 'ingress-nginx writes "location /adm" (a string prefix) with the allow/deny lines',
    host: 'prefix-allow.foo.com',
    ingresses: [
      { name: 'adm', path: '/adm', pathType: 'ImplementationSpecific', annotations: { [`${A}whitelist-source-range`]: '127.18.0.0/16', [`${A}proxy-body-size`]: '1k' } },
      { name: 'rest', path: '/', annotations: {} },
    ],
    requests: [
      { from: '127.18.0.1', path: '/admin', expect: 200 },
      { from: '127.0.0.1', path: '/admin', expect: 403 },
      { from: '127.0.0.1', path: '/adm', expect: 403 },
      { from: '127.0.0.1', path: '/ad', expect: 200 },
      { from: '127.18.0.1', path: '/adm/x', bodyBytes: 1025, expect: 413 },
    ],
  },
];
