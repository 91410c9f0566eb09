/**
 * ingress-nginx v1.15.1's end-to-end tests of the upstream tuning annotations
 * (test/e2e/annotations/proxy.go, connection.go), ported to behaviour a live proxy shows: their
 * nginx.conf-text assertions become what that text does to a request (tuning-run.ts supplies the
 * backends: one sending a large response header, one sending a large body, one recording the HTTP version and
 * headers it received, endpoints refusing connections or answering 502). Defaults come from the
 * docs (annotations.md, configmap.md). Each case cites its source file and It(...) text.
 */
export const T = 'nginx.ingress.kubernetes.io/';

/** What one request must show. */
export type TuningCheck =
  /** GET /big-header: the backend answers 200 with a response header block of about 6 KB. */
  | { kind: 'big-header'; expect: 200 | 502 }
  /** GET /large by a client that reads nothing: `buffered`: the backend still sends the whole response (the proxy holds it). */
  | { kind: 'slow-client'; buffered: boolean }
  /** A chunked POST whose second half is sent only once the backend saw the request (or after a while): `streamed`: the backend saw it first. */
  | { kind: 'request-stream'; streamed: boolean }
  /** A WebSocket handshake (Sec-WebSocket-Key, version 13): `upgraded`: the backend's 101 and then its echo reach the client. */
  | { kind: 'upgrade'; upgraded: boolean }
  /** GET /: what the backend received. */
  | { kind: 'seen'; httpVersion?: string; connection?: string | null }
  /**
   * `count` GETs (or POSTs) of / on fresh connections, each answered by the working endpoint ('good'), the one
   * answering 502 ('bad') or the proxy itself (a 5xx of its own: 'proxy'): every answer must be
   * among `among`, each of `must` at least once.
   */
  | { kind: 'spread'; count: number; among: Answerer[]; must: Answerer[]; method?: 'POST' };

export type Answerer = 'good' | 'bad' | 'proxy';

export interface TuningCase {
  source: string;
  it: string;
  translation: string;
  annotations: Record<string, string>;
  /** The Ingress path (default "/", Prefix). */
  path?: { path: string; pathType: 'Prefix' | 'ImplementationSpecific' };
  /** The controller ConfigMap's data (--controller-config). */
  configMap?: Record<string, string>;
  /**
   * Endpoints of the Service, in order: the recording backend, one refusing connections, one
   * answering every request 502, one closing the connection once it read a request, without an
   * answer (default: the recording backend alone).
   */
  endpoints?: ('good' | 'refused' | 'bad' | 'reset')[];
  checks: TuningCheck[];
  /** Targets where the case does not apply although it sets no key (an ingress-nginx default the target does not emit): why. */
  notOn?: Partial<Record<string, string>>;
  /** Known gaps of a target outside this family (reported with the result). */
  notes?: Partial<Record<string, string>>;
  /** Per-target checks where a partial row says the target differs (replaces `checks`). */
  checksOn?: Partial<Record<string, TuningCheck[]>>;
}

const PROXY = 'e2e-annotations/proxy.go';

export const TUNING_CASES: TuningCase[] = [
  {
    source: PROXY,
    it: 'should turn on proxy-buffering',
    translation:
      '"proxy_buffering on; proxy_buffer_size 8k; proxy_buffers 8 8k; proxy_busy_buffers_size 16k; proxy_request_buffering on" → the proxy takes a large response from the backend while the client reads none of it (buffered), a 6 KB response header fits (8k buffer), a request body is read whole before the backend gets the request',
    annotations: { [`${T}proxy-buffering`]: 'on', [`${T}proxy-buffers-number`]: '8', [`${T}proxy-buffer-size`]: '8k', [`${T}proxy-busy-buffers-size`]: '16k' },
    checks: [{ kind: 'slow-client', buffered: true }, { kind: 'big-header', expect: 200 }, { kind: 'request-stream', streamed: false }],
  },
  {
    source: 'docs configmap.md',
    it: 'proxy-buffering default "off", proxy-buffer-size default "4k"',
    translation: 'no annotation: the response is not buffered, the backend cannot send a large response to a client that reads nothing (ingress-nginx writes proxy_buffering off; nginx\'s own default is on), and a 6 KB response header does not fit the 4k buffer: 502',
    annotations: {},
    checks: [{ kind: 'slow-client', buffered: false }, { kind: 'big-header', expect: 502 }],
    checksOn: {
      // Their own limits on a response header block are larger (HAProxy's buffer 16k, Envoy 60 KiB, Caddy none): proxy-buffer-size has no row there.
      haproxy: [{ kind: 'slow-client', buffered: false }, { kind: 'big-header', expect: 200 }],
      envoy: [{ kind: 'slow-client', buffered: false }, { kind: 'big-header', expect: 200 }],
      caddy: [{ kind: 'slow-client', buffered: false }, { kind: 'big-header', expect: 200 }],
    },
  },
  {
    source: 'docs annotations.md',
    it: 'Proxy buffer size: nginx.ingress.kubernetes.io/proxy-buffer-size: "8k"',
    translation: 'proxy_buffer_size 8k → a 6 KB response header is served (200); with buffering off too',
    annotations: { [`${T}proxy-buffer-size`]: '8k' },
    checks: [{ kind: 'big-header', expect: 200 }, { kind: 'slow-client', buffered: false }],
  },
  {
    source: 'docs annotations.md',
    it: 'Proxy buffer size: proxy-buffer-size "4k" (its default, written out)',
    translation: 'proxy_buffer_size 4k → the backend\'s 6 KB response header is "too big": 502',
    annotations: { [`${T}proxy-buffer-size`]: '4k' },
    checks: [{ kind: 'big-header', expect: 502 }],
  },
  {
    source: 'docs configmap.md',
    it: 'proxy-buffer-size in the controller ConfigMap, replaced by the annotation',
    translation: 'ConfigMap proxy-buffer-size 8k → 200 for a 6 KB response header; an Ingress with proxy-buffer-size "4k" → 502 (annotation > ConfigMap > default)',
    annotations: { [`${T}proxy-buffer-size`]: '4k' },
    configMap: { 'proxy-buffer-size': '8k' },
    checks: [{ kind: 'big-header', expect: 502 }],
  },
  {
    source: 'docs configmap.md',
    it: 'proxy-buffer-size and proxy-buffering in the controller ConfigMap',
    translation: 'ConfigMap proxy-buffer-size 8k, proxy-buffering on → a 6 KB response header is served, the backend sends a large response whole to a client that reads nothing (buffered)',
    annotations: {},
    configMap: { 'proxy-buffer-size': '8k', 'proxy-buffering': 'on' },
    checks: [{ kind: 'big-header', expect: 200 }, { kind: 'slow-client', buffered: true }],
  },
  {
    source: PROXY,
    it: 'should turn off proxy-request-buffering',
    translation: '"proxy_request_buffering off" → the backend receives the request while the client is still sending its body',
    annotations: { [`${T}proxy-request-buffering`]: 'off' },
    checks: [{ kind: 'request-stream', streamed: true }],
  },
  {
    source: PROXY,
    it: 'should build proxy next upstream',
    translation:
      '"proxy_next_upstream error timeout http_502; proxy_next_upstream_timeout 999999; proxy_next_upstream_tries 888888" → with one endpoint refusing connections and one answering 502, every request is passed on to the working endpoint: always 200',
    annotations: { [`${T}proxy-next-upstream`]: 'error timeout http_502', [`${T}proxy-next-upstream-timeout`]: '999999', [`${T}proxy-next-upstream-tries`]: '888888' },
    endpoints: ['refused', 'bad', 'good'],
    checks: [{ kind: 'spread', count: 12, among: ['good'], must: ['good'] }],
    // Caddy never retries a backend's answer (its partial row): the 502 endpoint's answers reach the client.
    checksOn: { caddy: [{ kind: 'spread', count: 12, among: ['good', 'bad'], must: ['good', 'bad'] }] },
  },
  {
    source: 'docs annotations.md',
    it: 'Custom timeouts: nginx.ingress.kubernetes.io/proxy-next-upstream "error timeout http_502"',
    translation: 'proxy_next_upstream error timeout http_502 → a refused connection and a 502 answer are both passed on to the working endpoint: always 200',
    annotations: { [`${T}proxy-next-upstream`]: 'error timeout http_502' },
    endpoints: ['refused', 'bad', 'good'],
    checks: [{ kind: 'spread', count: 12, among: ['good'], must: ['good'] }],
    // Caddy never retries a backend's answer (its partial row): the 502 endpoint's answers reach the client.
    checksOn: { caddy: [{ kind: 'spread', count: 12, among: ['good', 'bad'], must: ['good', 'bad'] }] },
  },
  {
    source: 'docs configmap.md',
    it: 'proxy-next-upstream-tries 3 (its default, written out)',
    translation: 'proxy_next_upstream_tries 3 (conditions "error timeout") → a refused connection is passed on to the next endpoint: always 200',
    annotations: { [`${T}proxy-next-upstream-tries`]: '3' },
    endpoints: ['refused', 'good'],
    checks: [{ kind: 'spread', count: 12, among: ['good'], must: ['good'] }],
  },
  {
    source: 'docs configmap.md',
    it: 'proxy-next-upstream default "error timeout", tries 3',
    translation: 'no annotation: a refused connection is passed on to the next endpoint (always 200), a 502 answer is not (some 502)',
    annotations: {},
    endpoints: ['refused', 'bad', 'good'],
    checks: [{ kind: 'spread', count: 12, among: ['good', 'bad'], must: ['good', 'bad'] }],
  },
  {
    source: 'docs configmap.md',
    it: 'proxy-next-upstream default "error timeout": a GET whose connection breaks before the answer',
    translation: 'no annotation: "error" covers a connection closed before the response header, so a GET sent to the endpoint that drops it is passed on: always 200',
    annotations: {},
    endpoints: ['reset', 'good'],
    checks: [{ kind: 'spread', count: 12, among: ['good'], must: ['good'] }],
    // Envoy cannot tell methods apart in a retry policy: it passes on a reset only before the request went out (its partial row).
    checksOn: { envoy: [{ kind: 'spread', count: 12, among: ['good', 'proxy'], must: ['good', 'proxy'] }] },
  },
  {
    source: 'docs configmap.md',
    it: 'retry-non-idempotent "false" (the default): a POST is not passed on once sent',
    translation: 'nginx never passes a POST it has sent to the next endpoint (proxy_next_upstream without non_idempotent): the POSTs sent to the endpoint that drops the connection fail with the proxy\'s own 502, the others are served',
    annotations: {},
    endpoints: ['reset', 'good'],
    checks: [{ kind: 'spread', count: 12, among: ['good', 'proxy'], must: ['good', 'proxy'], method: 'POST' }],
  },
  {
    source: 'docs configmap.md',
    it: 'proxy-next-upstream "off"',
    translation: 'proxy_next_upstream off → a request whose endpoint refuses the connection fails (the proxy\'s own 502), others are served',
    annotations: { [`${T}proxy-next-upstream`]: 'off' },
    endpoints: ['refused', 'good'],
    checks: [{ kind: 'spread', count: 12, among: ['good', 'proxy'], must: ['good', 'proxy'] }],
  },
  {
    source: 'docs configmap.md',
    it: 'proxy-next-upstream-tries 1',
    translation: 'proxy_next_upstream_tries 1 → no second attempt: a request whose endpoint refuses the connection fails (502)',
    annotations: { [`${T}proxy-next-upstream-tries`]: '1' },
    endpoints: ['refused', 'good'],
    checks: [{ kind: 'spread', count: 12, among: ['good', 'proxy'], must: ['good', 'proxy'] }],
  },
  {
    source: PROXY,
    it: 'should change the default proxy HTTP version',
    translation: '"proxy_http_version 1.0" → the backend receives an HTTP/1.0 request',
    annotations: { [`${T}proxy-http-version`]: '1.0' },
    checks: [{ kind: 'seen', httpVersion: '1.0' }],
  },
  {
    source: 'docs annotations.md',
    it: 'Proxy HTTP version: by default this is set to "1.1"',
    translation: 'no annotation → the backend receives an HTTP/1.1 request',
    annotations: {},
    checks: [{ kind: 'seen', httpVersion: '1.1' }],
  },
  {
    source: 'e2e-annotations/connection.go',
    it: 'set connection header to keep-alive',
    translation: '"proxy_set_header Connection keep-alive;" and the body "connection=keep-alive" → the backend receives Connection: keep-alive; it replaces ingress-nginx\'s "upgrade" too, so a WebSocket handshake is not upgraded by the backend',
    annotations: { [`${T}connection-proxy-header`]: 'keep-alive' },
    checks: [{ kind: 'seen', connection: 'keep-alive' }, { kind: 'upgrade', upgraded: false }],
  },
  {
    source: 'docs annotations.md',
    it: 'Connection proxy header: the default (nginx.tmpl: proxy_set_header Connection $connection_upgrade, Upgrade $http_upgrade)',
    translation: 'no annotation: a request without Upgrade reaches the backend without a Connection header (upstream keepalive), and a WebSocket upgrade is passed through (101, then the connection is the backend\'s)',
    annotations: {},
    checks: [{ kind: 'seen', connection: null }, { kind: 'upgrade', upgraded: true }],
  },
  {
    source: 'ingressc',
    it: 'proxy-next-upstream-tries 3 on an ImplementationSpecific path (a string-prefix route)',
    translation: 'the retry rule applies on every kind of route: a refused connection is passed on to the next endpoint, always 200',
    annotations: { [`${T}proxy-next-upstream-tries`]: '3' },
    path: { path: '/', pathType: 'ImplementationSpecific' },
    endpoints: ['refused', 'good'],
    checks: [{ kind: 'spread', count: 12, among: ['good'], must: ['good'] }],
  },
  {
    source: 'ingressc',
    it: 'proxy-next-upstream-tries 3 on a regex path (use-regex)',
    translation: 'the retry rule applies on regex routes too: a refused connection is passed on to the next endpoint, always 200',
    annotations: { [`${T}proxy-next-upstream-tries`]: '3', [`${T}use-regex`]: 'true' },
    path: { path: '/.*', pathType: 'ImplementationSpecific' },
    endpoints: ['refused', 'good'],
    checks: [{ kind: 'spread', count: 12, among: ['good'], must: ['good'] }],
  },
  {
    source: 'ingressc',
    it: 'proxy-buffer-size "8k" on a regex path (use-regex)',
    translation: 'the buffer size applies on regex routes too: a 6 KB response header is served (200)',
    annotations: { [`${T}proxy-buffer-size`]: '8k', [`${T}use-regex`]: 'true' },
    path: { path: '/.*', pathType: 'ImplementationSpecific' },
    checks: [{ kind: 'big-header', expect: 200 }],
  },
  {
    source: 'ingressc',
    it: 'proxy-buffer-size "4k" on a regex path (use-regex)',
    translation: 'the buffer size applies on regex routes too: a 6 KB response header does not fit (502)',
    annotations: { [`${T}proxy-buffer-size`]: '4k', [`${T}use-regex`]: 'true' },
    path: { path: '/.*', pathType: 'ImplementationSpecific' },
    checks: [{ kind: 'big-header', expect: 502 }],
  },
  {
    source: 'docs configmap.md',
    it: 'proxy-request-buffering: valid values are "on" and "off" ("on")',
    translation: 'proxy_request_buffering on → the backend gets the request only once the client has sent the whole (2000-byte, chunked) body',
    annotations: { [`${T}proxy-request-buffering`]: 'on' },
    checks: [{ kind: 'request-stream', streamed: false }],
  },
];
