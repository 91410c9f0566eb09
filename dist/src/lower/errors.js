import { supportOf } from '../providers/ingress-nginx/support.js';
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
export class ErrorPages {
    inv;
    opts;
    resolver;
    diags;
    global;
    byService = new Map();
    constructor(inv, opts, resolver, diags) {
        this.inv = inv;
        this.opts = opts;
        this.resolver = resolver;
        this.diags = diags;
    }
    /** The upstream and extras of one path of `ing` whose Service resolved to `upstream`. */
    apply(ing, p, upstream, extras) {
        const s = ing.features.errors;
        const codes = s?.codes !== undefined && supportOf('custom-http-errors', this.opts.target) ? s.codes : [];
        const named = s?.defaultBackend !== undefined && supportOf('default-backend', this.opts.target) ? s.defaultBackend : undefined;
        if (codes.length === 0 && named === undefined)
            return { upstream, extras };
        const own = named !== undefined ? this.annotationBackend(ing, named) : undefined;
        const standIn = own !== undefined && own !== upstream && this.hasNoEndpoints(upstream);
        const errorUpstream = (s?.codesFromConfigMap ? undefined : own) ?? this.globalBackend();
        const context = { namespace: ing.namespace, ingress: ing.name, service: p.backend.service, servicePort: String(p.backend.port) };
        if (codes.length === 0 && !standIn)
            return { upstream, extras };
        const errors = {
            codes,
            upstreamResponses: !(s?.disableIntercept ?? false),
            ...(errorUpstream !== undefined ? { upstream: errorUpstream } : {}),
            ...(standIn ? { standIn: true } : {}),
            context,
        };
        if (!standIn)
            return { upstream, extras: { ...extras, errors } };
        // nginx.tmpl: a location whose backend is a custom default backend sends these headers.
        const told = {
            type: 'RequestHeaderModifier',
            set: [
                { name: 'X-Code', value: '503' },
                { name: 'X-Namespace', value: context.namespace },
                { name: 'X-Ingress-Name', value: context.ingress },
                { name: 'X-Service-Name', value: context.service },
                { name: 'X-Service-Port', value: context.servicePort },
            ],
        };
        return { upstream: own, extras: { ...extras, filters: [...(extras.filters ?? []), told], errors } };
    }
    /** Known to have no ready endpoint (an EndpointSlice in the inputs says so). */
    hasNoEndpoints(id) {
        return this.resolver.get(id)?.endpoints.length === 0;
    }
    /**
     * The annotation's Service on its first port, or undefined when ingress-nginx would not use it
     * (no ready endpoint: the global default backend takes the errors). A Service missing from the
     * inputs, or without ports, is an error: its port cannot be known.
     */
    annotationBackend(ing, service) {
        const key = `${ing.namespace}/${service}`;
        if (this.byService.has(key))
            return this.byService.get(key);
        const ref = ing.annotationUses.find((u) => u.name === 'default-backend')?.ref ?? ing.ref;
        const svc = this.inv.services.find((x) => x.namespace === ing.namespace && x.name === service);
        let id;
        if (!svc)
            this.diags.report('IC3180', ref, { service: key, why: 'it is not in the inputs' });
        else if (svc.ports.length === 0)
            this.diags.report('IC3180', ref, { service: key, why: 'it has no ports' });
        else {
            id = this.resolver.resolve({ namespace: ing.namespace, service, port: svc.ports[0].port }, ref);
            if (id !== undefined && this.hasNoEndpoints(id)) {
                this.diags.report('IC3181', ref, { service: key, ingress: ing.id, global: this.opts.defaultBackend ? '--default-backend' : 'a 404' });
                id = undefined;
            }
        }
        this.byService.set(key, id);
        return id;
    }
    /** ingress-nginx's "upstream-default-backend": --default-backend, when it has endpoints; else a 404. */
    globalBackend() {
        if (!this.global) {
            const ref = this.opts.defaultBackend;
            const id = ref ? this.resolver.resolve(ref, { file: '--default-backend', line: 1, col: 1 }) : undefined;
            this.global = { id: id !== undefined && !this.hasNoEndpoints(id) ? id : undefined };
        }
        return this.global.id;
    }
}
