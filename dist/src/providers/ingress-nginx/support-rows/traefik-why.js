/**
 * Why Traefik has no row for a key of the families whose rows it otherwise has (the matrix shows
 * it as a note; compile's IC2101/IC2102 name it). Each was checked against Traefik v3.6's dynamic
 * configuration (pkg/config/dynamic).
 */
export const TRAEFIK_WHY = {
    'auth-signin': { traefik: "forwardAuth hands the auth service's 401 to the client; its authSigninURL (Traefik v3.7) is a fixed URL without ingress-nginx's rd parameter" },
    'auth-signin-redirect-param': { traefik: 'auth-signin is refused on Traefik (see its row)' },
    'auth-always-set-cookie': { traefik: "forwardAuth copies the auth service's cookies to the response only by name (addAuthCookiesToResponse), which the Ingress does not give" },
    'auth-proxy-set-headers': { traefik: 'forwardAuth sends the client\'s headers; it cannot add headers from a ConfigMap to the auth request only' },
    'proxy-ssl-verify-depth': { traefik: 'a serversTransport has no verification depth (Go\'s crypto/tls)' },
    'proxy-ssl-protocols': { traefik: 'a serversTransport cannot set the TLS versions (Go offers TLS 1.2 and 1.3)' },
    'proxy-ssl-ciphers': { traefik: 'a serversTransport cannot set the cipher suites' },
    'auth-tls-match-cn': { traefik: 'Traefik cannot match the client certificate\'s subject' },
    'auth-tls-pass-certificate-to-upstream': { traefik: 'passTLSClientCert sends X-Forwarded-Tls-Client-Cert (the PEM without its delimiters), not ssl-client-cert' },
    'auth-tls-error-page': { traefik: 'a refused client certificate fails the TLS handshake on Traefik: there is no HTTP answer to redirect' },
};
