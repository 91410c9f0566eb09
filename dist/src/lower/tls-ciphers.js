import { NGINX_PREFIX } from '../providers/ingress-nginx/read.js';
import { supportOf } from '../providers/ingress-nginx/support.js';
import { ruleVhosts } from './by-host.js';
const FIELDS = [
    ['ssl-ciphers', 'ciphers'],
    ['ssl-prefer-server-ciphers', 'preferServer'],
];
/**
 * ingress-nginx's ssl-ciphers and ssl-prefer-server-ciphers per host (controller.go
 * createServers): set on an Ingress, written in the server block of each of its hosts (the
 * host-less rules' server is the default one, "_"), each once: the first Ingress of the host in
 * precedence order that sets it decides, another value has no effect (IC3240). Canary
 * Ingresses are not among `ingresses` (they configure no server). A key the target has no row for
 * was reported by annotation-support.ts and is left out. Returns each host's own settings.
 */
export function hostTlsCiphers(ingresses, target, diags) {
    const out = new Map();
    const decided = new Map();
    for (const ing of ingresses) {
        const s = ing.features.tlsCiphers;
        if (!s)
            continue;
        const hosts = ruleVhosts(ing);
        for (const [key, field] of FIELDS) {
            const value = s[field];
            if (value === undefined || !supportOf(key, target))
                continue;
            const full = `${NGINX_PREFIX}${key}`;
            const ref = ing.annotationUses.find((u) => u.key === full)?.ref ?? ing.ref;
            for (const host of hosts) {
                const other = decided.get(`${key} ${host}`);
                if (other) {
                    // The same value from another Ingress changes nothing: nothing to say.
                    if (other !== ing && out.get(host)?.[field] !== value)
                        diags.report('IC3240', ref, { key: full, ingress: ing.id, host, other: other.id }, { field: `metadata.annotations[${JSON.stringify(full)}]` });
                    continue;
                }
                decided.set(`${key} ${host}`, ing);
                const cur = out.get(host) ?? {};
                out.set(host, field === 'ciphers' ? { ...cur, ciphers: value } : { ...cur, preferServer: value });
            }
        }
    }
    return out;
}
