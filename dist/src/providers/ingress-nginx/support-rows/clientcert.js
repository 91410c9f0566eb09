const yes = { level: 'supported' };
/**
 * Client certificates (auth-tls-*), per host as ingress-nginx applies them (lower/clientcert.ts).
 * Live proof: test/conformance/ingress-nginx/clientcert-cases.ts (authtls.go) and
 * test/e2e/access-fail-closed.test.ts, on nginx, HAProxy and Caddy. Envoy (a filter chain per SNI,
 * but routes by Host: a handshake for another host would skip the check), Traefik (no TLS in its
 * evaluator here) and Gateway API fail closed until proven the same way.
 */
const haproxyChain = {
    level: 'partial',
    note: 'HAProxy has no verification depth: a certificate chaining to the CA through intermediates the client sends passes whatever auth-tls-verify-depth says; ssl-client-verify says FAILED:<OpenSSL error number> instead of nginx\'s reason text; a request whose SNI does not select the host (or that sent none) is refused with 421',
};
const caddyHandshake = {
    level: 'partial',
    note: 'a certificate that does not verify ends the TLS handshake instead of getting a 400 (or the error page); Caddy has no verification depth; a request whose SNI does not name the host (or that sent none) gets 421',
    refuse: (v) => (v === 'optional_no_ca' ? 'Caddy cannot accept a certificate it does not verify and still tell the backend the verification result' : undefined),
};
export const ROWS = {
    'auth-tls-secret': { nginx: yes, haproxy: haproxyChain, caddy: caddyHandshake },
    'auth-tls-verify-client': { nginx: yes, haproxy: haproxyChain, caddy: caddyHandshake },
    'auth-tls-verify-depth': { nginx: yes, haproxy: haproxyChain, caddy: caddyHandshake },
    // HAProxy and Caddy cannot send nginx's URL-encoded PEM: it fails closed there.
    'auth-tls-pass-certificate-to-upstream': { nginx: yes },
    'auth-tls-error-page': { nginx: yes, haproxy: yes, caddy: caddyHandshake },
    'auth-tls-match-cn': { nginx: yes, haproxy: yes, caddy: yes },
};
