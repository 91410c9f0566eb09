import type { Support, SupportRows } from '../support.js';

const yes: Support = { level: 'supported' };

/**
 * Client certificates (auth-tls-*), per host as ingress-nginx applies them (lower/clientcert.ts).
 * Live proof: test/conformance/ingress-nginx/clientcert-cases.ts (authtls.go). HAProxy (verify is
 * per bind or per crt-list SNI, while routing follows the Host header: a handshake for another host
 * would skip it), Envoy, Traefik, Caddy and Gateway API fail closed until proven the same way.
 */
export const ROWS: SupportRows = {
  'auth-tls-secret': { nginx: yes },
  'auth-tls-verify-client': { nginx: yes },
  'auth-tls-verify-depth': { nginx: yes },
  'auth-tls-pass-certificate-to-upstream': { nginx: yes },
  'auth-tls-error-page': { nginx: yes },
  'auth-tls-match-cn': { nginx: yes },
};
