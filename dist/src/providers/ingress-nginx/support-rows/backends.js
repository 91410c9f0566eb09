/** Support rows of the backend-protocol, proxy-ssl-*, service-upstream family (added with each target's live proof). */
export const ROWS = {};
