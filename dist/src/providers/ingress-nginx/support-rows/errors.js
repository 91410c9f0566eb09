/** Support rows of the default-backend / custom-http-errors family (added with each target's live proof). */
export const ROWS = {};
