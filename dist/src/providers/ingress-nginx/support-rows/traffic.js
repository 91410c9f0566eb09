/** Support rows of the rate limits, CORS, session affinity family (added with each target's live proof). */
export const ROWS = {};
