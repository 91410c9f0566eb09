import type { Support, SupportRows } from '../support.js';

/**
 * Support rows of the redirects family (permanent/temporal redirects, app-root, ssl/force-ssl
 * redirects, preserve-trailing-slash; from-to-www-redirect and server-alias have none yet and fail
 * closed). Proof: test/conformance/ingress-nginx/{redirect,approot,sslredirect}.feature on each
 * target (live for nginx, HAProxy, Envoy, Caddy).
 */
const yes: Support = { level: 'supported' };

const perHostRedirect: Support = {
  level: 'partial',
  note: 'decided per host, by the (oldest) Ingress whose tls section names the host, not per path as ingress-nginx does: the value on other Ingresses of that host has no effect; the Location keeps a final "/" of the request URI (ingress-nginx drops it)',
};

/** Targets that decide the HTTPS redirect per location (src/lower/redirects.ts). */
const perLocation = { nginx: yes };

export const ROWS: SupportRows = {
  'ssl-redirect': { ...perLocation, haproxy: perHostRedirect, envoy: perHostRedirect, traefik: perHostRedirect, caddy: perHostRedirect, 'gateway-api': perHostRedirect },
  'force-ssl-redirect': perLocation,
  'preserve-trailing-slash': perLocation,
  'permanent-redirect': { nginx: yes },
  'permanent-redirect-code': { nginx: yes },
  'temporal-redirect': { nginx: yes },
  'temporal-redirect-code': { nginx: yes },
  'app-root': { nginx: yes },
};
