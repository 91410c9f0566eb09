/** Support rows of the basic and external authentication, client certificates, satisfy family (added with each target's live proof). */
export const ROWS = {};
