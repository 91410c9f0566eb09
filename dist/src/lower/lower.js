import { applyAnnotationSupport } from './annotation-support.js';
import { compareIngressPrecedence, describePrecedence } from './precedence.js';
import { selectByClass } from './select-class.js';
import { collectTls } from './tls.js';
import { UpstreamResolver } from './upstreams.js';
import { upstreamExtras } from './upstream-settings.js';
import { VhostBuilder, compareVhosts } from './vhosts.js';
/** Inventory → RouteTable: every Ingress semantic is decided here, once, for all targets. */
export function lower(inv, opts, diags) {
    const selected = selectByClass(inv.ingresses, inv.classes, opts.ingressClass, diags);
    const ingresses = applyAnnotationSupport(selected, opts.target, opts.skipAnnotations, diags).sort(compareIngressPrecedence);
    if (ingresses.length === 0 && inv.ingresses.length > 0 && !opts.defaultBackend)
        diags.report('IC1006', undefined);
    const resolver = new UpstreamResolver(inv, opts, diags);
    const vhosts = new Map();
    let globalDefault;
    for (const ing of ingresses) {
        const own = ing.defaultBackend
            ? resolver.resolve({ namespace: ing.namespace, service: ing.defaultBackend.service, port: ing.defaultBackend.port }, ing.defaultBackend.ref)
            : undefined;
        if (ing.rules.length === 0 && own) {
            if (!globalDefault)
                globalDefault = { upstream: own, owner: ing };
            else
                diags.report('IC3007', ing.defaultBackend.ref, { ingress: ing.id, other: globalDefault.owner.id, why: describePrecedence(globalDefault.owner, ing) });
        }
        const extras = upstreamExtras(ing, opts.target);
        for (const rule of ing.rules) {
            const name = rule.host === '' ? '*' : rule.host.toLowerCase();
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
                const up = resolver.resolve({ namespace: ing.namespace, service: p.backend.service, port: p.backend.port }, p.backend.ref);
                if (up)
                    vh.add(p, up, ing, diags, extras);
            }
        }
    }
    let defaultUpstream = globalDefault?.upstream;
    if (!defaultUpstream && opts.defaultBackend)
        defaultUpstream = resolver.resolve(opts.defaultBackend, { file: '--default-backend', line: 1, col: 1 });
    resolver.reportUnusedOverrides();
    const tls = collectTls(ingresses, inv, opts.sslRedirect, diags);
    const defaultCertificate = tls.certificates[0]?.id;
    const built = [];
    for (const vb of vhosts.values()) {
        const vh = vb.build(diags);
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
        built.push(vh);
    }
    for (const [host, t] of tls.hosts)
        if (!vhosts.has(host))
            diags.report('IC3011', t.origin, { host });
    built.sort(compareVhosts);
    // Upstreams of routes that lost a conflict are not emitted.
    const used = new Set(defaultUpstream ? [defaultUpstream] : []);
    for (const vh of built) {
        if (vh.fallback)
            used.add(vh.fallback);
        for (const r of [...vh.exact, ...vh.prefix])
            used.add(r.upstream);
    }
    return {
        vhosts: built,
        upstreams: resolver.upstreams().filter((u) => used.has(u.id)),
        ...(defaultUpstream ? { defaultUpstream } : {}),
        certificates: tls.certificates,
        ...(defaultCertificate ? { defaultCertificate } : {}),
        listen: opts.listen,
    };
}
