import { HTTPS_DEFAULT_LISTENER, HTTP_LISTENER, httpsListenerName, listenerSetName } from './names.js';
import { GROUP } from './types.js';
import { isPassthroughHost } from './tlsroute.js';
/** A Gateway holds at most 64 listeners (CRD maxItems); so does each ListenerSet. */
export const MAX_LISTENERS = 64;
const certRef = (c, gw) => ({ name: c.secretName, ...(c.namespace !== gw.namespace ? { namespace: c.namespace } : {}) });
/** Gateway API hostname of a vhost: exact host or "*.suffix"; none for the host-less vhost. */
export const gatewayHostname = (vh) => (vh.kind === 'any' ? undefined : vh.name);
/**
 * Listeners: plain HTTP on the IR's HTTP port for every host; when there are certificates, one
 * HTTPS listener without hostname serving the default certificate (hosts without a TLS section,
 * like every other target serves them), and one HTTPS listener per TLS vhost with its Secret.
 * Gateway API selects the most specific listener hostname for an SNI, which is the IR's choice of
 * certificate by TLS host. Listeners past the 64th go to ListenerSets attached to the Gateway.
 */
export function planListeners(ir, gw) {
    const certs = new Map(ir.certificates.map((c) => [c.id, c]));
    const all = [{ name: HTTP_LISTENER, port: ir.listen.http.port, protocol: 'HTTP', allowedRoutes: { namespaces: { from: 'Same' } } }];
    const tlsListener = new Map();
    const used = new Map();
    const https = (name, cert, hostname) => {
        used.set(cert.id, cert);
        return { name, ...(hostname ? { hostname } : {}), port: ir.listen.https.port, protocol: 'HTTPS', tls: { mode: 'Terminate', certificateRefs: [certRef(cert, gw)] }, allowedRoutes: { namespaces: { from: 'Same' } } };
    };
    const def = ir.defaultCertificate ? certs.get(ir.defaultCertificate) : undefined;
    if (def)
        all.push(https(HTTPS_DEFAULT_LISTENER, def));
    for (const vh of ir.vhosts) {
        const cert = vh.tls?.certificate ? certs.get(vh.tls.certificate) : undefined;
        const hostname = gatewayHostname(vh);
        // A passthrough host's SNI belongs to its TLS listener (tlsroute.ts): no HTTPS listener of that hostname.
        if (!cert || !hostname || isPassthroughHost(ir, vh.name))
            continue;
        const name = httpsListenerName(vh);
        tlsListener.set(vh.name, name);
        all.push(https(name, cert, hostname));
    }
    const gateway = all.slice(0, MAX_LISTENERS);
    const sets = [];
    for (let i = MAX_LISTENERS; i < all.length; i += MAX_LISTENERS)
        sets.push(all.slice(i, i + MAX_LISTENERS));
    const parentOf = new Map();
    for (const l of gateway)
        parentOf.set(l.name, { kind: 'Gateway', name: gw.name, sectionName: l.name });
    sets.forEach((ls, i) => {
        for (const l of ls)
            parentOf.set(l.name, { group: GROUP, kind: 'ListenerSet', name: listenerSetName(gw.name, i + 1), sectionName: l.name });
    });
    return { gateway, sets, parentOf, tlsListener, ...(def ? { httpsDefault: HTTPS_DEFAULT_LISTENER } : {}), secrets: [...used.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)) };
}
