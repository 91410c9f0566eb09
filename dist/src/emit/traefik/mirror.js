import { createHash } from 'node:crypto';
import { NOOP_SERVICE } from './names.js';
import { compareStrings } from '../../util/compare.js';
/**
 * Mirroring (RouteMirror) as Traefik's mirroring service: a router whose route mirrors names a
 * `mirroring` service wrapping the service it would use, with one mirror at 100 percent, a
 * loadBalancer of the mirror's address. Traefik sends the copy, body included, with the path the
 * request is proxied with (lowering admits only `$request_uri` alone, and no rewrite: support
 * rows) and, with passHostHeader false, the server URL's host as Host.
 */
const hash = (s) => createHash('sha256').update(s).digest('hex').slice(0, 12);
/** The mirror's own loadBalancer: "ingressc-mirror-<hash of its URL>". */
export const mirrorServerUrl = (m) => `${m.scheme}://${m.host.includes(':') ? `[${m.host}]` : m.host}${m.port !== undefined ? `:${m.port}` : ''}`;
const mirrorService = (m) => `ingressc-mirror-${hash(mirrorServerUrl(m))}`;
/** The wrappers a set of routers uses, by name. */
export class TraefikMirrors {
    wrappers = new Map();
    /** The service a router of a mirrored route names in place of `service` (noop@internal stays: nothing is proxied). */
    wrap(service, m) {
        if (!m || service === NOOP_SERVICE)
            return service;
        const name = `${service}.mirror-${hash(mirrorServerUrl(m))}`;
        this.wrappers.set(name, { from: service, mirror: m });
        return name;
    }
    /** The mirroring services and the mirrors' loadBalancers. */
    services() {
        const out = {};
        for (const [name, { from, mirror }] of [...this.wrappers].sort(([a], [b]) => compareStrings(a, b))) {
            const ms = mirrorService(mirror);
            out[ms] ??= { loadBalancer: { servers: [{ url: mirrorServerUrl(mirror) }], passHostHeader: false } };
            out[name] = { mirroring: { service: from, mirrors: [{ name: ms, percent: 100 }] } };
        }
        return out;
    }
}
