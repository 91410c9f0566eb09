import type { TargetName } from '../../diagnostics/types.js';
/** max_request_bytes of Envoy's buffer filter is a uint32. */
export declare const ENVOY_MAX_BUFFER_BYTES = 4294967295;
/**
 * What each target honours of an ingress-nginx annotation. A key or target missing here is not
 * honoured: lower/annotation-support.ts then fails closed or warns by the key's kind. An emitter
 * that learns a feature adds its row here, and its live tests prove it.
 */
export interface Support {
    level: 'supported' | 'partial';
    /** For 'partial': what differs from ingress-nginx. */
    note?: string;
    /** A value (already valid) the target cannot express: why, for a located error (IC3071). */
    refuse?: (value: string) => string | undefined;
}
/** Annotation (without prefix) → each target's support. */
export type SupportRows = Readonly<Record<string, Partial<Record<TargetName, Support>>>>;
export declare function supportOf(key: string, target: TargetName): Support | undefined;
export declare function unsupportedWhy(key: string, target: TargetName): string | undefined;
