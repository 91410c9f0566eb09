import { cipherRefusal } from '../../../ir/ciphers.js';
import { NAMES_ONLY, TLS13 } from './tls-ciphers.js';
/**
 * Support rows of the backend-protocol, proxy-ssl-*, service-upstream family, each with its proof:
 * the cases of test/conformance/ingress-nginx/backend-cases.ts, live on nginx, HAProxy, Envoy and
 * Caddy (backends.test.ts), through the evaluators on Traefik and Gateway API
 * (backends-evaluated.test.ts); also run by the conformance runner (ingress-nginx/backends).
 */
const yes = { level: 'supported' };
const nginxProtocol = {
    level: 'partial',
    note: 'gRPC clients are served over TLS only (HTTP/2 by ALPN on the HTTPS listener): nginx 1.22 cannot serve prior-knowledge h2c and HTTP/1.1 on one plaintext port, so a plaintext gRPC client fails to connect',
};
/** AUTO_HTTP needs TLS to the backend per request (the client's scheme): refused where a backend is one or the other. */
const noAutoHttp = (v) => (v.trim().toUpperCase() === 'AUTO_HTTP' ? 'AUTO_HTTP (TLS to the backend exactly when the client used TLS) needs two backends chosen per request; use HTTP or HTTPS' : undefined);
/** AUTO_HTTP: a TLS twin of each backend, chosen on TLS connections (src/emit/haproxy/backend-protocol.ts). */
const haproxyProtocol = {
    level: 'partial',
    note: 'a backend whose TLS handshake fails is answered 503 (HAProxy\'s connection error), where ingress-nginx answers 502',
};
const haproxyDepth = {
    level: 'partial',
    note: 'HAProxy has no server-side verification depth: a chain deeper than the value (default 1) that ends at the CA is accepted',
};
const envoyProtocol = { level: 'partial', note: 'a backend whose TLS handshake fails is answered 503 (Envoy\'s upstream connect error), where ingress-nginx answers 502' };
/** proxy-ssl-ciphers: the cluster's tls_params.cipher_suites (src/emit/envoy/backend-protocol.ts). */
const envoyCiphers = { level: 'partial', note: `the cluster's tls_params.cipher_suites; ${NAMES_ONLY}; listed suites BoringSSL does not offer (DHE, CBC with SHA-256/384) are left out, so a backend that has only those cannot be reached; ${TLS13}`, refuse: (v) => cipherRefusal(v, 'boringssl') };
const envoyVerify = { level: 'partial', note: 'the name (proxy-ssl-name, else "upstream_balancer") is matched against the DNS subject alternative names only, never the subject CN as nginx falls back to' };
const traefikProtocol = {
    level: 'partial',
    note: 'HTTPS/GRPCS/AUTO_HTTP backends get SNI when the endpoint is a DNS name (ingress-nginx sends none), certificates unverified (static serversTransport insecureSkipVerify) unless proxy-ssl-verify; proxy-ssl-verify-depth, proxy-ssl-protocols and proxy-ssl-ciphers have no rows (fail closed)',
};
/** Traefik's serversTransports (src/emit/traefik/servers-transport.ts), proven with the evaluator (backend-evaluate.ts). */
const traefikTlsVersions = { level: 'partial', note: "a serversTransport per TLS setting; TLS versions are Go's defaults (TLS 1.2 and 1.3) whatever ingress-nginx's proxy-ssl-protocols default (TLSv1.2) says: proxy-ssl-protocols and proxy-ssl-ciphers have no rows on Traefik" };
const traefikVerify = {
    level: 'partial',
    note: 'Go verifies the name it also sends as SNI (serverName): with proxy-ssl-verify "on" the name (proxy-ssl-name, else "upstream_balancer") is sent as SNI even with proxy-ssl-server-name "off"; Go has no verification depth: a chain deeper than ingress-nginx\'s default depth 1 that ends at the CA is accepted (proxy-ssl-verify-depth has no row: fails closed)',
};
const caddyProtocol = {
    level: 'partial',
    note: 'HTTPS/GRPCS/AUTO_HTTP backends get SNI when the endpoint is a DNS name (ingress-nginx sends none), certificates unverified; a backend whose TLS handshake fails is answered 502; proxy-ssl-* have no rows (fail closed)',
};
const gatewayProtocol = {
    level: 'partial',
    note: 'a host whose every backend is GRPC/GRPCS becomes a GRPCRoute (paths "/", "/pkg.Service" Prefix, "/pkg.Service/Method" Exact; never on a hostname shared with HTTP routes); HTTPS/GRPCS need proxy-ssl-secret with ca.crt, proxy-ssl-verify "on" and proxy-ssl-name (a BackendTLSPolicy always validates), one TLS setting per Service; anything else is refused (IC4110); AUTO_HTTP is refused (IC3071)',
    refuse: noAutoHttp,
};
/** Caddy's http transport TLS (src/emit/caddy/backend-protocol.ts): Go's crypto/tls. */
const caddyTlsVersions = { level: 'partial', note: 'TLS versions are Go\'s defaults (TLS 1.2 and 1.3) whatever ingress-nginx\'s proxy-ssl-protocols default (TLSv1.2) says: proxy-ssl-protocols and proxy-ssl-ciphers have no rows on Caddy' };
const caddyVerify = { level: 'partial', note: 'Go verifies the name it also sends as SNI: with proxy-ssl-verify "on" the name (proxy-ssl-name, else "upstream_balancer") is sent as SNI even with proxy-ssl-server-name "off"' };
const caddyServerName = { level: 'partial', note: caddyVerify.note };
const caddyDepth = { level: 'partial', note: 'Go has no verification depth: a chain deeper than the value (default 1) that ends at the CA is accepted' };
const gw = (note) => ({ level: 'partial', note });
export const ROWS = {
    'backend-protocol': { nginx: nginxProtocol, haproxy: haproxyProtocol, envoy: envoyProtocol, traefik: traefikProtocol, caddy: caddyProtocol, 'gateway-api': gatewayProtocol },
    'proxy-ssl-secret': { nginx: yes, haproxy: yes, envoy: yes, caddy: caddyTlsVersions, traefik: traefikTlsVersions, 'gateway-api': gw('ca.crt is copied into a ConfigMap that the BackendTLSPolicy names; a client certificate (tls.crt) is refused (IC4110); ingress-nginx\'s default of TLSv1.2 only is left to the implementation') },
    'proxy-ssl-verify': { nginx: yes, haproxy: yes, envoy: envoyVerify, caddy: caddyVerify, traefik: traefikVerify, 'gateway-api': gw('"on" is required with HTTPS/GRPCS: Gateway API has no unverified TLS to a backend') },
    'proxy-ssl-name': { nginx: yes, haproxy: yes, envoy: yes, caddy: caddyVerify, traefik: traefikVerify, 'gateway-api': gw('the BackendTLSPolicy hostname (lower-cased); required, as "upstream_balancer" is not a hostname') },
    'proxy-ssl-server-name': { nginx: yes, haproxy: yes, envoy: yes, caddy: caddyServerName, traefik: traefikVerify, 'gateway-api': gw('the hostname is always sent as SNI, also with "off"') },
    'proxy-ssl-verify-depth': { nginx: yes, haproxy: haproxyDepth, envoy: yes, caddy: caddyDepth, 'gateway-api': gw('not applied: the chain depth is the implementation\'s') },
    'proxy-ssl-ciphers': { nginx: yes, haproxy: yes, envoy: envoyCiphers },
    'proxy-ssl-protocols': { nginx: yes, haproxy: yes, envoy: yes, 'gateway-api': gw('not applied: the TLS versions are the implementation\'s') },
    'service-upstream': { nginx: yes, haproxy: yes, envoy: yes, traefik: yes, caddy: yes },
};
