/**
 * Every key of ingress-nginx v1.15.1's controller ConfigMap (docs user-guide/nginx-configuration/
 * configmap.md: its table, plus the two keys only its sections document), with the value grammar
 * ingressc checks and, for keys that are the global default of a per-Ingress annotation, that
 * annotation. `kind` decides what happens when a target does not honour a key set to something
 * other than its default (lower/controller-config.ts), as for annotations (keys.ts):
 *   access  - restricts who may reach routes: enforced, or compile fails (fail closed);
 *   routing - changes where or how a request is routed or answered: honoured, or compile fails;
 *   tuning  - proxy or controller tuning with no effect on routing or access: a warning;
 *   snippet - raw nginx text: refused unless --allow-snippets (and never emitted).
 * `ingressc annotations` lists them (matrix.ts); keep the list sorted by key.
 */
import type { AnnotationKind } from '../keys.js';
import { DEFAULT_SSL_CIPHERS } from '../../../ir/ciphers.js';

/** The value grammar (read.ts). */
export type ConfigValueType =
  | 'bool' // Go strconv.ParseBool
  | 'int' // decimal digits
  | 'digits' // decimal digits only, copied into a header (hsts-max-age)
  | 'float'
  | 'seconds' // proxy-*-timeout: whole seconds (upstream-values.ts)
  | 'offset' // nginx offset: proxy-body-size (size.ts)
  | 'size' // nginx size without g: client-body-buffer-size (size.ts)
  | 'cidrs' // comma-separated addresses/CIDRs (source-range.ts)
  | 'redirect-code' // 301, 302, 307, 308
  | 'refusal-status' // 400-599: what nginx's limit_req_status / limit_conn_status accept (limit-*-status-code)
  | 'status-codes' // comma-separated HTTP status codes 400-599 (the annotation's grammar)
  | 'ssl-ciphers' // an OpenSSL cipher string, the annotation's grammar (src/ir/ciphers.ts), or ""
  | 'ssl-protocols' // space-separated SSLv2 SSLv3 TLSv1 TLSv1.1 TLSv1.2 TLSv1.3
  | 'risk-level' // Critical, High, Medium, Low
  | 'block-list' // block-user-agents, block-referers (block-list.ts)
  | 'header-names' // comma-separated header names (hide-headers)
  | 'tuning' // the upstream tuning annotation of the same name (families/upstream-tuning.ts)
  | 'load-balance' // round_robin or ewma (families/load-balancing.ts)
  | 'header-name' // one header name (forwarded-for-header)
  | 'configmap-ref' // "namespace/name" of a ConfigMap in the inputs (add-headers, proxy-set-headers)
  | 'allowed-headers' // comma-separated header names as custom-headers accepts them (global-allowed-response-headers)
  | 'global-auth' // the grammar of the auth-* annotation of the same name, or "" (global-auth.ts)
  | 'locations' // comma-separated location path prefixes (no-auth-locations)
  | 'gzip-level' // 1 to 9 (gzip.ts)
  | 'brotli-level' // 0 to 11 (gzip.ts)
  | 'byte-count' // decimal digits (gzip-min-length, gzip.ts)
  | 'mime-types' // space-separated MIME types or "*" (gzip-types, gzip.ts)
  | 'ua-regex' // a portable regex searched in User-Agent, or "" (gzip-disable, gzip.ts)
  | 'count' // decimal digits without a leading zero (seconds or a number of requests)
  | 'header-buffers' // "<count> <nginx size>" (large-client-header-buffers)
  | 'response-rewrite' // the annotation of the same name's grammar (families/errors.ts: proxy-cookie-*, proxy-redirect-from)
  | 'string';

export interface ConfigKey {
  key: string;
  family: string;
  kind: AnnotationKind;
  type: ConfigValueType;
  /** ingress-nginx's default as written in configmap.md; a key set to it changes nothing. */
  default?: string;
  /** The annotation (without prefix) this key is the global default of: honoured where that annotation is. */
  annotation?: string;
}

const c = (key: string, family: string, kind: AnnotationKind, type: ConfigValueType, dflt?: string, annotation?: string): ConfigKey => ({
  key,
  family,
  kind,
  type,
  ...(dflt !== undefined ? { default: dflt } : {}),
  ...(annotation ? { annotation } : {}),
});

const AUTH = 'external auth';
const LOG = 'logging';
const TRACE = 'tracing';
const TLS = 'TLS';
const WORK = 'controller process';
const FWD = 'client address and forwarded headers';
const TUNING = 'upstream tuning';
/** config.go's gzipTypes, as configmap.md lists it (brotliTypes: the same after application/xml+rss). */
const GZIP_TYPES =
  'application/atom+xml application/javascript application/x-javascript application/json application/rss+xml application/vnd.ms-fontobject application/x-font-ttf application/x-web-app-manifest+json application/xhtml+xml application/xml font/opentype image/svg+xml image/x-icon text/css text/javascript text/plain text/x-component';

export const CONFIGMAP_KEYS: readonly ConfigKey[] = [
  c('access-log-params', LOG, 'tuning', 'string', ''),
  c('access-log-path', LOG, 'tuning', 'string', '/var/log/nginx/access.log'),
  c('add-headers', 'response headers', 'routing', 'configmap-ref', ''),
  c('allow-backend-server-header', 'response headers', 'tuning', 'bool', 'false'),
  c('allow-cross-namespace-resources', 'admission', 'routing', 'bool', 'false'),
  c('allow-snippet-annotations', 'snippets', 'routing', 'bool', 'false'),
  c('annotation-value-word-blocklist', 'admission', 'routing', 'string', ''),
  c('annotations-risk-level', 'admission', 'routing', 'risk-level', 'High'),
  c('bind-address', 'listeners', 'routing', 'string', ''),
  c('block-cidrs', 'global block lists', 'access', 'cidrs', ''),
  c('block-referers', 'global block lists', 'access', 'block-list', ''),
  c('block-user-agents', 'global block lists', 'access', 'block-list', ''),
  c('brotli-level', 'compression', 'tuning', 'brotli-level', '4'),
  c('brotli-min-length', 'compression', 'tuning', 'byte-count', '20'),
  c('brotli-types', 'compression', 'tuning', 'mime-types', `application/xml+rss ${GZIP_TYPES}`),
  c('client-body-buffer-size', 'buffers', 'tuning', 'size', '8k', 'client-body-buffer-size'),
  c('client-body-timeout', 'client timeouts', 'tuning', 'count', '60'),
  c('client-header-buffer-size', 'buffers', 'tuning', 'string', '1k'),
  c('client-header-timeout', 'client timeouts', 'tuning', 'count', '60'),
  c('compute-full-forwarded-for', FWD, 'routing', 'bool', 'false'),
  c('custom-http-errors', 'error pages', 'routing', 'status-codes', '', 'custom-http-errors'),
  c('debug-connections', LOG, 'tuning', 'string', ''),
  c('default-type', 'response headers', 'tuning', 'string', 'text/html'),
  c('denylist-source-range', 'IP deny-list', 'access', 'cidrs', '', 'denylist-source-range'),
  c('disable-access-log', LOG, 'tuning', 'bool', 'false'),
  // Not in configmap.md (nor disable-stream-access-log), but config.go reads them and the e2e disableaccesslog.go sets them.
  c('disable-http-access-log', LOG, 'tuning', 'bool', 'false'),
  c('disable-ipv6', 'listeners', 'routing', 'bool', 'false'),
  c('disable-ipv6-dns', WORK, 'tuning', 'bool', 'false'),
  c('disable-stream-access-log', LOG, 'tuning', 'bool', 'false'),
  c('enable-access-log-for-default-backend', LOG, 'tuning', 'bool', 'false'),
  c('enable-aio-write', WORK, 'tuning', 'bool', 'true'),
  c('enable-brotli', 'compression', 'tuning', 'bool', 'false'),
  c('enable-modsecurity', 'WAF', 'access', 'bool', 'false'),
  c('enable-multi-accept', WORK, 'tuning', 'bool', 'true'),
  c('enable-ocsp', TLS, 'tuning', 'bool', 'false'),
  c('enable-opentelemetry', TRACE, 'tuning', 'bool', 'false'),
  c('enable-owasp-modsecurity-crs', 'WAF', 'access', 'bool', 'false'),
  c('enable-real-ip', FWD, 'routing', 'bool', 'false'),
  c('enable-serial-reloads', WORK, 'tuning', 'bool', 'false'),
  c('enable-syslog', LOG, 'tuning', 'bool', 'false'),
  c('enable-underscores-in-headers', 'request headers', 'routing', 'bool', 'false'),
  c('error-log-level', LOG, 'tuning', 'string', 'notice'),
  c('error-log-path', LOG, 'tuning', 'string', '/var/log/nginx/error.log'),
  c('force-ssl-redirect', 'redirects', 'routing', 'bool', 'false', 'force-ssl-redirect'),
  c('forwarded-for-header', FWD, 'routing', 'header-name', 'X-Forwarded-For'),
  c('forwarded-for-proxy-protocol-header', FWD, 'routing', 'string', 'X-Forwarded-For-Proxy-Protocol'),
  c('generate-request-id', 'request headers', 'tuning', 'bool', 'true'),
  c('geoip2-autoreload-in-minutes', WORK, 'tuning', 'int', '0'),
  c('global-allowed-response-headers', 'response headers', 'routing', 'allowed-headers', ''),
  c('global-auth-always-set-cookie', AUTH, 'access', 'bool', 'false'),
  c('global-auth-cache-duration', AUTH, 'tuning', 'global-auth', '200 202 401 5m'),
  c('global-auth-cache-key', AUTH, 'tuning', 'global-auth', ''),
  c('global-auth-method', AUTH, 'access', 'global-auth', ''),
  c('global-auth-request-redirect', AUTH, 'access', 'global-auth', ''),
  c('global-auth-response-headers', AUTH, 'access', 'global-auth', ''),
  c('global-auth-signin', AUTH, 'access', 'global-auth', ''),
  c('global-auth-signin-redirect-param', AUTH, 'access', 'global-auth', 'rd'),
  c('global-auth-snippet', AUTH, 'snippet', 'string', ''),
  c('global-auth-url', AUTH, 'access', 'global-auth', ''),
  c('grpc-buffer-size-kb', 'buffers', 'tuning', 'int', '0'),
  c('gzip-disable', 'compression', 'tuning', 'ua-regex', ''),
  c('gzip-level', 'compression', 'tuning', 'gzip-level', '1'),
  c('gzip-min-length', 'compression', 'tuning', 'byte-count', '256'),
  c('gzip-types', 'compression', 'tuning', 'mime-types', GZIP_TYPES),
  c('hide-headers', 'response headers', 'routing', 'header-names', ''),
  c('hsts', 'HSTS', 'tuning', 'bool', 'true'),
  c('hsts-include-subdomains', 'HSTS', 'tuning', 'bool', 'true'),
  c('hsts-max-age', 'HSTS', 'tuning', 'digits', '31536000'),
  c('hsts-preload', 'HSTS', 'tuning', 'bool', 'false'),
  c('http-access-log-path', LOG, 'tuning', 'string', ''),
  c('http-redirect-code', 'redirects', 'routing', 'redirect-code', '308'),
  c('http-snippet', 'snippets', 'snippet', 'string', ''),
  c('http2-max-concurrent-streams', 'HTTP/2', 'tuning', 'int', '128'),
  c('http2-max-field-size', 'HTTP/2', 'tuning', 'string', ''),
  c('http2-max-header-size', 'HTTP/2', 'tuning', 'string', ''),
  c('http2-max-requests', 'HTTP/2', 'tuning', 'int', '0'),
  c('ignore-invalid-headers', 'request headers', 'routing', 'bool', 'true'),
  c('jaeger-baggage-header', TRACE, 'tuning', 'string', 'jaeger-baggage'),
  c('jaeger-collector-host', TRACE, 'tuning', 'string', ''),
  c('jaeger-collector-port', TRACE, 'tuning', 'int', '6831'),
  c('jaeger-debug-header', TRACE, 'tuning', 'string', 'uber-debug-id'),
  c('jaeger-endpoint', TRACE, 'tuning', 'string', ''),
  c('jaeger-propagation-format', TRACE, 'tuning', 'string', 'jaeger'),
  c('jaeger-sampler-host', TRACE, 'tuning', 'string', 'http://127.0.0.1'),
  c('jaeger-sampler-param', TRACE, 'tuning', 'string', '1'),
  c('jaeger-sampler-port', TRACE, 'tuning', 'int', '5778'),
  c('jaeger-sampler-type', TRACE, 'tuning', 'string', 'const'),
  c('jaeger-service-name', TRACE, 'tuning', 'string', 'nginx'),
  c('jaeger-trace-baggage-header-prefix', TRACE, 'tuning', 'string', 'uberctx-'),
  c('jaeger-trace-context-header-name', TRACE, 'tuning', 'string', 'uber-trace-id'),
  c('keep-alive', 'client timeouts', 'tuning', 'count', '75'),
  c('keep-alive-requests', 'client timeouts', 'tuning', 'count', '1000'),
  c('large-client-header-buffers', 'buffers', 'tuning', 'header-buffers', '4 8k'),
  c('limit-conn-status-code', 'rate limits', 'tuning', 'refusal-status', '503'),
  c('limit-conn-zone-variable', 'rate limits', 'tuning', 'string', '$binary_remote_addr'),
  c('limit-rate', 'bandwidth', 'access', 'int', '0'),
  c('limit-rate-after', 'bandwidth', 'access', 'int', '0'),
  c('limit-req-status-code', 'rate limits', 'tuning', 'refusal-status', '503'),
  c('load-balance', 'load balancing', 'tuning', 'load-balance', 'round_robin', 'load-balance'),
  c('location-snippet', 'snippets', 'snippet', 'string', ''),
  c('log-format-escape-json', LOG, 'tuning', 'bool', 'false'),
  c('log-format-escape-none', LOG, 'tuning', 'bool', 'false'),
  c('log-format-stream', LOG, 'tuning', 'string'),
  c('log-format-upstream', LOG, 'tuning', 'string'),
  c('lua-shared-dicts', WORK, 'tuning', 'string', ''),
  c('main-snippet', 'snippets', 'snippet', 'string', ''),
  c('map-hash-bucket-size', WORK, 'tuning', 'int', '64'),
  c('max-worker-connections', WORK, 'tuning', 'int', '16384'),
  c('max-worker-open-files', WORK, 'tuning', 'int', '0'),
  c('modsecurity-snippet', 'WAF', 'snippet', 'string', ''),
  c('nginx-status-ipv4-whitelist', 'status page', 'tuning', 'cidrs', '127.0.0.1'),
  c('nginx-status-ipv6-whitelist', 'status page', 'tuning', 'cidrs', '::1'),
  c('no-auth-locations', AUTH, 'access', 'locations', '/.well-known/acme-challenge'),
  c('no-tls-redirect-locations', 'redirects', 'routing', 'string', '/.well-known/acme-challenge'),
  c('opentelemetry-config', TRACE, 'tuning', 'string', '/etc/ingress-controller/telemetry/opentelemetry.toml'),
  c('opentelemetry-operation-name', TRACE, 'tuning', 'string', ''),
  c('opentelemetry-trust-incoming-span', TRACE, 'tuning', 'bool', 'true'),
  c('otel-max-export-batch-size', TRACE, 'tuning', 'int', '512'),
  c('otel-max-queuesize', TRACE, 'tuning', 'int', '2048'),
  c('otel-sampler', TRACE, 'tuning', 'string', 'AlwaysOn'),
  c('otel-sampler-parent-based', TRACE, 'tuning', 'bool', 'true'),
  c('otel-sampler-ratio', TRACE, 'tuning', 'float', '0.01'),
  c('otel-schedule-delay-millis', TRACE, 'tuning', 'int', '5000'),
  c('otel-service-name', TRACE, 'tuning', 'string', 'nginx'),
  c('otlp-collector-host', TRACE, 'tuning', 'string', ''),
  c('otlp-collector-port', TRACE, 'tuning', 'int', '4317'),
  c('proxy-add-original-uri-header', 'request headers', 'tuning', 'bool', 'false'),
  c('proxy-body-size', 'body size', 'tuning', 'offset', '1m', 'proxy-body-size'),
  c('proxy-buffer-size', TUNING, 'tuning', 'tuning', '4k', 'proxy-buffer-size'),
  c('proxy-buffering', TUNING, 'tuning', 'tuning', 'off', 'proxy-buffering'),
  c('proxy-buffers-number', TUNING, 'tuning', 'tuning', '4', 'proxy-buffers-number'),
  c('proxy-busy-buffers-size', TUNING, 'tuning', 'tuning', '', 'proxy-busy-buffers-size'),
  c('proxy-connect-timeout', 'timeouts', 'tuning', 'seconds', '5', 'proxy-connect-timeout'),
  c('proxy-cookie-domain', 'upstream', 'routing', 'response-rewrite', 'off', 'proxy-cookie-domain'),
  c('proxy-cookie-path', 'upstream', 'routing', 'response-rewrite', 'off', 'proxy-cookie-path'),
  c('proxy-headers-hash-bucket-size', WORK, 'tuning', 'int', '64'),
  c('proxy-headers-hash-max-size', WORK, 'tuning', 'int', '512'),
  c('proxy-next-upstream', TUNING, 'tuning', 'tuning', 'error timeout', 'proxy-next-upstream'),
  c('proxy-next-upstream-timeout', TUNING, 'tuning', 'tuning', '0', 'proxy-next-upstream-timeout'),
  c('proxy-next-upstream-tries', TUNING, 'tuning', 'tuning', '3', 'proxy-next-upstream-tries'),
  c('proxy-protocol-header-timeout', 'listeners', 'tuning', 'string', '5s'),
  c('proxy-read-timeout', 'timeouts', 'tuning', 'seconds', '60', 'proxy-read-timeout'),
  c('proxy-real-ip-cidr', FWD, 'routing', 'cidrs', '0.0.0.0/0'),
  c('proxy-redirect-from', 'upstream', 'routing', 'response-rewrite', 'off', 'proxy-redirect-from'),
  c('proxy-request-buffering', TUNING, 'tuning', 'tuning', 'on', 'proxy-request-buffering'),
  c('proxy-send-timeout', 'timeouts', 'tuning', 'seconds', '60', 'proxy-send-timeout'),
  c('proxy-set-headers', 'request headers', 'routing', 'configmap-ref', ''),
  c('proxy-ssl-location-only', 'backend TLS', 'routing', 'bool', 'false'),
  c('proxy-stream-next-upstream', 'TCP/UDP streams', 'tuning', 'bool', 'true'),
  c('proxy-stream-next-upstream-timeout', 'TCP/UDP streams', 'tuning', 'string', '600s'),
  c('proxy-stream-next-upstream-tries', 'TCP/UDP streams', 'tuning', 'int', '3'),
  c('proxy-stream-responses', 'TCP/UDP streams', 'tuning', 'int', '1'),
  c('proxy-stream-timeout', 'TCP/UDP streams', 'tuning', 'string', '600s'),
  c('relative-redirects', 'redirects', 'routing', 'bool', 'false', 'relative-redirects'),
  c('retry-non-idempotent', 'retries', 'tuning', 'bool', 'false'),
  c('reuse-port', WORK, 'tuning', 'bool', 'true'),
  c('server-name-hash-bucket-size', WORK, 'tuning', 'int'),
  c('server-name-hash-max-size', WORK, 'tuning', 'int', '1024'),
  c('server-snippet', 'snippets', 'snippet', 'string', ''),
  c('server-tokens', 'response headers', 'tuning', 'bool', 'false'),
  c('service-upstream', 'upstream', 'routing', 'bool', 'false', 'service-upstream'),
  c('skip-access-log-urls', LOG, 'tuning', 'string', ''),
  c('ssl-buffer-size', TLS, 'tuning', 'string', '4k'),
  c('ssl-ciphers', TLS, 'tuning', 'ssl-ciphers', DEFAULT_SSL_CIPHERS),
  c('ssl-dh-param', TLS, 'tuning', 'string', ''),
  c('ssl-early-data', TLS, 'tuning', 'bool', 'false'),
  c('ssl-ecdh-curve', TLS, 'tuning', 'string', 'auto'),
  c('ssl-protocols', TLS, 'tuning', 'ssl-protocols', 'TLSv1.2 TLSv1.3'),
  c('ssl-redirect', 'redirects', 'routing', 'bool', 'true', 'ssl-redirect'),
  c('ssl-reject-handshake', TLS, 'routing', 'bool', 'false'),
  c('ssl-session-cache', TLS, 'tuning', 'bool', 'true'),
  c('ssl-session-cache-size', TLS, 'tuning', 'string', '10m'),
  c('ssl-session-ticket-key', TLS, 'tuning', 'string'),
  c('ssl-session-tickets', TLS, 'tuning', 'bool', 'false'),
  c('ssl-session-timeout', TLS, 'tuning', 'string', '10m'),
  c('stream-access-log-path', LOG, 'tuning', 'string', ''),
  c('stream-snippet', 'snippets', 'snippet', 'string', ''),
  c('strict-validate-path-type', 'admission', 'routing', 'bool', 'true'),
  c('syslog-host', LOG, 'tuning', 'string', ''),
  c('syslog-port', LOG, 'tuning', 'int', '514'),
  c('upstream-keepalive-connections', 'upstream', 'tuning', 'int', '320'),
  c('upstream-keepalive-requests', 'upstream', 'tuning', 'int', '10000'),
  c('upstream-keepalive-time', 'upstream', 'tuning', 'string', '1h'),
  c('upstream-keepalive-timeout', 'upstream', 'tuning', 'int', '60'),
  c('use-forwarded-headers', FWD, 'routing', 'bool', 'false'),
  c('use-geoip', WORK, 'tuning', 'bool', 'true'),
  c('use-geoip2', WORK, 'tuning', 'bool', 'false'),
  c('use-gzip', 'compression', 'tuning', 'bool', 'false'),
  c('use-http2', 'HTTP/2', 'tuning', 'bool', 'true'),
  c('use-proxy-protocol', 'listeners', 'routing', 'bool', 'false'),
  c('variables-hash-bucket-size', WORK, 'tuning', 'int', '256'),
  c('variables-hash-max-size', WORK, 'tuning', 'int', '2048'),
  c('whitelist-source-range', 'IP allow-list', 'access', 'cidrs', '', 'whitelist-source-range'),
  c('worker-cpu-affinity', WORK, 'tuning', 'string', ''),
  c('worker-processes', WORK, 'tuning', 'string'),
  c('worker-shutdown-timeout', WORK, 'tuning', 'string', '240s'),
];

export const CONFIG_KEY_BY_NAME: ReadonlyMap<string, ConfigKey> = new Map(CONFIGMAP_KEYS.map((k) => [k.key, k]));

/**
 * Keys that are ingress-nginx annotations, not ConfigMap keys: written into the ConfigMap they are
 * ignored by the controller (a common migration mistake), so the warning says where they belong.
 */
export const ANNOTATION_ONLY = new Set(['use-regex', 'rewrite-target', 'allowlist-source-range', 'enable-cors', 'backend-protocol', 'limit-rps', 'limit-rpm', 'limit-connections', 'auth-url', 'auth-type', 'canary',
  // config.go has upstream-hash-by* fields, but createUpstreams takes only the annotation (ingress-nginx v1.15.1).
  'upstream-hash-by', 'upstream-hash-by-subset', 'upstream-hash-by-subset-size',
  // config.go has no such field: ssl-ciphers at http level always comes with ssl_prefer_server_ciphers on.
  'ssl-prefer-server-ciphers']);
