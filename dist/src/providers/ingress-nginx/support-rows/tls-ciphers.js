import { cipherRefusal } from '../../../ir/ciphers.js';
/**
 * ssl-ciphers and ssl-prefer-server-ciphers, per host as ingress-nginx applies them (its server
 * block: handshakes whose SNI names the host; lower/tls-ciphers.ts). Live proof:
 * test/e2e/ssl-ciphers.test.ts (a TLS 1.2 client offering only a suite the list keeps out is
 * refused, one offering a listed suite gets through, a host without the annotation keeps the
 * default) and test/conformance/ingress-nginx/ (sslciphers.go), on nginx, HAProxy, Envoy and Caddy;
 * Traefik without a binary (the evaluator's TLS options, test/traefik/tls-options.ts).
 */
const yes = { level: 'supported' };
export const NAMES_ONLY = 'a plain list of suite names only: OpenSSL keywords and operators (HIGH, !aNULL, +RSA, @STRENGTH) are refused (IC3071)';
const LEFT_OUT = 'listed suites the library does not offer (DHE, CBC with SHA-256/384) are left out, so a client that has only those is refused';
export const TLS13 = 'TLS 1.3 suites are not affected, as with nginx\'s ssl_ciphers';
const envoy = {
    level: 'partial',
    note: `the host's own filter chain (tls_params.cipher_suites, matched by SNI); ${NAMES_ONLY}; ${LEFT_OUT}; ${TLS13}; a wildcard host's list also governs handshakes of names deeper below it (Envoy's server_names match any depth)`,
    refuse: (v) => cipherRefusal(v, 'boringssl'),
};
const caddy = {
    level: 'partial',
    note: `the host's own connection policy (cipher_suites, Go's IANA names); ${NAMES_ONLY}; ${LEFT_OUT}, and so are RSA key exchange suites (AES128-GCM-SHA256, AES128-SHA…), which Caddy refuses; Go chooses among the listed suites by its own order, not the list's; ${TLS13}`,
    refuse: (v) => cipherRefusal(v, 'go'),
};
/** src/emit/traefik/tls-options.ts; proof without a binary: test/unit/traefik-tls-ciphers.test.ts (test/traefik/tls-options.ts). */
const traefik = {
    level: 'partial',
    note: `TLS options (cipherSuites, Go's IANA names) named by every HTTPS router of the host, chosen by SNI; ${NAMES_ONLY}; ${LEFT_OUT}, and so are RSA key exchange suites (AES128-GCM-SHA256, AES128-SHA…); Go chooses among the listed suites by its own order, not the list's; ${TLS13}; a wildcard host's list is not applied (its routers match by HostRegexp, which binds no options: warning IC4306, its handshakes take the default options); a request whose Host header names a host of other TLS options than its SNI is answered 421 (Traefik's domain-fronting check; nginx serves it)`,
    refuse: (v) => cipherRefusal(v, 'go'),
};
export const ROWS = {
    // HAProxy: a crt-list line per host with `ciphers` (OpenSSL, as nginx).
    'ssl-ciphers': { nginx: yes, haproxy: yes, envoy, caddy, traefik },
    'ssl-prefer-server-ciphers': { nginx: yes },
};
/** Why the other targets have no row. */
export const WHY_NOT = {
    'ssl-prefer-server-ciphers': {
        haproxy: 'HAProxy lets its own order decide on every connection (prefer-client-ciphers is an option of the whole bind, not of a crt-list line): "true" is what it does anyway, "false" is not applied',
        envoy: 'Envoy (BoringSSL) always lets its own order decide: "true" is what it does anyway, "false" is not applied',
        caddy: 'Go\'s crypto/tls chooses the suite by its own order whatever is configured (it ignores PreferServerCipherSuites since Go 1.17): a preference, not a restriction',
        traefik: 'Go\'s crypto/tls chooses the suite by its own order whatever is configured (it ignores PreferServerCipherSuites since Go 1.17): a preference, not a restriction',
    },
};
