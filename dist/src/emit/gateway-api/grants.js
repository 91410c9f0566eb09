import { grantName } from './names.js';
import { API_VERSION, GROUP } from './types.js';
/**
 * ReferenceGrants for every reference that leaves the Gateway's namespace, as narrow as Gateway
 * API allows: Secrets are granted to the Gateway (and its ListenerSets) only, Services to the
 * HTTPRoutes only, each by name, one grant per target namespace and kind.
 */
export function buildGrants(gw, secrets, routes, withListenerSets) {
    const secretNames = new Map();
    for (const c of secrets)
        if (c.namespace !== gw.namespace)
            add(secretNames, c.namespace, c.secretName);
    const serviceNames = new Map();
    const routeKinds = new Map();
    for (const r of routes)
        for (const rule of r.spec.rules)
            // A RequestMirror's Service is a reference from the HTTPRoute too.
            for (const b of [...(rule.backendRefs ?? []), ...mirrorRefs(rule)]) {
                addBackend(serviceNames, b);
                if (b.namespace !== undefined)
                    routeKinds.set(b.namespace, (routeKinds.get(b.namespace) ?? new Set()).add(r.kind));
            }
    const grants = [];
    for (const ns of [...new Set([...secretNames.keys(), ...serviceNames.keys()])].sort()) {
        const s = secretNames.get(ns);
        if (s) {
            const from = [{ group: GROUP, kind: 'Gateway', namespace: gw.namespace }];
            if (withListenerSets)
                from.push({ group: GROUP, kind: 'ListenerSet', namespace: gw.namespace });
            grants.push(grant(ns, grantName(gw.namespace, gw.name, 'secrets'), from, 'Secret', s));
        }
        const v = serviceNames.get(ns);
        if (v)
            grants.push(grant(ns, grantName(gw.namespace, gw.name, 'services'), [...(routeKinds.get(ns) ?? [])].sort().map((kind) => ({ group: GROUP, kind, namespace: gw.namespace })), 'Service', v));
    }
    return grants;
}
const mirrorRefs = (rule) => ('filters' in rule ? (rule.filters ?? []) : []).flatMap((f) => (f.type === 'RequestMirror' ? [f.requestMirror.backendRef] : []));
function add(m, ns, name) {
    const s = m.get(ns) ?? new Set();
    s.add(name);
    m.set(ns, s);
}
function addBackend(m, b) {
    if (b.namespace !== undefined)
        add(m, b.namespace, b.name);
}
function grant(namespace, name, from, kind, names) {
    return { apiVersion: API_VERSION, kind: 'ReferenceGrant', metadata: { name, namespace }, spec: { from, to: [...names].sort().map((n) => ({ group: '', kind, name: n })) } };
}
