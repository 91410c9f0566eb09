import type { Diagnostics } from '../../../diagnostics/collector.js';
import type { SourceRef } from '../../../diagnostics/types.js';
import type { ClientConnection, UpstreamTimeouts } from '../../../ir/types.js';
import { fieldName, locate } from '../../../parse/locate.js';
import type { Manifest } from '../../../parse/parse-yaml.js';
import { hasControlChars } from '../../../util/k8s-names.js';
import { CIPHER_STRING_GRAMMAR, isCipherString } from '../../../ir/ciphers.js';
import { GO_BOOL_SPELLINGS, parseGoBool } from '../parse-bool.js';
import { errorsReader, parseCustomHttpErrors, type ErrorSettings } from '../families/errors.js';
import type { HttpUrl } from '../families/auth-values.js';
import { HEADER_NAME_RE, parseConfigMapRef } from '../families/headers.js';
import { parseBlockList, type BlockPattern } from './block-list.js';
import { parseBrotliLevel, parseByteCount, parseGzipLevel, parseMimeTypes, parseUserAgentRegex, type BrotliSettings, type GzipSettings } from './gzip.js';
import { parseNginxSize } from '../size.js';
import { parseCount } from './count.js';
import { parseSourceRange } from '../source-range.js';
import { parseTimeoutSeconds } from '../upstream-values.js';
import { isTuningKey, parseTuning, type UpstreamTuningSettings } from '../families/upstream-tuning.js';
import { locationList, parseGlobalAuthValue, type GlobalAuthSettings } from './global-auth.js';
import { ANNOTATION_ONLY, CONFIG_KEY_BY_NAME, type ConfigKey, type ConfigValueType } from './keys.js';

/** One valid key of the controller ConfigMap. */
export interface ConfigEntry {
  key: ConfigKey;
  value: string;
  ref: SourceRef;
  /** The value differs from ingress-nginx's default (a key set to its default changes nothing). */
  changed: boolean;
}

/** The settings ingressc honours (as the global defaults of their annotations), parsed. */
export interface ControllerSettings {
  sslRedirect?: boolean;
  /** force-ssl-redirect: the default of the annotation (lower/redirects.ts). */
  forceSslRedirect?: boolean;
  /** relative-redirects: the http block's absolute_redirect (off when true), under every location's. */
  relativeRedirects?: boolean;
  /** http-redirect-code: the status of the HTTPS and from-to-www redirects (301, 302, 307, 308). */
  httpRedirectCode?: 301 | 302 | 307 | 308;
  /** hsts, hsts-max-age, hsts-include-subdomains, hsts-preload as set (lower/controller-config.ts fills the defaults). */
  hsts?: boolean;
  hstsMaxAge?: string;
  hstsIncludeSubdomains?: boolean;
  hstsPreload?: boolean;
  sourceAllow?: string[];
  sourceDeny?: string[];
  /** block-cidrs: addresses refused on every route. */
  blockCidrs?: string[];
  /** server-tokens: nginx's version in Server and its error pages. */
  serverTokens?: boolean;
  /** hide-headers: upstream response headers the client does not get. */
  hideHeaders?: string[];
  /** enable-underscores-in-headers, ignore-invalid-headers as set (lower/header-names.ts). */
  underscoresInHeaders?: boolean;
  ignoreInvalidHeaders?: boolean;
  /** ssl-protocols: the TLS versions listed. */
  sslProtocols?: string[];
  /** ssl-ciphers: an OpenSSL cipher string, or "" (nginx.tmpl then writes no ssl_ciphers: nginx's own). */
  sslCiphers?: string;
  /** no-tls-redirect-locations: path prefixes whose locations never redirect to HTTPS. */
  noTlsRedirectLocations?: string[];
  /** block-user-agents / block-referers: requests answered 403 before anything else. */
  blockUserAgents?: BlockPattern[];
  blockReferers?: BlockPattern[];
  maxBodyBytes?: number;
  bodyBufferSize?: string;
  timeouts: UpstreamTimeouts;
  /** custom-http-errors: the default of the annotation (lower/errors.ts); empty: none. */
  customHttpErrors?: number[];
  /** load-balance: the default of the annotation (lower/load-balancing.ts). */
  loadBalance?: 'round_robin' | 'ewma';
  /** service-upstream: the default of the annotation (lower/backends.ts). */
  serviceUpstream?: boolean;
  /** proxy-ssl-location-only: no host-level proxy-ssl-* for other Ingresses' routes to inherit (lower/backends.ts). */
  proxySslLocationOnly?: boolean;
  /** The upstream tuning keys (the defaults of their annotations, lower/controller-config.ts). */
  tuning?: UpstreamTuningSettings;
  /** annotation-value-word-blocklist: words no nginx.ingress.kubernetes.io/ annotation value may contain. */
  wordBlocklist?: { words: string[]; ref: SourceRef };
  /** add-headers / proxy-set-headers: the ConfigMap of response / upstream request headers (lower/custom-headers.ts). */
  addHeaders?: ConfigMapRef;
  proxySetHeaders?: ConfigMapRef;
  /** global-allowed-response-headers: the header names custom-headers may set. */
  allowedResponseHeaders?: string[];
  /** global-auth-url and its companions (global-auth.ts; lower/auth.ts applies them); `ref`: where global-auth-url is. */
  globalAuth?: GlobalAuthSettings & { ref?: SourceRef };
  /** no-auth-locations as set: location path prefixes global authentication skips. */
  noAuthLocations?: string[];
  /** proxy-cookie-domain, proxy-cookie-path, proxy-redirect-from: the defaults of their annotations (lower/response-rewrites.ts). */
  responseRewrites?: Pick<ErrorSettings, 'cookieDomain' | 'cookiePath' | 'redirectFrom'>;
  /** keep-alive, keep-alive-requests, client-header-timeout, client-body-timeout, large-client-header-buffers (lower/controller-config.ts). */
  clientConnection?: ClientConnection;
  /** limit-req-status-code, limit-conn-status-code: the status of a request refused by a rate or connection limit. */
  limitStatus?: { requests?: number; connections?: number };
  /** retry-non-idempotent: every route's retry rule passes on a POST, LOCK or PATCH it has sent (nginx's non_idempotent). */
  retryNonIdempotent?: boolean;
  /** use-forwarded-headers, enable-real-ip, compute-full-forwarded-for, forwarded-for-header, proxy-real-ip-cidr, generate-request-id (lower/forwarded-headers.ts). */
  forwarded?: ForwardedSettings;
  /** use-gzip and the gzip-* keys (gzip.ts; lower/controller-config.ts). */
  gzip?: GzipSettings;
  /** enable-brotli and the brotli-* keys (gzip.ts; lower/controller-config.ts). */
  brotli?: BrotliSettings;
}

/** The ConfigMap keys of the client connection settings, each with its RouteTable.clientConnection field. */
export const CLIENT_CONNECTION_FIELD: Readonly<Record<string, keyof ClientConnection>> = {
  'keep-alive': 'keepAliveSeconds',
  'keep-alive-requests': 'keepAliveRequests',
  'client-header-timeout': 'headerTimeoutSeconds',
  'client-body-timeout': 'bodyTimeoutSeconds',
  'large-client-header-buffers': 'headerBuffers',
};

/** A ConfigMap named by a key, and where the key is. */
export interface ConfigMapRef {
  namespace: string;
  name: string;
  ref: SourceRef;
}

/** The client-address and forwarded-header keys as set (absent: ingress-nginx's default). */
export interface ForwardedSettings {
  useForwardedHeaders?: boolean;
  enableRealIp?: boolean;
  computeFullForwardedFor?: boolean;
  forwardedForHeader?: string;
  proxyRealIpCidr?: string[];
  useProxyProtocol?: boolean;
  generateRequestId?: boolean;
}

/** The ingress-nginx controller ConfigMap, read and checked (target-independent). */
export interface ControllerConfig {
  /** "namespace/name". */
  id: string;
  /** metadata.name (where findings about the whole ConfigMap point). */
  ref: SourceRef;
  /** Valid known keys, sorted by key. */
  entries: ConfigEntry[];
  settings: ControllerSettings;
}

/** Parsed value, or what was expected. */
type Parsed = { value: unknown } | { expected: string };

const INT = /^[+-]?(?:0[xX][0-9a-fA-F]+|0[bB][01]+|0[oO]?[0-7]+|[0-9]+)$/;
const FLOAT = /^[+-]?(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][+-]?[0-9]+)?$/;
const SSL_PROTOCOLS = ['SSLv2', 'SSLv3', 'TLSv1', 'TLSv1.1', 'TLSv1.2', 'TLSv1.3'];
const RISK = ['Critical', 'High', 'Medium', 'Low'];

/** The grammar of each value type; reuses the annotations' parsers where the key is an annotation's default. */
export function parseConfigValue(type: ConfigValueType, value: string, name = ''): Parsed {
  const found = `found ${JSON.stringify(value)}`;
  switch (type) {
    case 'bool': {
      const b = parseGoBool(value);
      return b === undefined ? { expected: `a boolean (${GO_BOOL_SPELLINGS}), ${found}` } : { value: b };
    }
    case 'int':
      return INT.test(value) ? { value } : { expected: `an integer, ${found}` };
    case 'digits':
      // ingress-nginx copies the text into the header ("max-age=" .. value): only a plain number is a max-age.
      return /^[0-9]{1,12}$/.test(value) ? { value } : { expected: `a number of seconds (decimal digits), ${found}` };
    case 'float':
      return FLOAT.test(value) ? { value } : { expected: `a number, ${found}` };
    case 'seconds': {
      const t = parseTimeoutSeconds(value);
      return 'expected' in t ? t : { value: t.value };
    }
    case 'offset':
    case 'size': {
      const s = parseNginxSize(value, { offset: type === 'offset' });
      return 'error' in s ? { expected: s.error.replace(/^expected /, '') } : { value: type === 'offset' ? s.bytes : value };
    }
    case 'cidrs': {
      // "" is ingress-nginx's default: an empty list, no restriction.
      if (value.trim() === '') return { value: [] };
      const r = parseSourceRange(value);
      return 'error' in r ? { expected: `comma-separated IPv4/IPv6 addresses or CIDRs: ${r.error}` } : { value: r.cidrs };
    }
    case 'refusal-status':
      // nginx refuses limit_req_status / limit_conn_status outside 400-599 (the reload would fail).
      return /^[45][0-9][0-9]$/.test(value) ? { value: Number(value) } : { expected: `a status from 400 to 599, ${found}` };
    case 'redirect-code':
      return /^(301|302|307|308)$/.test(value) ? { value: Number(value) } : { expected: `301, 302, 307 or 308, ${found}` };
    case 'status-codes': {
      // "" is the default: no codes. Otherwise the annotation's grammar (ingress-nginx's ConfigMap
      // parser drops a part strconv.Atoi refuses, with a warning; ingressc refuses the value).
      if (value === '') return { value: [] };
      const codes = parseCustomHttpErrors(value);
      return Array.isArray(codes) ? { value: codes } : { expected: codes.detail.replace(/^expected /, '').replace(/; ingress-nginx ignores.*$/, '') };
    }
    case 'ssl-ciphers':
      // nginx.tmpl writes it in single quotes, unchecked; ingressc holds it to the annotation's grammar.
      return value === '' || isCipherString(value) ? { value } : { expected: `"" or ${CIPHER_STRING_GRAMMAR}, ${found}` };
    case 'ssl-protocols': {
      const ps = value.split(' ').filter((s) => s !== '');
      return ps.length > 0 && ps.every((p) => SSL_PROTOCOLS.includes(p)) ? { value: ps } : { expected: `space-separated protocols among ${SSL_PROTOCOLS.join(', ')}, ${found}` };
    }
    case 'block-list':
      return parseBlockList(value);
    case 'header-names': {
      // nginx.tmpl writes each as `proxy_hide_header <name>;`: a plain field name, nothing else.
      if (value === '') return { value: [] };
      const names = value.split(',').map((n) => n.trim());
      const badName = names.find((n) => !/^[A-Za-z0-9-]+$/.test(n));
      return badName === undefined ? { value: names } : { expected: `comma-separated header names (letters, digits and "-"), found ${JSON.stringify(badName)}` };
    }
    case 'load-balance':
      // ingress-nginx's default round_robin, or ewma (the annotation's grammar).
      return value === 'round_robin' || value === 'ewma' ? { value } : { expected: `"round_robin" or "ewma", ${found}` };
    case 'header-name':
      // Written into the proxies' configs as a header name: an HTTP token, nothing else.
      // nginx ignores names with "_" (underscores_in_headers off), so letters, digits and "-".
      return /^[A-Za-z0-9][A-Za-z0-9-]{0,127}$/.test(value) ? { value } : { expected: `a header name (letters, digits and "-"), ${found}` };
    case 'configmap-ref': {
      if (value === '') return { value: undefined };
      const ref = parseConfigMapRef(value);
      return 'expected' in ref ? { expected: ref.expected.replace(/^expected /, '') } : { value: ref };
    }
    case 'allowed-headers': {
      // ingress-nginx splits on ",", trims, and skips a name customheaders.go refuses (with a warning); ingressc refuses the value.
      if (value.trim() === '') return { value: [] };
      const names = value.split(',').map((n) => n.trim());
      const bad = names.find((n) => !HEADER_NAME_RE.test(n));
      return bad === undefined ? { value: names } : { expected: `comma-separated header names (letters, digits, "-" and "_"), found ${JSON.stringify(bad)}` };
    }
    case 'risk-level':
      return RISK.includes(value) ? { value } : { expected: `one of ${RISK.join(', ')}, ${found}` };
    case 'tuning': {
      // The annotation's grammar; "" (proxy-busy-buffers-size's default) leaves nginx's own value.
      const into: UpstreamTuningSettings = {};
      if (value === '' && name === 'proxy-busy-buffers-size') return { value: into };
      const problem = isTuningKey(name) ? parseTuning(name, value, into) : 'a key of the upstream tuning family';
      return problem === undefined ? { value: into } : { expected: problem.replace(/^expected /, '') };
    }
    case 'global-auth':
      return parseGlobalAuthValue(name, value);
    case 'locations':
      return { value: locationList(value) };
    case 'gzip-level':
      return parseGzipLevel(value);
    case 'brotli-level':
      return parseBrotliLevel(value);
    case 'byte-count':
      return parseByteCount(value);
    case 'mime-types':
      return parseMimeTypes(value);
    case 'ua-regex':
      return parseUserAgentRegex(value);
    case 'count':
      return parseCount(value, 999_999_999);
    case 'header-buffers': {
      // nginx's large_client_header_buffers: a count and a buffer size of at least its connection_pool_size (512 bytes).
      const m = /^([1-9][0-9]{0,3}) +([0-9]+[kKmM]?)$/.exec(value);
      const bytes = m ? parseNginxSize(m[2]!) : undefined;
      if (!m || !bytes || 'error' in bytes || bytes.bytes < 512 || bytes.bytes > 16 * 1024 * 1024) return { expected: `a number of buffers and a size from 512 bytes to 16m (like "4 8k"), ${found}` };
      return { value: { count: Number(m[1]), size: m[2]! } };
    }
    case 'response-rewrite': {
      const into: { errors?: ErrorSettings } = {};
      const problem = errorsReader.read(name, value, into, {});
      return problem === undefined ? { value: into.errors ?? {} } : { expected: problem.detail.replace(/^expected /, '') };
    }
    case 'string':
      return { value };
  }
}

/** Does `value` mean what ingress-nginx's documented default means? */
function isDefault(key: ConfigKey, value: unknown): boolean {
  if (key.default === undefined) return false;
  const d = parseConfigValue(key.type, key.default, key.key);
  return 'value' in d && JSON.stringify(d.value) === JSON.stringify(value);
}

const SNIPPET = (name: string): boolean => name.endsWith('-snippet');

/**
 * Reads a v1 ConfigMap as ingress-nginx's controller reads its --configmap: every `data` key is
 * checked against the registry (keys.ts) and its grammar, and located at the key. Which keys a
 * target honours is decided in lowering (lower/controller-config.ts).
 */
export function readControllerConfig(m: Manifest, diags: Diagnostics, opts: { allowSnippets: boolean }): ControllerConfig | undefined {
  const meta = (m.obj.metadata ?? {}) as Record<string, unknown>;
  const name = typeof meta.name === 'string' ? meta.name : '';
  const namespace = typeof meta.namespace === 'string' ? meta.namespace : 'default';
  const id = `${namespace}/${name}`;
  const before = diags.errorCount();
  const data = m.obj.data;
  const entries: ConfigEntry[] = [];
  const settings: ControllerSettings = { timeouts: {} };
  // "data:" with nothing under it is null: no keys, as the API server reads it.
  if (data !== undefined && data !== null && (typeof data !== 'object' || Array.isArray(data))) {
    diags.report('IC2300', locate(m.loc, ['data']), { configmap: id, key: 'data', detail: 'expected a mapping of keys to string values' }, { field: 'data' });
    return undefined;
  }
  const map = (data ?? {}) as Record<string, unknown>;
  for (const k of Object.keys(map).sort()) {
    // An explicit null is the empty string, as Go's JSON decoder leaves a map[string]string value.
    const raw = map[k] === null ? '' : map[k];
    const path = ['data', k];
    const field = fieldName(path);
    const ref = locate(m.loc, path, { key: true });
    if (typeof raw !== 'string') {
      diags.report('IC2304', locate(m.loc, path), { key: k, found: raw === null ? 'null' : `${typeof raw} ${JSON.stringify(raw)}` }, { field });
      continue;
    }
    const key = CONFIG_KEY_BY_NAME.get(k);
    if (!key) {
      const hint =
        k === 'allowlist-source-range'
          ? ' (the ConfigMap key is still whitelist-source-range)'
          : ANNOTATION_ONLY.has(k)
            ? ` (it is an annotation: set nginx.ingress.kubernetes.io/${k} on the Ingress)`
            : ' (check the spelling)';
      diags.report('IC2301', ref, { key: k, hint }, { field });
      continue;
    }
    if (hasControlChars(raw) && key.type !== 'string') {
      diags.report('IC2300', ref, { configmap: id, key: k, detail: 'the value contains a control character' }, { field });
      continue;
    }
    const parsed = parseConfigValue(key.type, raw, k);
    if ('expected' in parsed) {
      diags.report('IC2300', ref, { configmap: id, key: k, detail: `expected ${parsed.expected}` }, { field });
      continue;
    }
    const changed = !isDefault(key, parsed.value);
    if (key.kind === 'snippet' || SNIPPET(k)) {
      if (changed) diags.report(opts.allowSnippets ? 'IC2303' : 'IC2302', ref, { key: k }, { field });
      continue;
    }
    if (hasControlChars(raw)) {
      // Free text (log formats, header lists) never carries a control character into an output.
      diags.report('IC2300', ref, { configmap: id, key: k, detail: 'the value contains a control character' }, { field });
      continue;
    }
    entries.push({ key, value: raw, ref, changed });
    const v = parsed.value;
    if (key.type === 'tuning') settings.tuning = { ...settings.tuning, ...(v as UpstreamTuningSettings) };
    const conn = CLIENT_CONNECTION_FIELD[k];
    if (conn) settings.clientConnection = { ...settings.clientConnection, [conn]: v };
    switch (k) {
      case 'ssl-redirect': settings.sslRedirect = v as boolean; break;
      case 'force-ssl-redirect': settings.forceSslRedirect = v as boolean; break;
      case 'relative-redirects': settings.relativeRedirects = v as boolean; break;
      case 'http-redirect-code': settings.httpRedirectCode = v as 301 | 302 | 307 | 308; break;
      case 'limit-req-status-code': settings.limitStatus = { ...settings.limitStatus, requests: v as number }; break;
      case 'limit-conn-status-code': settings.limitStatus = { ...settings.limitStatus, connections: v as number }; break;
      case 'hsts': settings.hsts = v as boolean; break;
      case 'hsts-max-age': settings.hstsMaxAge = v as string; break;
      case 'hsts-include-subdomains': settings.hstsIncludeSubdomains = v as boolean; break;
      case 'hsts-preload': settings.hstsPreload = v as boolean; break;
      case 'service-upstream': settings.serviceUpstream = v as boolean; break;
      case 'proxy-ssl-location-only': settings.proxySslLocationOnly = v as boolean; break;
      case 'load-balance': settings.loadBalance = v as 'round_robin' | 'ewma'; break;
      case 'custom-http-errors': settings.customHttpErrors = v as number[]; break;
      case 'whitelist-source-range': if ((v as string[]).length) settings.sourceAllow = v as string[]; break;
      case 'denylist-source-range': if ((v as string[]).length) settings.sourceDeny = v as string[]; break;
      case 'ssl-protocols': settings.sslProtocols = v as string[]; break;
      case 'ssl-ciphers': settings.sslCiphers = v as string; break;
      case 'server-tokens': settings.serverTokens = v as boolean; break;
      case 'enable-underscores-in-headers': settings.underscoresInHeaders = v as boolean; break;
      case 'ignore-invalid-headers': settings.ignoreInvalidHeaders = v as boolean; break;
      case 'hide-headers': if ((v as string[]).length) settings.hideHeaders = v as string[]; break;
      // isLocationInLocationList: split on ",", each trimmed, empty ones skipped.
      case 'no-tls-redirect-locations': settings.noTlsRedirectLocations = locationList(raw); break;
      case 'block-cidrs': if ((v as string[]).length) settings.blockCidrs = v as string[]; break;
      case 'block-user-agents': if ((v as BlockPattern[]).length) settings.blockUserAgents = v as BlockPattern[]; break;
      case 'block-referers': if ((v as BlockPattern[]).length) settings.blockReferers = v as BlockPattern[]; break;
      case 'proxy-body-size': settings.maxBodyBytes = v as number; break;
      case 'client-body-buffer-size': settings.bodyBufferSize = v as string; break;
      case 'proxy-connect-timeout': settings.timeouts.connect = v as number; break;
      case 'proxy-send-timeout': settings.timeouts.send = v as number; break;
      case 'proxy-read-timeout': settings.timeouts.read = v as number; break;
      case 'annotation-value-word-blocklist': {
        // ingress-nginx splits on "," and trims each word; an empty word would match every value, so none is kept.
        const words = raw.split(',').map((w) => w.trim()).filter((w) => w !== '');
        if (words.length) settings.wordBlocklist = { words, ref };
        break;
      }
      case 'use-forwarded-headers': settings.forwarded = { ...settings.forwarded, useForwardedHeaders: v as boolean }; break;
      case 'enable-real-ip': settings.forwarded = { ...settings.forwarded, enableRealIp: v as boolean }; break;
      case 'use-proxy-protocol': settings.forwarded = { ...settings.forwarded, useProxyProtocol: v as boolean }; break;
      case 'compute-full-forwarded-for': settings.forwarded = { ...settings.forwarded, computeFullForwardedFor: v as boolean }; break;
      case 'forwarded-for-header': settings.forwarded = { ...settings.forwarded, forwardedForHeader: v as string }; break;
      // "" trusts nobody: nginx.tmpl then writes no set_real_ip_from line.
      case 'proxy-real-ip-cidr': settings.forwarded = { ...settings.forwarded, proxyRealIpCidr: v as string[] }; break;
      case 'generate-request-id': settings.forwarded = { ...settings.forwarded, generateRequestId: v as boolean }; break;
      case 'add-headers': if (v) settings.addHeaders = { ...(v as { namespace: string; name: string }), ref }; break;
      case 'proxy-set-headers': if (v) settings.proxySetHeaders = { ...(v as { namespace: string; name: string }), ref }; break;
      case 'global-allowed-response-headers': settings.allowedResponseHeaders = v as string[]; break;
      case 'global-auth-url': if (v) settings.globalAuth = { ...settings.globalAuth, url: v as HttpUrl, ref }; break;
      case 'global-auth-method': if (v) settings.globalAuth = { ...settings.globalAuth, method: v as GlobalAuthSettings['method'] }; break;
      case 'global-auth-signin': if (v) settings.globalAuth = { ...settings.globalAuth, signin: v as HttpUrl }; break;
      case 'global-auth-signin-redirect-param': if (v) settings.globalAuth = { ...settings.globalAuth, signinRedirectParam: v as string }; break;
      case 'global-auth-response-headers': if (v) settings.globalAuth = { ...settings.globalAuth, responseHeaders: v as string[] }; break;
      case 'global-auth-request-redirect': if (v) settings.globalAuth = { ...settings.globalAuth, requestRedirect: v as string }; break;
      case 'global-auth-always-set-cookie': settings.globalAuth = { ...settings.globalAuth, alwaysSetCookie: v as boolean }; break;
      case 'no-auth-locations': settings.noAuthLocations = v as string[]; break;
      case 'use-gzip': settings.gzip = { ...settings.gzip, use: v as boolean }; break;
      case 'gzip-level': settings.gzip = { ...settings.gzip, level: v as number }; break;
      case 'gzip-min-length': settings.gzip = { ...settings.gzip, minLength: v as number }; break;
      case 'gzip-types': settings.gzip = { ...settings.gzip, types: v as string[] | '*' }; break;
      case 'gzip-disable': settings.gzip = { ...settings.gzip, disable: v as string }; break;
      case 'enable-brotli': settings.brotli = { ...settings.brotli, enable: v as boolean }; break;
      case 'brotli-level': settings.brotli = { ...settings.brotli, level: v as number }; break;
      case 'brotli-min-length': settings.brotli = { ...settings.brotli, minLength: v as number }; break;
      case 'brotli-types': settings.brotli = { ...settings.brotli, types: v as string[] | '*' }; break;
      case 'proxy-cookie-domain':
      case 'proxy-cookie-path':
      case 'proxy-redirect-from': settings.responseRewrites = { ...settings.responseRewrites, ...(v as ErrorSettings) }; break;
      case 'retry-non-idempotent': settings.retryNonIdempotent = v as boolean; break;
      case 'allow-snippet-annotations': if (v === true) diags.report('IC2306', ref, {}, { field }); break;
    }
  }
  if (diags.errorCount() > before) return undefined;
  return { id, ref: locate(m.loc, ['metadata', 'name']), entries, settings };
}
