import { redirectRegexMiddleware } from './redirects.js';
import { allowListMiddleware, basicAuthMiddleware, bodyLimitMiddleware } from './middlewares.js';
import { ACCESS_MIDDLEWARE_PREFIX, BASIC_MIDDLEWARE_PREFIX, BODY_MIDDLEWARE_PREFIX, DEFAULT_KEY, NOOP_SERVICE, NOT_FOUND_MIDDLEWARE, REDIRECT_MIDDLEWARE, UNAVAILABLE_MIDDLEWARE, WEB, WEBSECURE, vhostKey } from './names.js';
import { priorities } from './priority.js';
import { catchAllRule, routeRule } from './rules.js';
import { parsePortable, wholePathSearch } from '../../ir/regex.js';
import { isAutoHttpId } from '../../ir/types.js';
import { canaryRouters, weightedName } from './canary.js';
/**
 * Routers in IR order: per vhost its exact routes, its prefixes (longest first), then its
 * catch-all; each as an HTTP router on `web` and, when HTTPS is served, a TLS router on
 * `websecure` (Traefik routers serve either plain or TLS requests, never both).
 *
 * The catch-all (`Host(..)` alone at the bottom of the vhost's class) is what keeps the IR's
 * "no fall-through between host classes": without it a request for a known host with an unknown
 * path would go on down Traefik's flat list to a wildcard or host-less `PathPrefix("/")`. It
 * serves the vhost fallback, or 404 through an ipAllowList that admits nobody. The host-less
 * vhost has one too: a request must match a router for Traefik to refuse encoded characters.
 */
export function buildRouters(ir, services, unavailable) {
    const prio = priorities(ir);
    const https = ir.certificates.length > 0;
    const routers = {};
    const used = new Set();
    const access = {};
    const accessByList = new Map();
    // The source check comes first: a refused client gets 403 even where the upstream has no endpoints.
    const bodyByLimit = new Map();
    const basicByKey = new Map();
    const accessMiddleware = (p) => {
        if (!p)
            return [];
        const out = [];
        if (p.sourceDeny)
            throw new Error('traefik: a source deny-list has no Traefik middleware (support.ts must keep it failing closed)');
        if (p.sourceAllow) {
            const key = p.sourceAllow.join(',');
            let name = accessByList.get(key);
            if (!name) {
                name = `${ACCESS_MIDDLEWARE_PREFIX}${accessByList.size + 1}`;
                accessByList.set(key, name);
                access[name] = allowListMiddleware(p.sourceAllow);
            }
            out.push(name);
        }
        // Then the password (nginx: the address first, 403 with or without credentials).
        if (p.basicAuth) {
            const key = JSON.stringify([p.basicAuth.secret, p.basicAuth.realm]);
            let name = basicByKey.get(key);
            if (!name) {
                name = `${BASIC_MIDDLEWARE_PREFIX}${p.basicAuth.secret.replace('/', '_')}-${basicByKey.size + 1}`;
                basicByKey.set(key, name);
                access[name] = basicAuthMiddleware(p.basicAuth);
            }
            out.push(name);
        }
        const max = p.maxBodyBytes ?? 0;
        if (max > 0) {
            let name = bodyByLimit.get(max);
            if (!name) {
                name = `${BODY_MIDDLEWARE_PREFIX}${bodyByLimit.size + 1}`;
                bodyByLimit.set(max, name);
                access[name] = bodyLimitMiddleware(max);
            }
            out.push(name);
        }
        return out;
    };
    const target = (upstream, policies) => {
        if (upstream === undefined)
            return { service: NOOP_SERVICE, middlewares: [NOT_FOUND_MIDDLEWARE] };
        const guard = accessMiddleware(policies);
        if (unavailable.has(upstream))
            return { service: NOOP_SERVICE, middlewares: [...guard, UNAVAILABLE_MIDDLEWARE] };
        if (!services.has(upstream))
            throw new Error(`traefik: route names unknown upstream ${upstream}`);
        return { service: upstream, middlewares: guard };
    };
    const add = (name, rule, priority, t, redirect) => {
        // With the redirect, the HTTP router never reaches its target: only the redirect applies.
        const own = [...t.middlewares, ...(t.filters ?? [])];
        const httpMw = redirect ? [REDIRECT_MIDDLEWARE] : own;
        put(`${name}_http`, { entryPoints: [WEB], rule, priority, ...(httpMw.length ? { middlewares: httpMw } : {}), service: t.service });
        // AUTO_HTTP: the HTTPS router uses the upstream's TLS twin service (services.ts).
        if (https)
            put(`${name}_https`, { entryPoints: [WEBSECURE], rule, priority, ...(own.length ? { middlewares: own } : {}), service: isAutoHttpId(t.service) ? `${t.service}.tls` : t.service, tls: {} });
    };
    const filters = {};
    /** One middleware per filter, named after its router. */
    const withFilters = (name, t, fs) => {
        // A location redirect answers before the access guard and whatever the upstream is (nginx's rewrite phase).
        const redirect = fs?.find((f) => f.type === 'RequestRedirect');
        if (redirect) {
            const mw = `${name}_redirect`;
            filters[mw] = redirectRegexMiddleware(redirect);
            return { service: t.service, middlewares: [], filters: [mw] };
        }
        if (!fs?.length || t.service === NOOP_SERVICE)
            return t;
        const names = fs.map((f, i) => {
            const mw = `${name}_filter_${i}`;
            filters[mw] = filterMiddleware(f);
            return mw;
        });
        return { ...t, filters: names };
    };
    const put = (name, r) => {
        if (routers[name])
            throw new Error(`traefik: duplicate router name ${name}`);
        routers[name] = r;
        for (const m of r.middlewares ?? [])
            used.add(m);
    };
    for (const vh of ir.vhosts) {
        const key = vhostKey(vh);
        const redirect = vh.tls?.sslRedirect === true;
        /** A route's router; with a canary also its decision routers, and a weighted service (canary.ts). */
        const addRoute = (name, r, priority) => {
            const rule = routeRule(vh, r);
            const to = (n, upstream) => withFilters(n, target(upstream, r.policies), r.filters);
            if (!r.canary)
                return add(name, rule, priority, to(name, r.upstream), redirect);
            for (const d of canaryRouters(r, rule))
                add(`${name}${d.suffix}`, d.rule, priority + d.bump, to(`${name}${d.suffix}`, d.upstream), redirect);
            const split = weightedName(r);
            const own = to(name, r.canary.weight === r.canary.weightTotal ? r.canary.upstream : r.upstream);
            add(name, rule, priority, split !== undefined && own.service !== NOOP_SERVICE ? { ...own, service: split } : own, redirect);
        };
        vh.exact.forEach((r, i) => addRoute(`${key}_exact_${i}`, r, prio.exact(vh.kind, r.path)));
        vh.prefix.forEach((r, i) => addRoute(`${key}_prefix_${i}`, r, prio.prefix(vh.kind, r)));
        const ordered = vh.ordered ?? [];
        ordered.forEach((r, i) => addRoute(`${key}_regex_${i}`, r, prio.ordered(vh.kind, i, ordered.length)));
        if (needsCatchAll(vh))
            add(`${key}_${vh.fallback ? 'fallback' : 'notfound'}`, catchAllRule(vh), prio.catchAll(vh.kind), target(vh.fallback), redirect);
    }
    // Requests no vhost claims: the default backend (or a 404) when there is no host-less vhost to
    // own them. Some router must match every request: Traefik refuses encoded characters
    // (encodedCharacters, static-config.ts) only in a matched router, and answers 404 otherwise.
    if (!ir.vhosts.some((v) => v.kind === 'any'))
        add(DEFAULT_KEY, catchAllRule(undefined), prio.catchAll('any'), target(ir.defaultUpstream), false);
    return { routers, filters, used, access };
}
/** Rewrite: Go's ReplaceAllString over a whole-path pattern (captures `${N}`: Go reads `$1x` as group "1x"). */
function filterMiddleware(f) {
    if (f.type === 'RequestRedirect')
        throw new Error('traefik: redirect filters are emitted by redirects.ts, not as a rewrite');
    if (f.type === 'RequestHeaderModifier')
        return { headers: { customRequestHeaders: Object.fromEntries(f.set.map((h) => [h.name, h.value])) } };
    const re = parsePortable(f.path.pattern);
    if (!/^\/(?:[A-Za-z0-9._~\-/]|\{[1-9]\})*$/.test(f.path.replacement))
        throw new Error(`traefik: refusing rewrite replacement ${JSON.stringify(f.path.replacement)}`);
    return { replacePathRegex: { regex: `(?i)${wholePathSearch(re, 're2')}`, replacement: f.path.replacement.replace(/\{([1-9])\}/g, '$${$1}') } };
}
function needsCatchAll(vh) {
    return !vh.prefix.some((r) => r.path === '/'); // the root prefix already takes every path
}
