import type { Diagnostics } from '../diagnostics/collector.js';
import type { Route } from '../ir/types.js';
import type { ResolvedOptions } from '../options.js';
import type { IngressModel, Inventory, PathModel } from '../validate/model.js';
import type { UpstreamResolver } from './upstreams.js';
type Extras = Pick<Route, 'filters' | 'policies' | 'errors' | 'responseRewrites'>;
/**
 * ingress-nginx's default-backend / custom-http-errors / disable-proxy-intercept-errors, per
 * location (controller.go getBackendServers, nginx.tmpl CUSTOM_ERRORS):
 * - the errors go to the default-backend annotation's Service when it has a ready endpoint (its
 *   first port), else to the global default backend ("upstream-default-backend": --default-backend
 *   here; without one, or when it has no ready endpoint, ingress-nginx's internal server answers 404);
 * - when the route's own Service has no ready endpoint and the annotation's Service has one, that
 *   Service answers in place of it, told so by X-Code 503 and the context headers.
 * "No ready endpoint" is known from the EndpointSlices in the inputs; a Service resolved through
 * cluster DNS is taken to have endpoints, as everywhere in ingressc.
 */
export declare class ErrorPages {
    private readonly inv;
    private readonly opts;
    private readonly resolver;
    private readonly diags;
    private global?;
    private readonly byService;
    constructor(inv: Inventory, opts: ResolvedOptions, resolver: UpstreamResolver, diags: Diagnostics);
    /** The upstream and extras of one path of `ing` whose Service resolved to `upstream`. */
    apply(ing: IngressModel, p: PathModel, upstream: string, extras: Extras): {
        upstream: string;
        extras: Extras;
    };
    /** Known to have no ready endpoint (an EndpointSlice in the inputs says so). */
    private hasNoEndpoints;
    /**
     * The annotation's Service on its first port, or undefined when ingress-nginx would not use it
     * (no ready endpoint: the global default backend takes the errors). A Service missing from the
     * inputs, or without ports, is an error: its port cannot be known.
     */
    private annotationBackend;
    /** ingress-nginx's "upstream-default-backend": --default-backend, when it has endpoints; else a 404. */
    private globalBackend;
}
export {};
