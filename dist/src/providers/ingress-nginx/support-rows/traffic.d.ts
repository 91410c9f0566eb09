import type { SupportRows } from '../support.js';
/** Support rows of the rate limits, CORS, session affinity family (added with each target's live proof). */
export declare const ROWS: SupportRows;
