import type { SupportRows } from '../support.js';
/** Support rows of the client certificates (auth-tls-*) family (added with each target's live proof). */
export declare const ROWS: SupportRows;
