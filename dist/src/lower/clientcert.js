import { supportOf } from '../providers/ingress-nginx/support.js';
import { ruleVhosts } from './by-host.js';
import { certId } from './tls.js';
const KEY = 'nginx.ingress.kubernetes.io/';
/**
 * ingress-nginx's auth-tls-* per host: the annotations sit on an Ingress, but the controller
 * configures the server block of each of its hosts, and only once: the first Ingress (precedence
 * order) with auth-tls-secret decides a host, for every route of it, whichever Ingress the route
 * comes from; the others' values have no effect (IC3173). Fail closed where the result would look
 * protected and be open: auth-tls-* without a secret (IC3172), a Secret missing from the inputs
 * (IC3170) or in another namespace (IC3174), a host without TLS or with plain HTTP served (IC3171).
 * `ingresses` are in precedence order; `vhosts` are built, with their TLS.
 */
export function applyClientAuth(vhosts, ingresses, inv, target, diags) {
    if (!supportOf('auth-tls-secret', target))
        return; // refused by annotation-support.ts already
    const byName = new Map(vhosts.map((v) => [v.name, v]));
    const decided = new Map();
    const reportedCa = new Set();
    for (const ing of ingresses) {
        const s = ing.features.clientCert;
        if (!s)
            continue;
        const uses = ing.annotationUses.filter((u) => u.name?.startsWith('auth-tls-'));
        const at = (name) => (uses.find((u) => u.name === name) ?? uses[0]).ref;
        if (!s.secret) {
            const first = uses[0];
            if (first)
                diags.report('IC3172', first.ref, { key: first.key, ingress: ing.id }, { field: `metadata.annotations[${JSON.stringify(first.key)}]` });
            continue;
        }
        const namespace = s.secret.namespace || ing.namespace;
        const secretId = `${namespace}/${s.secret.name}`;
        const key = `${KEY}auth-tls-secret`;
        const field = { field: `metadata.annotations[${JSON.stringify(key)}]` };
        if (namespace !== ing.namespace) {
            diags.report('IC3174', at('auth-tls-secret'), { key, secret: secretId, ingress: ing.id }, field);
            continue;
        }
        const ca = inv.caSecrets?.find((c) => c.namespace === namespace && c.name === s.secret.name);
        if (!ca) {
            diags.report('IC3170', at('auth-tls-secret'), { key, secret: secretId, why: '' }, field);
            continue;
        }
        if (ca.caPem === undefined) {
            if (!reportedCa.has(secretId))
                diags.report('IC2341', ca.problem?.ref, { name: secretId, detail: ca.problem?.detail ?? 'ca.crt is unreadable' });
            reportedCa.add(secretId);
            diags.report('IC3170', at('auth-tls-secret'), { key, secret: secretId, why: ' in a usable form' }, field);
            continue;
        }
        for (const host of ruleVhosts(ing)) {
            const vh = byName.get(host);
            if (!vh)
                continue;
            const prev = decided.get(host);
            if (prev) {
                if (prev !== ing)
                    diags.report('IC3173', at('auth-tls-secret'), { ingress: ing.id, host, other: prev.id });
                continue;
            }
            decided.set(host, ing);
            if (s.verify === 'off')
                continue; // ssl_verify_client off: nothing is checked
            const why = vh.kind === 'any' ? 'is the host-less default server (no TLS host of its own)' : !vh.tls ? 'has no tls section' : !vh.tls.sslRedirect ? 'serves plain HTTP (ssl-redirect is off)' : undefined;
            if (why !== undefined || !vh.tls) {
                diags.report('IC3171', at('auth-tls-secret'), { ingress: ing.id, host: vh.name, why: why ?? '' }, field);
                continue;
            }
            vh.tls.clientAuth = {
                caId: certId(ca.namespace, ca.name),
                caPem: ca.caPem,
                verify: s.verify ?? 'on',
                depth: s.depth ?? 1,
                passCertificate: s.passCertificate ?? false,
                ...(s.errorPage !== undefined ? { errorPage: s.errorPage } : {}),
                ...(s.matchCN !== undefined ? { matchCN: s.matchCN } : {}),
                ingress: ing.id,
            };
        }
    }
}
