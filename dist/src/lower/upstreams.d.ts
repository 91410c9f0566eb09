import type { Diagnostics } from '../diagnostics/collector.js';
import type { SourceRef } from '../diagnostics/types.js';
import type { Upstream, UpstreamProtocol, UpstreamTls } from '../ir/types.js';
import { type ResolvedOptions, type ServiceRef } from '../options.js';
import type { Inventory } from '../validate/model.js';
export declare const upstreamId: (r: ServiceRef) => string;
/**
 * Turns Service references into upstreams. Endpoints come from, in order: --backend overrides,
 * EndpointSlices in the inputs, cluster DNS (<svc>.<ns>.svc.cluster.local, resolved at run time).
 */
export declare class UpstreamResolver {
    private readonly opts;
    private readonly diags;
    private readonly byId;
    private readonly usedOverrides;
    private readonly serviceUpstreamIds;
    /** Services (the first of a name, as a search in input order finds it) and EndpointSlices by "namespace/name". */
    private readonly services;
    private readonly slices;
    constructor(inv: Inventory, opts: ResolvedOptions, diags: Diagnostics);
    /**
     * Returns the upstream id, or undefined (with an error reported) when it cannot resolve.
     * `serviceUpstream`: the first caller for a Service port decides, as ingress-nginx's one upstream
     * per Service port (lower/backends.ts reports a later caller that asks otherwise).
     */
    resolve(ref: ServiceRef, origin: SourceRef, serviceUpstream?: {
        ingress: string;
        ref: SourceRef;
    }): string | undefined;
    /** Was the upstream of this Service port created with service-upstream? */
    createdWithServiceUpstream(id: string): boolean | undefined;
    /** A variant of upstream `base` reached with another protocol or TLS (lower/backends.ts). */
    variant(base: string, protocol: UpstreamProtocol, tls: UpstreamTls | undefined): string;
    /** A resolved upstream by id. */
    get(id: string): Upstream | undefined;
    upstreams(): Upstream[];
    reportUnusedOverrides(): void;
    /** The Service port number: as written, or a port name looked up in the Service (when supplied). */
    private servicePortNumber;
    /**
     * An ExternalName Service is a DNS name, resolved at run time, on the port the Ingress names
     * (a named port through the Service's ports), as ingress-nginx proxies it. A name of one label
     * ("echo") is a Service name: ingress-nginx's resolver (lua util/dns.lua) tries the pod's search
     * domains first, "<namespace>.svc.cluster.local" before all, which the proxies' resolvers here
     * do not (nginx's never, HAProxy's and Envoy's not with --resolver), so it is written qualified,
     * in the Service's namespace (the controller's own in ingress-nginx, often the same: IC3250).
     */
    private externalName;
    /**
     * service-upstream (ingress-nginx getServiceClusterEndpoint): the Service's ClusterIP and Service
     * port as the one endpoint. --backend still wins (it says where the Service is); a Service not in
     * the inputs is its cluster DNS name, which resolves to the ClusterIP; a headless or ExternalName
     * Service has none, and ingress-nginx falls back to its endpoints (undefined here, with IC3115).
     */
    private clusterEndpoint;
    private endpointsFor;
}
