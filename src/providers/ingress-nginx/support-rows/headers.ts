import type { Support, SupportRows } from '../support.js';

/**
 * Support rows of custom-headers (src/lower/custom-headers.ts resolves the ConfigMap; live proof:
 * test/e2e/custom-headers.test.ts and test/conformance/ingress-nginx/customheaders.feature).
 */
const yes: Support = { level: 'supported' };

export const ROWS: SupportRows = {
  'custom-headers': { nginx: yes },
};
