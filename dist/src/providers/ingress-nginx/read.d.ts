import type { Diagnostics } from '../../diagnostics/collector.js';
import type { SourceRef } from '../../diagnostics/types.js';
import { type AnnotationKind } from './keys.js';
import { type PathAnnotations } from './paths.js';
import type { AnnotationFeatures } from './families/reader.js';
export declare const NGINX_PREFIX = "nginx.ingress.kubernetes.io/";
/** An annotation whose effect depends on the target; lowering decides whether it is honoured. */
export interface AnnotationUse {
    /** The full key as written. */
    key: string;
    /** ingress-nginx's key without its prefix; undefined for another controller's key. */
    name?: string;
    kind: AnnotationKind;
    family: string;
    /** Set for another controller's key. */
    controller?: string;
    ref: SourceRef;
}
/** What the provider hands to validation: the settings ingressc honours, and every use to check. */
export interface AnnotationSet {
    /** nginx.ingress.kubernetes.io/ssl-redirect (default true). */
    sslRedirect: boolean;
    /** Client addresses admitted (allowlist-source-range, else whitelist-source-range), normalised CIDRs. */
    sourceAllow?: string[];
    /** Client addresses refused (denylist-source-range), normalised CIDRs. */
    sourceDeny?: string[];
    /** proxy-body-size in bytes (0: unlimited); absent: the annotation is not set. */
    maxBodyBytes?: number;
    /** client-body-buffer-size as written (validated nginx size). */
    bodyBufferSize?: string;
    /** Path matching and rewriting (src/providers/ingress-nginx/paths.ts). */
    paths: PathAnnotations;
    /** upstream-vhost and the proxy-*-timeout keys, as written (valid values only). */
    upstream: UpstreamSettings;
    /** The families read through families/ (redirects, backends, canary, auth, traffic). */
    features: AnnotationFeatures;
    uses: AnnotationUse[];
}
export interface UpstreamSettings {
    vhost?: string;
    /** Whole seconds. */
    timeouts: {
        connect?: number;
        send?: number;
        read?: number;
    };
}
/**
 * The one door through which annotations enter ingressc. Target-independent checks happen here
 * (known key, value grammar, snippets, stale and foreign keys), located at the key; whether a
 * target honours each use is decided in lowering, after class selection.
 * `annotations` holds string values only (validation reports the others).
 */
export declare function readAnnotations(annotations: Readonly<Record<string, string>>, at: (key: string) => SourceRef, diags: Diagnostics, opts: {
    allowSnippets: boolean;
}): AnnotationSet;
