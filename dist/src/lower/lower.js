import { routesOf } from '../ir/types.js';
import { applyAnnotationSupport } from './annotation-support.js';
import { BackendLowering } from './backends.js';
import { applyHsts } from './configmap-hsts.js';
import { applyRedirectCode, exemptFromHttpsRedirect } from './configmap-redirects.js';
import { applyControllerConfig, blockedDefaultBackend, controllerWide, dropBlocklisted } from './controller-config.js';
import { compareIngressPrecedence, describePrecedence } from './precedence.js';
import { globController, servedByIngressNginx } from './path-reading.js';
import { selectByClass } from './select-class.js';
import { collectTls } from './tls.js';
import { UpstreamResolver, upstreamId } from './upstreams.js';
import { upstreamExtras } from './upstream-settings.js';
import { checkBufferSizes } from './upstream-tuning.js';
import { checkBandwidthBuffering, limitedDefaultBackend, withLimits } from './limits.js';
import { applyClientAuth } from './clientcert.js';
import { authVariants, exemptFromGlobalAuth, globalAuthApplies, globalAuthOf, replaceAuth, restrictsAccess, withAuth } from './auth.js';
import { VhostBuilder, compareVhosts } from './vhosts.js';
import { unappliedPolicies } from './route-kind-policies.js';
import { lowerPassthrough } from './passthrough.js';
import { attachCanaries, canaryPathsOf, dropIgnoredCanaryUses, isCanaryIngress } from './canary.js';
import { fillAffinityPaths, warnUnpinnable } from './traffic.js';
import { applyLoadBalancing } from './load-balancing.js';
import { ErrorPages } from './errors.js';
import { responseRewritesOf } from './response-rewrites.js';
import { ingressesByHost, vhostName } from './by-host.js';
import { aliasVhosts, fromToWwwVhost, applyAppRoot, applyHttpsRedirects, locationRedirectFilters, perLocationSslRedirect } from './redirects.js';
import { forwardedHeaders, refuseProxyProtocol, withForwarded } from './forwarded-headers.js';
import { applyCustomHeaders } from './custom-headers.js';
import { dropRequestHeaders } from './header-names.js';
import { hostTlsCiphers } from './tls-ciphers.js';
import { applyMirrors } from './mirror.js';
/** Inventory → RouteTable: every Ingress semantic is decided here, once, for all targets. */
export function lower(inv, opts, diags) {
    const selected = dropIgnoredCanaryUses(selectByClass(inv.ingresses, inv.classes, opts.ingressClass, diags), opts.skipAnnotations, diags);
    const supported = applyAnnotationSupport(dropBlocklisted(selected, inv.controllerConfig, diags), opts.target, opts.skipAnnotations, diags);
    const all = applyControllerConfig(supported, inv.controllerConfig, opts.target, diags).sort(compareIngressPrecedence);
    // Canary Ingresses make no routes of their own (lower/canary.ts): they split the main routes afterwards.
    const ingresses = all.filter((i) => !isCanaryIngress(i, opts.skipAnnotations));
    if (all.length === 0 && inv.ingresses.length > 0 && !opts.defaultBackend)
        diags.report('IC1006', undefined);
    const resolver = new UpstreamResolver(inv, opts, diags);
    const backends = new BackendLowering(ingresses, inv, opts.target, diags);
    const { paths: canaryPaths, noServer: canaryUpstreams } = canaryPathsOf(all, opts.skipAnnotations, resolver, diags);
    const errorPages = new ErrorPages(inv, opts, resolver, diags);
    const vhosts = new Map();
    let globalDefault;
    const globalAuth = globalAuthOf(inv.controllerConfig, opts.target);
    for (const ing of ingresses) {
        // A defaultBackend serves a host's fallback or the default server, which carry no policies in
        // the IR: an Ingress restricting who may reach it cannot hand one out (fail closed).
        const accessRestricted = restrictsAccess(ing, globalAuth);
        if (ing.defaultBackend && accessRestricted)
            diags.report('IC3070', ing.defaultBackend.ref, { ingress: ing.id });
        const restricted = limitedDefaultBackend(ing, opts.target, diags, accessRestricted) || accessRestricted;
        const stringPrefix = opts.pathSemantics === 'ingress-nginx' && servedByIngressNginx(ing, inv.classes);
        const glob = globController(ing, inv.classes);
        const own = ing.defaultBackend && !restricted
            ? backends.resolve(resolver, ing, { namespace: ing.namespace, service: ing.defaultBackend.service, port: ing.defaultBackend.port }, ing.defaultBackend.ref, undefined)
            : undefined;
        if (ing.rules.length === 0 && own) {
            if (!globalDefault)
                globalDefault = { upstream: own, owner: ing };
            else
                diags.report('IC3007', ing.defaultBackend.ref, { ingress: ing.id, other: globalDefault.owner.id, why: describePrecedence(globalDefault.owner, ing) });
        }
        checkBufferSizes(ing, diags);
        checkBandwidthBuffering(ing, opts.target, diags);
        const auth = authVariants(ing, inv, opts.target, diags, globalAuth);
        const extras = backends.extras(ing, withAuth(withLimits({ ...upstreamExtras(ing, opts.target), ...responseRewritesOf(ing, opts.target) }, ing, opts.target), auth.protected));
        const redirects = locationRedirectFilters(ing, opts.target);
        if (redirects.length)
            extras.filters = [...redirects, ...(extras.filters ?? [])];
        // no-auth-locations: the paths global auth skips keep the Ingress's own authentication only.
        const extrasOf = (path) => (globalAuthApplies(ing, globalAuth) && exemptFromGlobalAuth(path, globalAuth) ? replaceAuth(extras, auth.exempt) : extras);
        for (const rule of ing.rules) {
            const name = vhostName(rule.host);
            let vh = vhosts.get(name);
            if (!vh)
                vhosts.set(name, (vh = new VhostBuilder(name, rule.ref)));
            // An Ingress with rules and a defaultBackend: that backend is the fallback of the hosts it
            // names first. Not of the host-less class: as ingress-nginx's catch-all server "_", that
            // class falls back to the default for unknown hosts (a rule-less Ingress's, else the flag's).
            if (name !== '*')
                vh.claimFallback(own ? { upstream: own, origin: ing.defaultBackend.ref } : undefined, ing, diags);
            else if (own)
                diags.report('IC3020', ing.defaultBackend.ref, { ingress: ing.id });
            for (const p of rule.paths) {
                if (glob !== undefined && p.pathType === 'ImplementationSpecific' && p.path.includes('*')) {
                    diags.report('IC3051', p.pathRef, { path: p.path, ingress: ing.id, controller: glob, class: ing.className ?? '(default)' });
                    continue;
                }
                const ref = { namespace: ing.namespace, service: p.backend.service, port: p.backend.port };
                const up = backends.resolve(resolver, ing, ref, p.backend.ref, name);
                if (!up)
                    continue;
                // Canary bookkeeping is by the Service port's upstream (a protocol variant shares it).
                if (canaryUpstreams.has(upstreamId(ref))) {
                    diags.report('IC3126', p.ref, { path: p.path, ingress: ing.id, service: p.backend.service, canary: canaryUpstreams.get(upstreamId(ref)) });
                    continue;
                }
                const e = errorPages.apply(ing, p, up, extrasOf(p.path));
                vh.add(p, e.upstream, ing, stringPrefix, e.extras);
            }
        }
    }
    let defaultUpstream = globalDefault?.upstream;
    if (!defaultUpstream && opts.defaultBackend)
        defaultUpstream = resolver.resolve(opts.defaultBackend, { file: '--default-backend', line: 1, col: 1 });
    resolver.reportUnusedOverrides();
    blockedDefaultBackend(inv.controllerConfig, opts.target, defaultUpstream !== undefined, diags);
    const tls = collectTls(ingresses, inv, opts.sslRedirect, diags);
    const defaultCertificate = tls.certificates[0]?.id;
    const built = [];
    const owners = new Map(ingresses.map((i) => [i.id, i]));
    const hostNames = new Set(vhosts.keys());
    const aliasesTaken = new Set();
    const wwwTaken = new Set();
    // app-root and server-alias Ingresses by host: a search of every Ingress per host was quadratic (issue 17).
    const appRoots = ingressesByHost(ingresses.filter((i) => i.features.redirects?.appRoot !== undefined));
    const aliased = ingressesByHost(ingresses.filter((i) => i.features.redirects?.aliases?.length));
    const ciphers = hostTlsCiphers(ingresses, opts.target, diags);
    for (const vb of vhosts.values()) {
        const vh = vb.build(diags);
        for (const r of routesOf(vh)) {
            const unapplied = unappliedPolicies(opts.target, r.match, r.policies);
            if (unapplied.policies.length)
                diags.report('IC3072', r.origin, { path: r.sourcePath, match: r.match, ingress: r.ingress, policies: unapplied.policies.join(', '), target: opts.target });
            if (r.match === 'RegularExpression' && r.policies?.affinity?.path === '')
                diags.report('IC3142', r.origin, { path: r.sourcePath, ingress: r.ingress });
            if (unapplied.traffic.length)
                diags.report('IC3140', r.origin, { path: r.sourcePath, ingress: r.ingress, what: unapplied.traffic.includes('cors') ? 'CORS' : 'session affinity', target: opts.target });
        }
        fillAffinityPaths(vh);
        if (!vh.fallback && defaultUpstream)
            vh.fallback = defaultUpstream;
        const t = tls.hosts.get(vh.name);
        if (t && vh.kind !== 'any') {
            const certificate = t.certificate ?? defaultCertificate;
            if (certificate === undefined)
                diags.report('IC3013', t.origin, { host: vh.name });
            else
                vh.tls = { certificate, sslRedirect: t.sslRedirect, origin: t.origin };
        }
        // Before the aliases are copied: an alias is another name of the same server block.
        const ownCiphers = ciphers.get(vh.name);
        if (ownCiphers)
            vh.tlsCiphers = ownCiphers;
        applyAppRoot(vh, appRoots.get(vh.name) ?? [], opts.target, diags);
        const aliases = aliasVhosts(vh, aliased.get(vh.name) ?? [], hostNames, aliasesTaken, opts.target, diags);
        for (const a of [vh, ...aliases])
            if (perLocationSslRedirect(opts.target))
                applyHttpsRedirects(a, owners, vb.fallbackOwner, a.tls !== undefined, opts.sslRedirect, opts.target);
        built.push(...aliases);
        // Aliases and from-to-www names share one namespace: a name is served by one of them only.
        const www = fromToWwwVhost(vh, vb.fallbackOwner, hostNames, aliasesTaken, (h) => {
            const c = tls.hosts.get(h);
            const certificate = c ? (c.certificate ?? defaultCertificate) : undefined;
            return c && certificate !== undefined ? { certificate, origin: c.origin } : undefined;
        }, opts.target, diags);
        if (www) {
            wwwTaken.add(www.name);
            built.push(www);
        }
        built.push(vh);
    }
    for (const [host, t] of tls.hosts)
        if (!vhosts.has(host) && !wwwTaken.has(host))
            diags.report('IC3011', t.origin, { host });
    applyClientAuth(built, ingresses, inv, opts.target, diags);
    const wide = controllerWide(inv.controllerConfig, opts.target);
    const forwarded = forwardedHeaders(inv.controllerConfig, opts.target);
    const dropped = dropRequestHeaders(inv.controllerConfig, opts.target, diags);
    refuseProxyProtocol(inv.controllerConfig, opts.target, opts.listen, forwarded, diags);
    exemptFromHttpsRedirect(built, wide.noTlsRedirect ?? []);
    applyRedirectCode(built, wide.httpsRedirectCode);
    applyHsts(built, hostNames, wide.hsts);
    const passthrough = lowerPassthrough(vhosts, built, ingresses, diags);
    // A passed-through handshake is the backend's: the host's own ciphers never apply (ingress-nginx ignores them too).
    for (const vh of built)
        if (vh.tlsCiphers && passthrough.some((p) => p.host === vh.name))
            delete vh.tlsCiphers;
    built.sort(compareVhosts);
    attachCanaries(built, canaryPaths, defaultUpstream, opts.skipAnnotations, opts.target, diags);
    backends.canaryProtocols(built, resolver);
    // Upstreams of routes that lost a conflict are not emitted.
    const used = new Set([...(defaultUpstream ? [defaultUpstream] : []), ...passthrough.map((p) => p.upstream)]);
    for (const vh of built) {
        if (vh.fallback)
            used.add(vh.fallback);
        for (const r of routesOf(vh)) {
            used.add(r.upstream);
            if (r.canary)
                used.add(r.canary.upstream);
            if (r.errors?.upstream)
                used.add(r.errors.upstream);
        }
    }
    const custom = {};
    applyCustomHeaders(custom, built, inv, opts.target, diags);
    applyMirrors(built, ingresses, opts.target, diags);
    const upstreams = applyLoadBalancing(all, resolver.upstreams().filter((u) => used.has(u.id)), built, opts.target, diags);
    const certIds = new Set(upstreams.flatMap((u) => [u.tls?.verify?.ca, u.tls?.clientCertificate].filter((c) => c !== undefined)));
    const backendCertificates = backends.certificates(certIds);
    warnUnpinnable(built, upstreams, diags);
    return {
        vhosts: built,
        upstreams,
        ...(defaultUpstream ? { defaultUpstream } : {}),
        certificates: tls.certificates,
        ...(defaultCertificate ? { defaultCertificate } : {}),
        ...(backendCertificates.length ? { backendCertificates } : {}),
        ...(passthrough.length ? { passthrough } : {}),
        listen: opts.listen,
        ...(wide.httpsRedirectCode ? { httpsRedirectCode: wide.httpsRedirectCode } : {}),
        ...(wide.headerBlocks ? { headerBlocks: wide.headerBlocks } : {}),
        ...(dropped ? { dropRequestHeaders: dropped } : {}),
        ...(wide.tlsVersions ? { tlsVersions: wide.tlsVersions } : {}),
        ...(wide.tlsCiphers ? { tlsCiphers: wide.tlsCiphers } : {}),
        ...(wide.hideResponseHeaders ? { hideResponseHeaders: wide.hideResponseHeaders } : {}),
        ...(wide.serverTokens !== undefined ? { serverTokens: wide.serverTokens } : {}),
        ...(wide.compression ? { compression: wide.compression } : {}),
        ...(wide.brotli ? { brotli: wide.brotli } : {}),
        ...(wide.clientConnection ? { clientConnection: wide.clientConnection } : {}),
        ...(wide.limitStatus ? { limitStatus: wide.limitStatus } : {}),
        ...withForwarded(forwarded),
        ...custom,
    };
}
