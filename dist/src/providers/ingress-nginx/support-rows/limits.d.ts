import type { SupportRows } from '../support.js';
/**
 * Rate and connection limits (limit-rps, limit-rpm, limit-connections, limit-burst-multiplier,
 * limit-whitelist), per client address and per Ingress, excess answered 503. Live proof:
 * test/conformance/ingress-nginx/limit-cases.ts and test/e2e/access-fail-closed.test.ts.
 * Envoy (its local rate limit is one bucket per route, not per client), Traefik (429, and no
 * exemption list), Caddy (no rate limit in the standard build) and Gateway API fail closed.
 */
export declare const ROWS: SupportRows;
