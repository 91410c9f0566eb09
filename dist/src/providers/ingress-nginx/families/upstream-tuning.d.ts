import type { FamilyReader } from './reader.js';
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
export declare const NEXT_UPSTREAM_CONDITIONS: readonly ['error', 'timeout', 'invalid_header', 'http_500', 'http_502', 'http_503', 'http_504', 'http_403', 'http_404', 'http_429', 'non_idempotent', 'off'];
export type NextUpstreamCondition = (typeof NEXT_UPSTREAM_CONDITIONS)[number];
/** ingress-nginx's defaults (config.go NewDefault; configmap.md). */
export declare const TUNING_DEFAULTS: {
    readonly buffering: false;
    readonly requestBuffering: true;
    readonly bufferSize: 4096;
    readonly buffersNumber: 4;
    readonly maxTempFileSize: number;
    readonly httpVersion: '1.1';
    readonly nextUpstream: NextUpstreamCondition[];
    readonly nextUpstreamTimeout: 0;
    readonly nextUpstreamTries: 3;
};
export declare const TUNING_KEYS: readonly ['proxy-buffering', 'proxy-request-buffering', 'proxy-buffer-size', 'proxy-buffers-number', 'proxy-busy-buffers-size', 'proxy-max-temp-file-size', 'proxy-http-version', 'proxy-next-upstream', 'proxy-next-upstream-timeout', 'proxy-next-upstream-tries', 'connection-proxy-header'];
export type TuningKey = (typeof TUNING_KEYS)[number];
/**
 * Parses one key's value into `into`; returns what was expected (the caller locates it).
 * Shared by the annotation reader and the controller ConfigMap (the same grammar there).
 */
export declare function parseTuning(name: TuningKey, value: string, into: UpstreamTuningSettings): string | undefined;
/** The setting each key fills. */
export declare const TUNING_FIELD: Readonly<Record<TuningKey, keyof UpstreamTuningSettings>>;
export declare const isTuningKey: (k: string) => k is TuningKey;
export declare const upstreamTuningReader: FamilyReader;
