import type { SupportRows } from '../support.js';
/** Support rows of the canary, canary-weight(-total), canary-by-header(-value/-pattern), canary-by-cookie family (added with each target's live proof). */
export declare const ROWS: SupportRows;
