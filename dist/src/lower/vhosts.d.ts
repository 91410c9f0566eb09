import type { Diagnostics } from '../diagnostics/collector.js';
import type { SourceRef } from '../diagnostics/types.js';
import type { HostKind, Route, VirtualHost } from '../ir/types.js';
import type { IngressModel, PathModel } from '../validate/model.js';
export declare function hostKind(name: string): HostKind;
/** Accumulates one host's routes from every Ingress; conflicts are resolved in build(). */
export declare class VhostBuilder {
    readonly name: string;
    readonly origin: SourceRef;
    private readonly entries;
    fallback?: {
        upstream: string;
        owner: IngressModel;
        origin: SourceRef;
    };
    /** The first Ingress (in precedence order) with a rule for this host: it alone decides the fallback. */
    fallbackOwner?: IngressModel;
    constructor(name: string, origin: SourceRef);
    /** Ingresses must arrive in precedence order: the first definition of a matcher wins. */
    add(p: PathModel, upstream: string, owner: IngressModel, stringPrefix: boolean, extras?: Pick<Route, 'filters' | 'policies' | 'errors' | 'responseRewrites'>): void;
    private get hostName();
    private conflict;
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
    /** v1 model: Exact, then the longest Prefix or StringPrefix. */
    private longestRoutes;
    /**
     * ingress-nginx's regex mode (template.go buildLocation, controller.go updateServerLocations and
     * its two stable sorts): every location becomes `~* "^<path>"`. A Prefix path of an Ingress without
     * use-regex or rewrite is first normalised to "<path>/" plus an Exact clone "<path>" (none when an
     * Exact location of that path exists), so it ends up a string prefix; Exact paths lose exactness.
     */
    private regexRoutes;
}
/** Exact hosts, then wildcards, then "*"; by name inside a class. */
export declare function compareVhosts(a: VirtualHost, b: VirtualHost): number;
