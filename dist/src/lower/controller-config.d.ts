import type { Diagnostics } from '../diagnostics/collector.js';
import type { TargetName } from '../diagnostics/types.js';
import type { BrotliCompression, ClientConnection, HeaderBlock, RefusalStatus, ResponseCompression, TlsCiphers } from '../ir/types.js';
import { type ControllerConfig, type ControllerSettings } from '../providers/ingress-nginx/configmap/read.js';
import type { IngressModel } from '../validate/model.js';
/**
 * The ConfigMap keys ingressc honours. Most are the global default of an annotation, and as in
 * ingress-nginx (its annotation parsers fall back to the ConfigMap's value) an Ingress that sets
 * the annotation (or its alias) replaces it, for all of its paths; a target honours the key
 * exactly where support.ts lists the annotation. The others are controller-wide settings
 * (no `annotation`, nothing overrides them): a target honours them where configmap/support.ts's
 * KEY_SUPPORT lists it, and lowering reads them through controllerWide().
 */
interface Honoured {
    /** The annotation whose support row decides the target; absent: KEY_SUPPORT decides. */
    annotation?: string;
    /** Annotations that replace the ConfigMap's value on their Ingress. */
    overriddenBy: readonly string[];
    /** Does the ConfigMap set a value (an empty source-range list sets none)? */
    has: (s: ControllerSettings) => boolean;
    apply: (ing: IngressModel, s: ControllerSettings) => IngressModel;
    /**
     * A value that leaves a target without the key exactly as ingress-nginx is (nothing to report),
     * alone or with the rest of the ConfigMap (`cfg`: a key nginx.tmpl reads only under another).
     */
    moot?: (value: string, cfg: ControllerConfig) => boolean;
    /** A value the supporting targets do not apply, why (a tuning key: the one warning, IC3152). */
    beyond?: (s: ControllerSettings) => string | undefined;
    /** Why `target` cannot express this value of a controller-wide key, alone or with the rest of the ConfigMap (IC3153); the annotation's row says it for the others. */
    refuse?: (value: string, target: TargetName, s: ControllerSettings) => string | undefined;
}
export declare const HONOURED: Readonly<Record<string, Honoured>>;
/** The controller-wide settings lowering applies on `target`: only those its KEY_SUPPORT lists. */
export interface ControllerWide {
    /** http-redirect-code other than 308: the status of the HTTPS and from-to-www redirects. */
    httpsRedirectCode?: 301 | 302 | 307;
    /** The Strict-Transport-Security value of HTTPS responses of hosts with a certificate (VhostTls.hsts). */
    hsts?: string;
    /** block-user-agents, block-referers (RouteTable.headerBlocks). */
    headerBlocks?: HeaderBlock[];
    /** no-tls-redirect-locations (its default when the ConfigMap does not set it): path prefixes never redirected to HTTPS. */
    noTlsRedirect?: string[];
    /** server-tokens (RouteTable.serverTokens), ingress-nginx's default false written out with a ConfigMap. */
    serverTokens?: boolean;
    /** hide-headers (RouteTable.hideResponseHeaders). */
    hideResponseHeaders?: string[];
    /** ssl-protocols within TLSv1.2-TLSv1.3 (its default, both, when the ConfigMap does not set it). */
    tlsVersions?: ('TLSv1.2' | 'TLSv1.3')[];
    /** ssl-ciphers (its default list when the ConfigMap does not set it; absent for ""), server order preferred (RouteTable.tlsCiphers). */
    tlsCiphers?: TlsCiphers;
    /** use-gzip "true" with the gzip-* knobs the target applies (RouteTable.compression). */
    compression?: ResponseCompression;
    /** enable-brotli "true" (RouteTable.brotli). */
    brotli?: BrotliCompression;
    /** keep-alive, keep-alive-requests, client-header-timeout, client-body-timeout, large-client-header-buffers as set (RouteTable.clientConnection). */
    clientConnection?: ClientConnection;
    /** limit-req-status-code, limit-conn-status-code as set (RouteTable.limitStatus). */
    limitStatus?: RefusalStatus;
}
export declare function controllerWide(cfg: ControllerConfig | undefined, target: TargetName): ControllerWide;
/**
 * ingress-nginx's lua_ingress.lua header(): with hsts (default true), "max-age=" .. hsts-max-age
 * (default 31536000), "; includeSubDomains" with hsts-include-subdomains (default true), and
 * "; preload" with hsts-preload (default false). The defaults are config.go's.
 */
export declare function hstsValue(s: ControllerSettings): string | undefined;
/**
 * Applies the controller ConfigMap to the Ingresses (in lowering, per target): each honoured key
 * becomes the value of its annotation on every Ingress that does not set it; a key the target
 * cannot honour fails closed (access: error), fails (routing: error) or warns (tuning), located at
 * the ConfigMap key. Keys set to ingress-nginx's default change nothing and are not reported.
 */
export declare function applyControllerConfig(ingresses: IngressModel[], cfg: ControllerConfig | undefined, target: TargetName, diags: Diagnostics): IngressModel[];
/**
 * block-cidrs or global-auth-url with a default backend (--default-backend, or an Ingress without
 * rules): ingress-nginx denies the addresses / asks the auth service there too (a host's fallback
 * location takes its first Ingress's annotations), but the IR's fallbacks carry no policies: fail closed.
 */
export declare function blockedDefaultBackend(cfg: ControllerConfig | undefined, target: TargetName, hasDefault: boolean, diags: Diagnostics): void;
export declare function realIpHeaderOk(s: ControllerSettings, target: TargetName): boolean;
/**
 * annotation-value-word-blocklist: ingress-nginx drops (does not serve) an Ingress when the value
 * of one of its nginx.ingress.kubernetes.io/ annotations contains a listed word (e2e
 * settings/badannotationvalues.go). So does ingressc, with a warning at the annotation (at the
 * Ingress's name for a refused or skipped key, which has no use record; the message names it).
 */
export declare function dropBlocklisted(ingresses: IngressModel[], cfg: ControllerConfig | undefined, diags: Diagnostics): IngressModel[];
export {};
