import type { SupportRows } from '../support.js';
/** Support rows of the rate and connection limits (limit-rps, limit-rpm, limit-connections, limit-burst-multiplier, limit-whitelist) family (added with each target's live proof). */
export declare const ROWS: SupportRows;
