import type { SupportRows } from '../support.js';

/** Support rows of the rate and connection limits (limit-rps, limit-rpm, limit-connections, limit-burst-multiplier, limit-whitelist) family (added with each target's live proof). */
export const ROWS: SupportRows = {
  'limit-rps': { nginx: { level: 'supported' } },
  'limit-rpm': { nginx: { level: 'supported' } },
  'limit-connections': { nginx: { level: 'supported' } },
  'limit-burst-multiplier': { nginx: { level: 'supported' } },
  'limit-whitelist': { nginx: { level: 'supported' } },
};
