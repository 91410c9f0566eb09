import type { TargetName } from '../../diagnostics/types.js';
/**
 * What each target honours of an ingress-nginx annotation. A key or target missing here is not
 * honoured: lower/annotation-support.ts then fails closed or warns by the key's kind. An emitter
 * that learns a feature adds its row here, and its live tests prove it.
 */
export interface Support {
    level: 'supported' | 'partial';
    /** For 'partial': what differs from ingress-nginx. */
    note?: string;
}
export declare function supportOf(key: string, target: TargetName): Support | undefined;
