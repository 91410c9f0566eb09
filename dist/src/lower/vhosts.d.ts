import type { Diagnostics } from '../diagnostics/collector.js';
import type { SourceRef } from '../diagnostics/types.js';
import type { HostKind, Route, VirtualHost } from '../ir/types.js';
import type { IngressModel, PathModel } from '../validate/model.js';
export declare function hostKind(name: string): HostKind;
/** Accumulates one host's routes from every Ingress, resolving conflicts as they arrive. */
export declare class VhostBuilder {
    readonly name: string;
    readonly origin: SourceRef;
    private readonly exact;
    private readonly prefix;
    fallback?: {
        upstream: string;
        owner: IngressModel;
        origin: SourceRef;
    };
    /** The first Ingress (in precedence order) with a rule for this host: it alone decides the fallback. */
    private fallbackOwner?;
    constructor(name: string, origin: SourceRef);
    /** Ingresses must arrive in precedence order: the first definition of a matcher wins. */
    add(p: PathModel, upstream: string, owner: IngressModel, diags: Diagnostics, extras?: Pick<Route, 'filters' | 'policies'>): void;
    /**
     * Called once per Ingress rule for this host, in precedence order. As ingress-nginx's
     * createServers, the first Ingress to name the host creates its server: its defaultBackend (or
     * none: the global default) is the host's fallback; later Ingresses' defaultBackends are not used.
     */
    claimFallback(own: {
        upstream: string;
        origin: SourceRef;
    } | undefined, owner: IngressModel, diags: Diagnostics): void;
    build(diags: Diagnostics): VirtualHost;
}
/** Exact hosts, then wildcards, then "*"; by name inside a class. */
export declare function compareVhosts(a: VirtualHost, b: VirtualHost): number;
