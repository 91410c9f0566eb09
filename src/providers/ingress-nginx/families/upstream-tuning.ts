import { parseNginxSize } from '../size.js';
import type { AnnotationFeatures, FamilyReader, FamilyProblem } from './reader.js';

/**
 * Upstream tuning: response and request buffering, buffer sizes, the HTTP version and Connection
 * header sent to the backend, and retries on another endpoint (ingress-nginx v1.15.1
 * internal/ingress/annotations/proxy and connection; docs annotations.md "Proxy buffering" ...
 * "Connection proxy header", configmap.md). ingress-nginx's validators let some values through that
 * nginx then refuses at reload ("errortimeout", a space in a header value, proxy-buffering "yes"):
 * ingressc refuses them up front (IC2400), located at the key.
 */
export interface UpstreamTuningSettings {
  /** proxy-buffering: on (true) / off. */
  buffering?: boolean;
  /** proxy-request-buffering: on (true) / off. */
  requestBuffering?: boolean;
  /** proxy-buffer-size, bytes. */
  bufferSize?: number;
  /** proxy-buffers-number (at least 2: nginx's minimum). */
  buffersNumber?: number;
  /** proxy-busy-buffers-size, bytes. */
  busyBuffersSize?: number;
  /** proxy-max-temp-file-size, bytes (0: no temporary file). */
  maxTempFileSize?: number;
  /** proxy-http-version. */
  httpVersion?: '1.0' | '1.1';
  /** proxy-next-upstream: the conditions, deduplicated, in ingress-nginx's order ("off" alone when listed). */
  nextUpstream?: NextUpstreamCondition[];
  /** proxy-next-upstream-timeout, seconds (0: no limit). */
  nextUpstreamTimeout?: number;
  /** proxy-next-upstream-tries (0: unlimited). */
  nextUpstreamTries?: number;
  /** connection-proxy-header: the Connection header value sent to the backend. */
  connectionHeader?: string;
  /** The ConfigMap's retry-non-idempotent (no annotation): non_idempotent added to whatever proxy-next-upstream lists (buildNextUpstream). */
  retryNonIdempotent?: boolean;
}

export const NEXT_UPSTREAM_CONDITIONS = ['error', 'timeout', 'invalid_header', 'http_500', 'http_502', 'http_503', 'http_504', 'http_403', 'http_404', 'http_429', 'non_idempotent', 'off'] as const;
export type NextUpstreamCondition = (typeof NEXT_UPSTREAM_CONDITIONS)[number];

/** ingress-nginx's defaults (config.go NewDefault; configmap.md). */
export const TUNING_DEFAULTS = {
  buffering: false,
  requestBuffering: true,
  bufferSize: 4096,
  buffersNumber: 4,
  maxTempFileSize: 1024 * 1024 * 1024,
  httpVersion: '1.1',
  nextUpstream: ['error', 'timeout'] as NextUpstreamCondition[],
  nextUpstreamTimeout: 0,
  nextUpstreamTries: 3,
} as const;

export const TUNING_KEYS = [
  'proxy-buffering',
  'proxy-request-buffering',
  'proxy-buffer-size',
  'proxy-buffers-number',
  'proxy-busy-buffers-size',
  'proxy-max-temp-file-size',
  'proxy-http-version',
  'proxy-next-upstream',
  'proxy-next-upstream-timeout',
  'proxy-next-upstream-tries',
  'connection-proxy-header',
] as const;
export type TuningKey = (typeof TUNING_KEYS)[number];

/** nginx's flag syntax (case-insensitive). */
const ON_OFF = /^(?:on|off)$/i;
/** Space-separated conditions (one space, as ingress-nginx splits them on " "). */
const CONDITIONS_RE = new RegExp(`^(?:${NEXT_UPSTREAM_CONDITIONS.join('|')})(?: (?:${NEXT_UPSTREAM_CONDITIONS.join('|')}))* ?$`);
/** Decimal digits, bounded (a count or seconds far beyond any use is a typo). */
const COUNT_RE = /^[0-9]{1,9}$/;
/** One header-value token: ingress-nginx writes the value unquoted, so nginx reads one word. */
const TOKEN_RE = /^[A-Za-z0-9_-]{1,64}$/;

const found = (v: string): string => `found ${JSON.stringify(v)}`;

/**
 * Parses one key's value into `into`; returns what was expected (the caller locates it).
 * Shared by the annotation reader and the controller ConfigMap (the same grammar there).
 */
export function parseTuning(name: TuningKey, value: string, into: UpstreamTuningSettings): string | undefined {
  switch (name) {
    case 'proxy-buffering':
    case 'proxy-request-buffering':
      if (!ON_OFF.test(value)) return `expected "on" or "off", ${found(value)}`;
      into[name === 'proxy-buffering' ? 'buffering' : 'requestBuffering'] = value.toLowerCase() === 'on';
      return undefined;
    case 'proxy-buffer-size':
    case 'proxy-busy-buffers-size':
    case 'proxy-max-temp-file-size': {
      const s = parseNginxSize(value);
      if ('error' in s) return s.error;
      if (name !== 'proxy-max-temp-file-size' && s.bytes === 0) return `expected a size above 0, ${found(value)}`;
      into[name === 'proxy-buffer-size' ? 'bufferSize' : name === 'proxy-busy-buffers-size' ? 'busyBuffersSize' : 'maxTempFileSize'] = s.bytes;
      return undefined;
    }
    case 'proxy-buffers-number': {
      const n = COUNT_RE.test(value) ? Number(value) : NaN;
      if (!(n >= 2 && n <= 1024)) return `expected a number of buffers from 2 to 1024 (nginx needs at least 2), ${found(value)}`;
      into.buffersNumber = n;
      return undefined;
    }
    case 'proxy-http-version':
      if (value !== '1.0' && value !== '1.1') return `expected "1.0" or "1.1", ${found(value)}`;
      into.httpVersion = value;
      return undefined;
    case 'proxy-next-upstream': {
      if (!CONDITIONS_RE.test(value)) return `expected conditions separated by one space, among ${NEXT_UPSTREAM_CONDITIONS.join(', ')}, ${found(value)}`;
      const listed = new Set(value.split(' ').filter((c) => c !== '') as NextUpstreamCondition[]);
      // nginx: "off" cancels every other condition; ingress-nginx moves non_idempotent last (buildNextUpstream).
      into.nextUpstream = listed.has('off') ? ['off'] : [...[...listed].filter((c) => c !== 'non_idempotent'), ...(listed.has('non_idempotent') ? ['non_idempotent' as const] : [])];
      return undefined;
    }
    case 'proxy-next-upstream-timeout':
    case 'proxy-next-upstream-tries': {
      const n = COUNT_RE.test(value) ? Number(value) : NaN;
      const max = 999_999_999;
      if (!(n >= 0 && n <= max)) return `expected ${name === 'proxy-next-upstream-timeout' ? 'whole seconds without a unit' : 'a number of tries'}, 0 (no limit) to ${max}, ${found(value)}`;
      into[name === 'proxy-next-upstream-timeout' ? 'nextUpstreamTimeout' : 'nextUpstreamTries'] = n;
      return undefined;
    }
    case 'connection-proxy-header':
      if (!TOKEN_RE.test(value)) return `expected one header value token (letters, digits, "_", "-"; e.g. "keep-alive", "close"), ${found(value)}`;
      into.connectionHeader = value;
      return undefined;
  }
}

/** The setting each key fills. */
export const TUNING_FIELD: Readonly<Record<TuningKey, keyof UpstreamTuningSettings>> = {
  'proxy-buffering': 'buffering',
  'proxy-request-buffering': 'requestBuffering',
  'proxy-buffer-size': 'bufferSize',
  'proxy-buffers-number': 'buffersNumber',
  'proxy-busy-buffers-size': 'busyBuffersSize',
  'proxy-max-temp-file-size': 'maxTempFileSize',
  'proxy-http-version': 'httpVersion',
  'proxy-next-upstream': 'nextUpstream',
  'proxy-next-upstream-timeout': 'nextUpstreamTimeout',
  'proxy-next-upstream-tries': 'nextUpstreamTries',
  'connection-proxy-header': 'connectionHeader',
};

const KEY_SET: ReadonlySet<string> = new Set(TUNING_KEYS);
export const isTuningKey = (k: string): k is TuningKey => KEY_SET.has(k);

export const upstreamTuningReader: FamilyReader = {
  keys: TUNING_KEYS,
  read: (name, value, into: AnnotationFeatures): FamilyProblem | undefined => {
    if (!isTuningKey(name)) return undefined;
    const problem = parseTuning(name, value, (into.upstreamTuning ??= {}));
    return problem === undefined ? undefined : { code: 'IC2400', detail: problem };
  },
};
