import type { SourceRef } from '../../diagnostics/types.js';
import { type RouteTable, type Upstream, type VirtualHost } from '../../ir/types.js';
import type { GatewayRef } from './listeners.js';
import { type BackendRef, type BackendTLSPolicy, type ConfigMap, type ParentRef, type GRPCRoute } from './types.js';
export interface BackendProblem {
    origin: SourceRef;
    what: string;
    detail: string;
}
/**
 * Which vhosts become a GRPCRoute: those whose every backend speaks gRPC. Gateway API lets a
 * listener hostname be served by an HTTPRoute or a GRPCRoute, not both (GRPCRoute hostnames: of
 * two intersecting routes of the two kinds only one is accepted, by creation time), so a vhost
 * mixing gRPC and HTTP backends, or a gRPC vhost whose hostname intersects an HTTP vhost's (the
 * host-less rules, the default backend, a covering wildcard), is refused.
 */
export declare function grpcVhosts(ir: RouteTable, byId: ReadonlyMap<string, Upstream>, problems: BackendProblem[]): Set<VirtualHost>;
/** The GRPCRoute of a gRPC vhost: rules by upstream, the fallback last (no matches). */
export declare function grpcRoute(vh: VirtualHost, name: string, namespace: string, parents: ParentRef[], hostname: string | undefined, backend: (id: string) => BackendRef, problems: BackendProblem[]): GRPCRoute;
/**
 * TLS to backends (backend-protocol HTTPS/GRPCS) as BackendTLSPolicy: one per Service, which
 * validates the certificate against the Secret's ca.crt (copied into a ConfigMap, the core way to
 * name a CA) for the proxy-ssl-name hostname, and sends it as SNI. Gateway API has no unverified
 * TLS to a backend, no client certificate in the standard channel, and a policy covers every
 * port of the Service: those cases are refused.
 */
export declare function backendTls(ir: RouteTable, _gw: GatewayRef, problems: BackendProblem[]): {
    policies: BackendTLSPolicy[];
    configMaps: ConfigMap[];
};
