import type { TargetName } from '../../../diagnostics/types.js';
import type { Support, SupportRows } from '../support.js';
import { CORS_KEYS } from '../families/traffic.js';

/**
 * Support rows of the CORS and session affinity family, each with its target's live proof:
 * test/conformance/ingress-nginx/cors.feature (ported from ingress-nginx's e2e cors.go).
 */
const cors: Partial<Record<TargetName, Support>> = {
  nginx: { level: 'supported' },
  haproxy: { level: 'supported' },
  envoy: { level: 'supported' },
  caddy: { level: 'supported' },
};

export const ROWS: SupportRows = Object.fromEntries(CORS_KEYS.map((k) => [k, cors]));
