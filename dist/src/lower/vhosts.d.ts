import type { Diagnostics } from '../diagnostics/collector.js';
import type { SourceRef } from '../diagnostics/types.js';
import type { HostKind, VirtualHost } from '../ir/types.js';
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
    constructor(name: string, origin: SourceRef);
    /** Ingresses must arrive in precedence order: the first definition of a matcher wins. */
    add(p: PathModel, upstream: string, owner: IngressModel, diags: Diagnostics): void;
    setFallback(upstream: string, owner: IngressModel, origin: SourceRef, diags: Diagnostics): void;
    build(diags: Diagnostics): VirtualHost;
}
/** Exact hosts, then wildcards, then "*"; by name inside a class. */
export declare function compareVhosts(a: VirtualHost, b: VirtualHost): number;
