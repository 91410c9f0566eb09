import { createHash } from 'node:crypto';
/**
 * Object, listener and file names of the Gateway API output: one place. Every name is a DNS-1123
 * subdomain (what metadata.name and a listener's SectionName accept), built from the host, which
 * validation already restricted to lowercase DNS labels. The kind of host is a label of its own
 * ("h." exact, "w." wildcard), so `*.example.com` and `example.com` can never produce one name.
 */
export const MAX_NAME = 253;
export const HTTP_LISTENER = 'http';
export const HTTPS_DEFAULT_LISTENER = 'https';
/** Host key: "h.<host>", "w.<suffix>" or "any" (host-less rules); unique per vhost. */
export function hostKey(vh) {
    switch (vh.kind) {
        case 'exact':
            return `h.${vh.name}`;
        case 'wildcard':
            return `w.${vh.wildcardSuffix}`;
        case 'any':
            return 'any';
    }
}
/**
 * `parts` joined with "."; when longer than 253, cut and ended with a hash of the whole name so
 * that two long names stay different (the hash, not the cut text, carries the uniqueness).
 */
export function dnsName(...parts) {
    const full = parts.join('.');
    if (full.length <= MAX_NAME)
        return full;
    const hash = createHash('sha256').update(full).digest('hex').slice(0, 16);
    const head = full.slice(0, MAX_NAME - hash.length - 1).replace(/[.-]+$/, '');
    return `${head}.${hash}`;
}
export const httpsListenerName = (vh) => dnsName('https', hostKey(vh));
/**
 * A vhost's HTTPRoute; chunk 2, 3, … of `chunks` when it continues past the CRD limits. Routes of one
 * hostname whose matches tie rank by creation time, then name, so the names sort in rule order: the
 * chunk number, zero-padded to the width of `chunks` (at least 3 digits), is appended to the host key's
 * kind label ("h" → "h002"): "." sorts before every digit, so `<gw>.h.<host>` < `<gw>.h002.<host>` <
 * `<gw>.h010.<host>`, and the number comes before any cut of a long name. Collision-free: a chunk-1
 * name's kind label is exactly "h", "w" or "any", and no other route name begins with such a label.
 */
export const routeName = (gateway, vh, chunk = 1, chunks = chunk) => dnsName(gateway, chunkKey(vh, chunk, chunks));
/** The plain-HTTP side of a vhost whose routes decide the HTTPS redirect one by one (chunks as routeName). */
export const httpRouteName = (gateway, vh, chunk = 1, chunks = chunk) => dnsName(gateway, 'http', chunkKey(vh, chunk, chunks));
function chunkKey(vh, chunk, chunks) {
    const key = hostKey(vh);
    if (chunk === 1)
        return key;
    const n = String(chunk).padStart(Math.max(3, String(chunks).length), '0');
    const dot = key.indexOf('.');
    return dot < 0 ? `${key}${n}` : `${key.slice(0, dot)}${n}${key.slice(dot)}`;
}
export const redirectRouteName = (gateway, vh) => dnsName(gateway, 'redirect', hostKey(vh));
/** The default backend's route (only when there is no host-less vhost to carry it). */
export const defaultRouteName = (gateway) => dnsName(gateway, 'default');
export const listenerSetName = (gateway, index) => dnsName(gateway, `listeners-${index}`);
export const grantName = (gatewayNamespace, gateway, what) => dnsName(what, gatewayNamespace, gateway);
/** Files with --out: one per kind. */
export const FILES = {
    Gateway: 'gateway.yaml',
    ListenerSet: 'listenersets.yaml',
    HTTPRoute: 'httproutes.yaml',
    ReferenceGrant: 'referencegrants.yaml',
    GRPCRoute: 'grpcroutes.yaml',
    BackendTLSPolicy: 'backendtlspolicies.yaml',
    ConfigMap: 'configmaps.yaml',
};
