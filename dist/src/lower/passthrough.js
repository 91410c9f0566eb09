import { hasAuth, hasSourceRange, routesOf } from '../ir/types.js';
import { ingressesByHost } from './by-host.js';
import { describePrecedence } from './precedence.js';
/**
 * ingress-nginx's ssl-passthrough (controller.go createServers + getConfiguration, tcpproxy):
 *   - the first Ingress of a host (precedence order) creates its server and alone decides
 *     SSLPassthrough; the annotation on a later Ingress of the host is ignored;
 *   - the backend is that of the server's "/" location: the default location (the first
 *     Ingress's defaultBackend, else the global default), replaced by the first Prefix "/" path of
 *     the host; every other location is ignored ("Ignoring SSL Passthrough for location");
 *   - the TCP proxy compares the SNI with the server name as a string: a wildcard or host-less
 *     server never matches;
 *   - the HTTP server of the host stays: plain HTTP (and TLS with another SNI) is routed as before.
 * A passthrough connection never meets the host's routes, so a route restricting access would be
 * open to it: that is an error here (fail closed), where ingress-nginx ignores the restriction.
 */
export function lowerPassthrough(builders, built, ingresses, diags) {
    const out = [];
    // Nothing to decide (and nothing to warn about) without the annotation; else one index by host,
    // not a scan of every Ingress per host (quadratic: 8 s of a 10,000-host compile).
    if (!ingresses.some((ing) => ing.features.passthrough !== undefined))
        return out;
    const byHost = ingressesByHost(ingresses);
    for (const vh of built) {
        const vb = builders.get(vh.name);
        // Aliases and from-to-www names are not server names: the TCP proxy does not know them.
        if (!vb || vb.origin !== vh.origin)
            continue;
        // `ingresses` is in precedence order: the first naming the host created its server.
        const named = byHost.get(vh.name) ?? [];
        const first = named[0];
        if (!first)
            continue;
        const enabled = first.features.passthrough?.enabled === true;
        for (const ing of named) {
            const s = ing.features.passthrough;
            if (ing === first || s === undefined || s.enabled === enabled)
                continue;
            diags.report('IC3193', annotationRef(ing) ?? ing.ref, {
                value: String(s.enabled),
                ingress: ing.id,
                host: vh.name,
                first: first.id,
                why: describePrecedence(first, ing),
                firstSays: enabled ? 'sets ssl-passthrough' : 'does not set ssl-passthrough',
            });
        }
        if (!enabled)
            continue;
        const at = annotationRef(first) ?? first.ref;
        if (vh.kind !== 'exact') {
            diags.report('IC3194', at, { host: vh.kind === 'any' ? '(rules without host)' : vh.name, ingress: first.id });
            continue;
        }
        const root = routesOf(vh).find((r) => r.sourcePath === '/' && r.pathType === 'Prefix');
        const upstream = root?.upstream ?? vh.fallback;
        if (!root)
            diags.report('IC3192', at, {
                host: vh.name,
                what: vh.fallback
                    ? `which is the host's default backend ${vh.fallback} here: TLS goes there`
                    : 'the controller\'s default backend, which has no Service in ingressc\'s inputs: as ingress-nginx ("Missing Service for SSL Passthrough backend"), TLS to the host is terminated as usual',
            });
        if (upstream === undefined)
            continue;
        let refused = false;
        for (const r of routesOf(vh)) {
            const what = restriction(r);
            if (what === undefined)
                continue;
            diags.report('IC3191', r.origin, { host: vh.name, ingress: first.id, path: r.sourcePath, route: r.ingress, what });
            refused = true;
        }
        if (vh.tls?.clientAuth) {
            diags.report('IC3191', vh.tls.origin, { host: vh.name, ingress: first.id, path: '(every path)', route: vh.tls.clientAuth.ingress, what: 'client certificates, auth-tls-*' });
            refused = true;
        }
        if (refused)
            continue;
        const others = routesOf(vh).filter((r) => r !== root).map((r) => r.sourcePath);
        const ignored = others.length ? `the paths ${[...new Set(others)].map((p) => JSON.stringify(p)).join(', ')} and every other annotation are not looked at for them; ` : 'every other annotation is not looked at for them; ';
        diags.report('IC3190', at, { host: vh.name, backend: upstream, ignored });
        out.push({ host: vh.name, upstream, ingress: first.id, origin: at });
    }
    return out.sort((a, b) => (a.host < b.host ? -1 : a.host > b.host ? 1 : 0));
}
const annotationRef = (ing) => ing.annotationUses.find((u) => u.name === 'ssl-passthrough')?.ref;
/** What of a route restricts who may reach it (undefined: nothing). */
function restriction(r) {
    const p = r.policies;
    const what = [
        ...(hasSourceRange(p) ? ['source ranges'] : []),
        ...(hasAuth(p) ? ['authentication'] : []),
        ...(p?.limits ? ['request limits'] : []),
    ];
    return what.length ? what.join(', ') : undefined;
}
