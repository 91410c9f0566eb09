import type { FamilyProblem, FamilyReader } from './reader.js';
/**
 * Rate and connection limits, as ingress-nginx's ratelimit parser reads them (all per client
 * address, per Ingress): limit-rps / limit-rpm (requests a second / a minute, burst = limit ×
 * limit-burst-multiplier, default 5), limit-connections (concurrent requests), limit-whitelist
 * (CIDRs exempt from all three), limit-rate / limit-rate-after (response bandwidth, KiB/s and KiB).
 * 0 disables a limit, as in ingress-nginx. Values are whole decimal numbers (ingress-nginx's Atoi
 * also takes "+5" or "-1"; a sign is refused here rather than guessed).
 */
export interface LimitSettings {
    rps?: number;
    rpm?: number;
    connections?: number;
    burstMultiplier?: number;
    /** Normalised, sorted CIDRs (source-range.ts). */
    whitelist?: string[];
    /** KiB per second, per connection. */
    rate?: number;
    /** KiB sent before `rate` applies. */
    rateAfter?: number;
}
/** ingress-nginx's default limit-burst-multiplier. */
export declare const DEFAULT_BURST_MULTIPLIER = 5;
export declare function parseLimitNumber(name: string, value: string): number | FamilyProblem;
export declare const limitsReader: FamilyReader;
