import type { Diagnostics } from '../../../diagnostics/collector.js';
import type { SourceRef } from '../../../diagnostics/types.js';
import type { ClientConnection, UpstreamTimeouts } from '../../../ir/types.js';
import type { Manifest } from '../../../parse/parse-yaml.js';
import { type ErrorSettings } from '../families/errors.js';
import { type BlockPattern } from './block-list.js';
import { type BrotliSettings, type GzipSettings } from './gzip.js';
import { type UpstreamTuningSettings } from '../families/upstream-tuning.js';
import { type GlobalAuthSettings } from './global-auth.js';
import { type ConfigKey, type ConfigValueType } from './keys.js';
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
    wordBlocklist?: {
        words: string[];
        ref: SourceRef;
    };
    /** add-headers / proxy-set-headers: the ConfigMap of response / upstream request headers (lower/custom-headers.ts). */
    addHeaders?: ConfigMapRef;
    proxySetHeaders?: ConfigMapRef;
    /** global-allowed-response-headers: the header names custom-headers may set. */
    allowedResponseHeaders?: string[];
    /** global-auth-url and its companions (global-auth.ts; lower/auth.ts applies them); `ref`: where global-auth-url is. */
    globalAuth?: GlobalAuthSettings & {
        ref?: SourceRef;
    };
    /** no-auth-locations as set: location path prefixes global authentication skips. */
    noAuthLocations?: string[];
    /** proxy-cookie-domain, proxy-cookie-path, proxy-redirect-from: the defaults of their annotations (lower/response-rewrites.ts). */
    responseRewrites?: Pick<ErrorSettings, 'cookieDomain' | 'cookiePath' | 'redirectFrom'>;
    /** keep-alive, keep-alive-requests, client-header-timeout, client-body-timeout, large-client-header-buffers (lower/controller-config.ts). */
    clientConnection?: ClientConnection;
    /** limit-req-status-code, limit-conn-status-code: the status of a request refused by a rate or connection limit. */
    limitStatus?: {
        requests?: number;
        connections?: number;
    };
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
export declare const CLIENT_CONNECTION_FIELD: Readonly<Record<string, keyof ClientConnection>>;
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
type Parsed = {
    value: unknown;
} | {
    expected: string;
};
/** The grammar of each value type; reuses the annotations' parsers where the key is an annotation's default. */
export declare function parseConfigValue(type: ConfigValueType, value: string, name?: string): Parsed;
/**
 * Reads a v1 ConfigMap as ingress-nginx's controller reads its --configmap: every `data` key is
 * checked against the registry (keys.ts) and its grammar, and located at the key. Which keys a
 * target honours is decided in lowering (lower/controller-config.ts).
 */
export declare function readControllerConfig(m: Manifest, diags: Diagnostics, opts: {
    allowSnippets: boolean;
}): ControllerConfig | undefined;
export {};
