/** Support rows of the client certificates (auth-tls-*) family (added with each target's live proof). */
export const ROWS = {};
