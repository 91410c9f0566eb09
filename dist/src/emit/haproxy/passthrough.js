import { RESOLVERS } from './backends.js';
import { address, cfgName, mapKey } from './quote.js';
import { Section } from './section.js';
import { proxyProtocolLines } from './forwarded-headers.js';
/**
 * TLS passthrough (RouteTable.passthrough): a mode tcp frontend owns the HTTPS address, waits for
 * the ClientHello (tcp-request inspect-delay) and sends a connection whose SNI (req.ssl_sni) is a
 * passthrough host to that host's backend as bytes; every other connection goes, with a PROXY v2
 * header (so the HTTP frontend still sees the client's address), to the terminating HTTPS bind of
 * the HTTP frontend, which then listens on a unix socket in the working directory instead.
 */
export const INTERNAL_HTTPS = 'unix@ingressc-https.sock';
const TLS_FRONTEND_BACKEND = 'ingressc_terminate_tls';
export const passthroughBackend = (upstreamId) => `passthrough_${upstreamId}`;
export const hasPassthrough = (ir) => (ir.passthrough?.length ?? 0) > 0;
/** The HTTP frontend's HTTPS bind address: the internal socket when passthrough owns the port. */
export const httpsBindAddress = (ir, plain) => (hasPassthrough(ir) ? `${INTERNAL_HTTPS} accept-proxy` : plain);
export function passthroughSections(ir, bindAddress, https) {
    if (!hasPassthrough(ir))
        return [];
    // Its own defaults (they apply to the sections after them): the HTTP ones would not fit mode tcp.
    // An idle passed-through connection is closed after an hour, as Envoy's tcp_proxy and the nginx
    // output do (ingress-nginx's TCP proxy sets no idle limit); the HTTP side keeps its own timeouts.
    const defaults = new Section('defaults').line('mode tcp').line('log global').line('option tcplog').line('timeout connect 5s').line('timeout client 1h').line('timeout server 1h');
    const s = new Section('frontend ingress_tls').line(`bind ${bindAddress}`);
    // use-proxy-protocol: the client's PROXY header first; send-proxy-v2 below passes its address on.
    proxyProtocolLines(ir).forEach((l) => s.line(l));
    s.line('tcp-request inspect-delay 5s')
        .line('tcp-request content accept if { req.ssl_hello_type 1 }');
    for (const p of ir.passthrough ?? [])
        s.line(`use_backend ${cfgName(passthroughBackend(p.upstream))} if { req.ssl_sni,lower -m str ${mapKey(p.host)} }`);
    // Without certificates there is nothing to terminate: other connections go to a backend without servers (closed).
    s.line(`default_backend ${TLS_FRONTEND_BACKEND}`);
    const out = [defaults, s];
    const terminate = new Section(`backend ${TLS_FRONTEND_BACKEND}`);
    out.push(https ? terminate.line(`server https ${INTERNAL_HTTPS} send-proxy-v2`) : terminate);
    const byId = new Map(ir.upstreams.map((u) => [u.id, u]));
    for (const id of [...new Set((ir.passthrough ?? []).map((p) => p.upstream))].sort())
        out.push(tcpBackend(byId.get(id)));
    return out;
}
/** The upstream's endpoints as plain TCP servers (none: the connection is closed). */
function tcpBackend(u) {
    const s = new Section(`backend ${cfgName(passthroughBackend(u.id))}`);
    u.endpoints.forEach((e, i) => s.line(`server s${i + 1} ${address(e.host, e.port)}${e.kind === 'dns' ? ` resolvers ${RESOLVERS} init-addr none` : ''}`));
    return s;
}
