const yes = { level: 'supported' };
/**
 * Client certificates (auth-tls-*), per host as ingress-nginx applies them (lower/clientcert.ts).
 * Live proof: test/conformance/ingress-nginx/clientcert-cases.ts (authtls.go, verify depth with
 * intermediates) and test/e2e/access-fail-closed.test.ts, on nginx, HAProxy, Envoy and Caddy.
 * Traefik without a binary: test/unit/traefik-clientcert.test.ts (the evaluator's TLS options and
 * Go's verification, test/traefik/tls-options.ts: denial and acceptance). Gateway API (no
 * client-certificate policy in the API) fails closed.
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
const envoyChain = {
    level: 'partial',
    note: 'ssl-client-verify says FAILED without nginx\'s reason text (auth-tls-verify-client optional_no_ca); a request whose SNI does not name the host (or that sent none) is refused with 421; TLS session resumption is off on these hosts (Envoy does not keep a resumed session\'s verification result)',
};
/** src/emit/traefik/clientcert.ts: TLS options with clientAuth, of the host alone, named by every HTTPS router of it. */
const traefikHandshake = {
    level: 'partial',
    note: 'TLS options with clientAuth, chosen by SNI: a certificate that does not verify (or none, with "on") ends the TLS handshake instead of getting a 400; a request whose Host names the host and whose SNI does not (another host, none) gets 421; the backend receives no ssl-client-* headers (Traefik cannot set them from the certificate; the client\'s own are removed); refused (IC4307, IC4308): a wildcard host, and a CA file whose certificates are not self-signed roots with basicConstraints pathlen at most auth-tls-verify-depth (Go has no verification depth: the pathlen is what bounds the intermediates a client may send)',
    refuse: (v) => (v === 'optional_no_ca' ? 'Traefik cannot accept a certificate it does not verify and still tell the backend the verification result' : undefined),
};
export const ROWS = {
    'auth-tls-secret': { nginx: yes, envoy: envoyChain, haproxy: haproxyChain, caddy: caddyHandshake, traefik: traefikHandshake },
    'auth-tls-verify-client': { nginx: yes, envoy: envoyChain, haproxy: haproxyChain, caddy: caddyHandshake, traefik: traefikHandshake },
    'auth-tls-verify-depth': { nginx: yes, envoy: envoyChain, haproxy: haproxyChain, caddy: caddyHandshake, traefik: traefikHandshake },
    // HAProxy and Caddy cannot send nginx's URL-encoded PEM: it fails closed there.
    'auth-tls-pass-certificate-to-upstream': { nginx: yes, envoy: yes },
    'auth-tls-error-page': { nginx: yes, envoy: envoyChain, haproxy: yes, caddy: caddyHandshake },
    'auth-tls-match-cn': { nginx: yes, envoy: yes, haproxy: yes, caddy: yes },
};
