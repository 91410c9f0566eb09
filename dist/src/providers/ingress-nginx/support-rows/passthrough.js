/**
 * Support rows of ssl-passthrough (src/lower/passthrough.ts decides host and backend; live proof:
 * test/e2e/ssl-passthrough.test.ts). No row for Caddy: its standard build has no layer-4 app, so
 * the key fails closed there (IC2102), and the emitter refuses a passthrough host (IC4190).
 */
const yes = { level: 'supported' };
const traefikTcp = { level: 'partial', note: 'a passthrough host whose Service has no ready endpoint is refused (IC4190): a Traefik TCP service needs a server' };
const gatewayTls = {
    level: 'partial',
    note: 'TLSRoute (standard channel since Gateway API v1.5): the implementation must support TLS listeners in Passthrough mode beside HTTPS ones on the same port; the host\'s own HTTPS listener (its tls section) is left out, its SNI belongs to the TLS listener',
};
const nginxStream = {
    level: 'partial',
    note: "needs nginx's stream module (Debian: apt-get install libnginx-mod-stream; the config loads it from /usr/lib/nginx/modules); a backend named by DNS, or a from-to-www redirect in the same output, is refused (IC4190)",
};
export const ROWS = {
    // Envoy: tls_inspector + a filter chain per host (server_names) with tcp_proxy.
    // HAProxy: a mode tcp frontend (req.ssl_sni) in front of the HTTPS bind, which moves to a unix socket with PROXY v2.
    // nginx: the stream module (ssl_preread) in front, PROXY protocol to the http servers' TLS socket.
    // Traefik: a TCP router HostSNI(`host`) with tls.passthrough (evaluator proof: test/unit/passthrough.test.ts).
    // Gateway API: a TLS listener in Passthrough mode plus a TLSRoute (CRD-validated and evaluated there).
    'ssl-passthrough': { nginx: nginxStream, envoy: yes, haproxy: yes, traefik: traefikTcp, 'gateway-api': gatewayTls },
};
