import type { FamilyReader } from './reader.js';
/** canary, canary-weight(-total), canary-by-header(-value/-pattern), canary-by-cookie. */
export interface CanarySettings {
}
export declare const canaryReader: FamilyReader;
