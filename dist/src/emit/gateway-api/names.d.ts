import type { VirtualHost } from '../../ir/types.js';
/**
 * Object, listener and file names of the Gateway API output: one place. Every name is a DNS-1123
 * subdomain (what metadata.name and a listener's SectionName accept), built from the host, which
 * validation already restricted to lowercase DNS labels. The kind of host is a label of its own
 * ("h." exact, "w." wildcard), so `*.example.com` and `example.com` can never produce one name.
 */
export declare const MAX_NAME = 253;
export declare const HTTP_LISTENER = "http";
export declare const HTTPS_DEFAULT_LISTENER = "https";
/** Host key: "h.<host>", "w.<suffix>" or "any" (host-less rules); unique per vhost. */
export declare function hostKey(vh: VirtualHost): string;
/**
 * `parts` joined with "."; when longer than 253, cut and ended with a hash of the whole name so
 * that two long names stay different (the hash, not the cut text, carries the uniqueness).
 */
export declare function dnsName(...parts: string[]): string;
export declare const httpsListenerName: (vh: VirtualHost) => string;
/**
 * A vhost's HTTPRoute; chunk 2, 3, … of `chunks` when it continues past the CRD limits. Routes of one
 * hostname whose matches tie rank by creation time, then name, so the names sort in rule order: the
 * chunk number, zero-padded to the width of `chunks` (at least 3 digits), is appended to the host key's
 * kind label ("h" → "h002"): "." sorts before every digit, so `<gw>.h.<host>` < `<gw>.h002.<host>` <
 * `<gw>.h010.<host>`, and the number comes before any cut of a long name. Collision-free: a chunk-1
 * name's kind label is exactly "h", "w" or "any", and no other route name begins with such a label.
 */
export declare const routeName: (gateway: string, vh: VirtualHost, chunk?: number, chunks?: number) => string;
/** The plain-HTTP side of a vhost whose routes decide the HTTPS redirect one by one (chunks as routeName). */
export declare const httpRouteName: (gateway: string, vh: VirtualHost, chunk?: number, chunks?: number) => string;
export declare const redirectRouteName: (gateway: string, vh: VirtualHost) => string;
/** The default backend's route (only when there is no host-less vhost to carry it). */
export declare const defaultRouteName: (gateway: string) => string;
export declare const listenerSetName: (gateway: string, index: number) => string;
export declare const grantName: (gatewayNamespace: string, gateway: string, what: 'secrets' | 'services') => string;
/** Files with --out: one per kind. */
export declare const FILES: {
    readonly Gateway: 'gateway.yaml';
    readonly ListenerSet: 'listenersets.yaml';
    readonly HTTPRoute: 'httproutes.yaml';
    readonly ReferenceGrant: 'referencegrants.yaml';
    readonly GRPCRoute: 'grpcroutes.yaml';
    readonly BackendTLSPolicy: 'backendtlspolicies.yaml';
    readonly ConfigMap: 'configmaps.yaml';
};
