import { routesOf } from '../ir/types.js';
import { affinityPolicy, withRoutePath } from './traffic.js';
import { appliesOn } from './route-kind-policies.js';
import { NGINX_PREFIX } from '../providers/ingress-nginx/read.js';
import { vhostName } from './by-host.js';
/**
 * ingress-nginx's canaries (controller.go createServers / mergeAlternativeBackends, balancer.lua):
 * - a canary Ingress creates no host, path, TLS host or default backend of its own;
 * - each of its paths looks for a location of a non-canary Ingress with the same host, path text
 *   and pathType; the Service of that location (the primary) gets the canary's Service as its
 *   alternative backend, unless it already has one (only the first is used);
 * - the alternative hangs on the primary's backend, not on the location: every location that
 *   proxies to the primary Service, on any host, is split;
 * - one backend per Service port, made by the first Ingress naming it: it carries that Ingress's
 *   canary settings only, and when that Ingress is a canary, paths of other Ingresses to it get no
 *   location;
 * - of the canary's other annotations only load-balance, upstream-hash-by and session affinity act.
 */
/** Keys a canary Ingress keeps (AD "Canary"): its own family, load balancing, session affinity. */
const KEPT_ON_CANARY = /^(canary(-.*)?|load-balance|upstream-hash-by(-.*)?|affinity(-.*)?|session-cookie-.*)$/;
export const isCanaryIngress = (ing, skip) => ing.features.canary?.enabled === true && !skip.includes(`${NGINX_PREFIX}canary`);
/** A canary Ingress's other ingress-nginx annotations act through the main Ingress's location: reported and dropped. */
export function dropIgnoredCanaryUses(ingresses, skip, diags) {
    return ingresses.map((ing) => {
        if (!isCanaryIngress(ing, skip))
            return ing;
        const kept = ing.annotationUses.filter((u) => {
            if (u.name === undefined || KEPT_ON_CANARY.test(u.name))
                return true;
            diags.report('IC3120', u.ref, { key: u.key, ingress: ing.id }, { field: `metadata.annotations[${JSON.stringify(u.key)}]` });
            return false;
        });
        return kept.length === ing.annotationUses.length ? ing : { ...ing, annotationUses: kept };
    });
}
const backendKey = (ns, b) => JSON.stringify([ns, b.service, b.port]);
/**
 * The canary Ingresses' paths with their upstreams, and the upstreams ingress-nginx marks NoServer
 * (their first Ingress is a canary): paths of other Ingresses to them get no route (IC3126).
 * `all` in precedence order; a canary's defaultBackend cannot be split (IC3125).
 */
export function canaryPathsOf(all, skip, resolver, diags) {
    const creators = new Map();
    for (const ing of all) {
        const named = [...(ing.defaultBackend ? [ing.defaultBackend] : []), ...ing.rules.flatMap((r) => r.paths.map((p) => p.backend))];
        for (const b of named)
            if (!creators.has(backendKey(ing.namespace, b)))
                creators.set(backendKey(ing.namespace, b), ing);
    }
    const paths = [];
    const noServer = new Map();
    for (const ing of all) {
        if (!isCanaryIngress(ing, skip))
            continue;
        if (ing.defaultBackend)
            diags.report('IC3125', ing.defaultBackend.ref, { ingress: ing.id });
        for (const rule of ing.rules)
            for (const p of rule.paths) {
                const upstream = resolver.resolve({ namespace: ing.namespace, service: p.backend.service, port: p.backend.port }, p.backend.ref);
                if (!upstream)
                    continue;
                const creator = creators.get(backendKey(ing.namespace, p.backend));
                const canaryCreator = isCanaryIngress(creator, skip);
                if (canaryCreator)
                    noServer.set(upstream, creator.id);
                paths.push({ ing, host: vhostName(rule.host), p, upstream, creator, ...(canaryCreator ? { settingsFrom: creator } : {}) });
            }
    }
    return { paths, noServer };
}
const where = (r) => `${r.ingress} ${r.sourcePath} (${r.pathType})`;
/**
 * Attaches each canary path (in precedence order: the oldest canary of a primary wins) to every
 * route of its primary Service. A primary that also serves requests outside any route (a vhost
 * fallback, `defaultUpstream`) cannot be split (IC3124).
 */
export function attachCanaries(vhosts, canaries, defaultUpstream, skip, target, diags) {
    // --skip-annotation KEY compiles as if KEY were absent.
    const on = (key) => !skip.includes(`${NGINX_PREFIX}${key}`);
    const byHost = new Map(vhosts.map((v) => [v.name, v]));
    const all = vhosts.flatMap(routesOf);
    const owner = new Map();
    const told = new Set();
    for (const c of canaries) {
        const from = c.settingsFrom;
        const vh = byHost.get(c.host);
        const mains = vh ? routesOf(vh).filter((r) => r.sourcePath === c.p.path && r.pathType === c.p.pathType && r.ingress !== c.ing.id) : [];
        const primary = mains.find((r) => r.upstream !== c.upstream)?.upstream;
        if (primary === undefined && c.p.path === '/' && c.p.pathType === 'Prefix' && (vh !== undefined || c.host === '*') && !mains.length) {
            // ingress-nginx gives every server a root location "/" (Prefix) on its default backend: a
            // canary of "/" there splits the default backend, for every host it serves (IC3124).
            diags.report('IC3124', c.p.ref, { ingress: c.ing.id, where: `the default backend, which serves the root location of ${c.host === '*' ? 'the catch-all server' : c.host} (no Ingress has a "/" path there)` });
            continue;
        }
        if (primary === undefined) {
            diags.report('IC3121', c.p.ref, { ingress: c.ing.id, host: c.host === '*' ? '' : c.host, path: c.p.path, pathType: c.p.pathType });
            continue;
        }
        const prev = owner.get(primary);
        if (prev) {
            if (prev.upstream !== c.upstream)
                diags.report('IC3122', c.p.ref, { ingress: c.ing.id, primary, other: prev.ingress });
            continue;
        }
        if (!from) {
            // The canary backend has no canary settings: it takes the primary's one canary slot and never decides.
            owner.set(primary, { upstream: c.upstream, weight: 0, weightTotal: 100, ingress: c.ing.id, origin: c.p.ref });
            diags.report('IC3127', c.p.ref, { ingress: c.ing.id, service: c.p.backend.service, other: c.creator.id });
            continue;
        }
        const s = effective(from.features.canary, on);
        const fallbackOf = vhosts.find((v) => v.fallback === primary);
        if (fallbackOf || defaultUpstream === primary) {
            diags.report('IC3124', c.p.ref, { ingress: c.ing.id, where: `Service ${primary}, which is also ${fallbackOf ? `the default backend of ${fallbackOf.name}` : 'the default backend'}` });
            continue;
        }
        const canary = {
            upstream: c.upstream,
            weight: s.weight,
            weightTotal: s.weightTotal,
            ...(s.header !== undefined
                ? { header: { name: s.header, ...(s.headerValue !== undefined ? { value: s.headerValue } : s.headerPattern !== undefined ? { pattern: s.headerPattern } : {}) } }
                : {}),
            ...(s.cookie !== undefined ? { cookie: s.cookie } : {}),
            ingress: c.ing.id,
            origin: c.p.ref,
        };
        owner.set(primary, canary);
        const split = all.filter((r) => r.upstream === primary);
        const own = (r) => r.sourcePath === c.p.path && r.pathType === c.p.pathType && vh.name === c.host && routesOf(vh).includes(r);
        const affinityOf = canaryAffinity(c.ing, on, target, own);
        if (!told.has(c.ing.id)) {
            told.add(c.ing.id);
            replacedAffinity(c, split.find(own) ?? split[0], on, diags);
        }
        for (const r of split) {
            const affinity = affinityOf(r);
            // The route's own affinity was checked with its route (lower.ts); the canary's own here.
            if (affinity && affinity !== r.policies?.affinity && !appliesOn(target, r.match, 'affinity'))
                diags.report('IC3140', c.p.ref, { path: r.sourcePath, ingress: c.ing.id, what: 'session affinity', target });
            r.canary = affinity ? { ...canary, affinity } : canary;
        }
        const others = split.filter((r) => !own(r));
        if (others.length)
            diags.report('IC3123', c.p.ref, { ingress: c.ing.id, primary, routes: others.map(where).join(', ') });
    }
}
/**
 * The canary side's cookie affinity on route `r` (controller.go mergeAlternativeBackend): unless
 * the canary Ingress says affinity-canary-behavior "legacy", the canary backend's affinity is
 * replaced by a copy of the main backend's, which ingressc keeps per route (the route's own
 * policy, same cookie and attributes). With "legacy" the canary keeps its own: the canary
 * Ingress's affinity annotations, on the routes of its own paths (ingress-nginx sets a backend's
 * cookie only on the locations of the Ingresses that asked for it); none: not sticky.
 */
function canaryAffinity(ing, on, target, own) {
    const legacy = on('affinity-canary-behavior') && ing.features.traffic?.affinity?.canaryBehavior === 'legacy';
    if (!legacy)
        return (r) => r.policies?.affinity;
    const mine = on('affinity') ? affinityPolicy(ing, target).affinity : undefined;
    return (r) => (mine && own(r) ? withRoutePath(mine, r) : undefined);
}
/** A canary Ingress asking for affinity of its own under "sticky": the main route's replaces it (IC3128, once per canary). */
function replacedAffinity(c, main, on, diags) {
    const legacy = on('affinity-canary-behavior') && c.ing.features.traffic?.affinity?.canaryBehavior === 'legacy';
    const use = c.ing.annotationUses.find((u) => u.name === 'affinity');
    if (legacy || !use || !on('affinity') || c.ing.features.traffic?.affinity?.type !== 'cookie')
        return;
    const a = main.policies?.affinity;
    diags.report('IC3128', use.ref, { key: use.key, ingress: c.ing.id, main: a ? `cookie ${a.cookie} of ${main.ingress}` : `none: ${main.ingress} has no affinity` }, { field: `metadata.annotations[${JSON.stringify(use.key)}]` });
}
/** The canary settings without the keys --skip-annotation names (as if they were absent). */
function effective(s, on) {
    const header = on('canary-by-header') ? s.header : undefined;
    const weightTotal = on('canary-weight-total') ? s.weightTotal : 100;
    return {
        enabled: s.enabled,
        // A weight above the total always picks the canary (balancer.lua: random(total) <= weight).
        weight: on('canary-weight') ? Math.min(s.weight, weightTotal) : 0,
        weightTotal,
        ...(header !== undefined ? { header } : {}),
        ...(header !== undefined && s.headerValue !== undefined && on('canary-by-header-value') ? { headerValue: s.headerValue } : {}),
        ...(header !== undefined && s.headerPattern !== undefined && on('canary-by-header-pattern') ? { headerPattern: s.headerPattern } : {}),
        ...(s.cookie !== undefined && on('canary-by-cookie') ? { cookie: s.cookie } : {}),
    };
}
