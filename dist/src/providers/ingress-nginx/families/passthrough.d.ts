import type { FamilyReader } from './reader.js';
/**
 * ssl-passthrough, as ingress-nginx v1.15.1 reads it (annotations/sslpassthrough: a Go boolean).
 * Lowering (src/lower/passthrough.ts) decides which host and backend it applies to.
 */
export interface PassthroughSettings {
    enabled: boolean;
}
export declare const passthroughReader: FamilyReader;
