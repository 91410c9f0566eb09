import type { SupportRows } from '../support.js';
/** Support rows of the default-backend / custom-http-errors family (added with each target's live proof). */
export declare const ROWS: SupportRows;
