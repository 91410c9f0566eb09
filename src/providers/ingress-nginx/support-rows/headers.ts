import type { Support, SupportRows } from '../support.js';

/**
 * Support rows of custom-headers (src/lower/custom-headers.ts resolves the ConfigMap; live proof:
 * test/e2e/custom-headers.test.ts and test/conformance/ingress-nginx/customheaders.feature).
 */
const yes: Support = { level: 'supported' };
const haproxy: Support = { level: 'partial', note: "on the upstream's responses only: HAProxy's own answers (a 503 without endpoints) do not carry the headers" };
const caddy: Support = { level: 'partial', note: "on the upstream's responses only: Caddy's own answers (a 503 without endpoints, a 403 of a source range) do not carry the headers" };

export const ROWS: SupportRows = {
  'custom-headers': {
    nginx: yes,
    haproxy,
    envoy: yes,
    caddy,
    // Evaluator proof (customheaders.feature through test/traefik/): a headers middleware first on the router.
    traefik: yes,
    // A ResponseHeaderModifier (core); at most 16 headers on a route (the CRD's limit: IC3223).
    'gateway-api': { level: 'partial', note: 'a ResponseHeaderModifier: whether the Gateway\'s own answers carry the headers is up to the implementation; at most 16 headers on a route (IC3223)' },
  },
};
