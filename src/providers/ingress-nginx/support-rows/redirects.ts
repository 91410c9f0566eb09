import type { SupportRows } from '../support.js';

/** Support rows of the permanent/temporal redirects, app-root, from-to-www, ssl/force-ssl redirects, preserve-trailing-slash, server-alias family (added with each target's live proof). */
export const ROWS: SupportRows = {};
