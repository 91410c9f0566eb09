import type { Diagnostics } from '../diagnostics/collector.js';
import type { SourceRef } from '../diagnostics/types.js';
import type { Upstream } from '../ir/types.js';
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
    /** Services (the first of a name, as a search in input order finds it) and EndpointSlices by "namespace/name". */
    private readonly services;
    private readonly slices;
    constructor(inv: Inventory, opts: ResolvedOptions, diags: Diagnostics);
    /** Returns the upstream id, or undefined (with an error reported) when it cannot resolve. */
    resolve(ref: ServiceRef, origin: SourceRef): string | undefined;
    /** A resolved upstream by id. */
    get(id: string): Upstream | undefined;
    upstreams(): Upstream[];
    reportUnusedOverrides(): void;
    /** The Service port number: as written, or a port name looked up in the Service (when supplied). */
    private servicePortNumber;
    /**
     * An ExternalName Service is a DNS name, resolved at run time, on the port the Ingress names
     * (a named port through the Service's ports), as ingress-nginx proxies it.
     */
    private externalName;
    private endpointsFor;
}
