import { dnsName } from './names.js';
import { backendRef } from './routes.js';
import { API_VERSION } from './types.js';
export const TLSROUTE_FILE = 'tlsroutes.yaml';
export const passthroughListenerName = (host) => dnsName('tls', `h.${host}`);
/** Is this host passed through (its HTTPS listener then gives way to the TLS one)? */
export const isPassthroughHost = (ir, host) => (ir.passthrough ?? []).some((p) => p.host === host);
/**
 * TLS passthrough (RouteTable.passthrough), as ingress2gateway writes ssl-passthrough: per host a
 * listener on the HTTPS port with protocol TLS, `tls.mode: Passthrough` and the host as its
 * hostname (the most specific listener for that SNI, so it wins over the HTTPS listener without
 * hostname), and a TLSRoute in the Gateway's namespace attached to it, naming the host's Service.
 * The host's HTTPRoute stays for plain HTTP. Listeners beyond the Gateway's 64 are refused.
 */
export function passthroughObjects(ir, gw, room) {
    const out = { listeners: [], routes: [], problems: [] };
    const byId = new Map(ir.upstreams.map((u) => [u.id, u]));
    for (const p of ir.passthrough ?? []) {
        if (out.listeners.length >= room) {
            out.problems.push({ ...p, why: 'the Gateway already holds 64 listeners (the CRD maximum) and ingressc puts TLS listeners on the Gateway itself' });
            continue;
        }
        const name = passthroughListenerName(p.host);
        out.listeners.push({ name, hostname: p.host, port: ir.listen.https.port, protocol: 'TLS', tls: { mode: 'Passthrough' }, allowedRoutes: { namespaces: { from: 'Same' } } });
        out.routes.push({
            apiVersion: API_VERSION,
            kind: 'TLSRoute',
            metadata: { name: dnsName(gw.name, 'passthrough', `h.${p.host}`), namespace: gw.namespace },
            spec: { parentRefs: [{ kind: 'Gateway', name: gw.name, sectionName: name }], hostnames: [p.host], rules: [{ backendRefs: [backendRef(byId.get(p.upstream), gw)] }] },
        });
    }
    return out;
}
