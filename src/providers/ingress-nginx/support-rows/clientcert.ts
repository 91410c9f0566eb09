import type { Support, SupportRows } from '../support.js';

const yes: Support = { level: 'supported' };

/**
 * Client certificates (auth-tls-*), per host as ingress-nginx applies them (lower/clientcert.ts).
 * Live proof: test/conformance/ingress-nginx/clientcert-cases.ts (authtls.go) and
 * test/e2e/access-fail-closed.test.ts, on nginx and HAProxy. Envoy (a filter chain per SNI, but
 * routes by Host: a handshake for another host would skip the check), Traefik (no TLS in its
 * evaluator here), Caddy and Gateway API fail closed until proven the same way.
 */
const haproxyChain: Support = {
  level: 'partial',
  note: 'HAProxy has no verification depth: a certificate chaining to the CA through intermediates the client sends passes whatever auth-tls-verify-depth says; ssl-client-verify says FAILED:<OpenSSL error number> instead of nginx\'s reason text; a request whose SNI does not select the host (or that sent none) is refused with 421',
};

export const ROWS: SupportRows = {
  'auth-tls-secret': { nginx: yes, haproxy: haproxyChain },
  'auth-tls-verify-client': { nginx: yes, haproxy: haproxyChain },
  'auth-tls-verify-depth': { nginx: yes, haproxy: haproxyChain },
  // HAProxy cannot send nginx's URL-encoded PEM: it fails closed there.
  'auth-tls-pass-certificate-to-upstream': { nginx: yes },
  'auth-tls-error-page': { nginx: yes, haproxy: yes },
  'auth-tls-match-cn': { nginx: yes, haproxy: yes },
};
