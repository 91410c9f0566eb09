import type { SupportRows } from '../support.js';

/** Support rows of the CORS and session affinity family (added with each target's live proof). */
export const ROWS: SupportRows = {};
