import { responseHeadersNamer } from './custom-headers.js';
import { COMPRESS_MIDDLEWARE, compressMiddleware } from './compression.js';
import { redirectKey, redirectMiddleware } from './redirects.js';
import { allowListMiddleware, basicAuthMiddleware, bodyLimitMiddleware } from './middlewares.js';
import { extAuthMiddlewares } from './ext-auth.js';
import { limitMiddlewares } from './limits.js';
import { clientTwins, withoutDenyList } from './client-twins.js';
import { errorsMiddleware } from './errors.js';
import { ACCESS_MIDDLEWARE_PREFIX, BASIC_MIDDLEWARE_PREFIX, BODY_MIDDLEWARE_PREFIX, EXTAUTH_MIDDLEWARE_PREFIX, LIMIT_MIDDLEWARE_PREFIX, ERRORS_MIDDLEWARE_PREFIX, DEFAULT_KEY, NOOP_SERVICE, NO_CONTENT_MIDDLEWARE, NOT_FOUND_MIDDLEWARE, CORS_MIDDLEWARE_PREFIX, REDIRECT_MIDDLEWARE_PREFIX, UNAVAILABLE_MIDDLEWARE, WEB, WEBSECURE, byFirstUse, vhostKey } from './names.js';
import { priorities } from './priority.js';
import { catchAllRule, routeRule } from './rules.js';
import { stickyCookie } from './affinity.js';
import { parsePortable, wholePathSearch } from '../../ir/regex.js';
import { isAutoHttpId } from '../../ir/types.js';
import { canaryRouters, weightedName } from './canary.js';
import { corsMiddleware, corsRouters } from './cors.js';
import { TraefikMirrors } from './mirror.js';
import { CLIENT_HEADERS_MIDDLEWARE, clientHeadersMiddleware } from './clientcert.js';
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
export function buildRouters(ir, services, unavailable, tls = { byHost: new Map(), clientAuthHosts: new Set() }) {
    const prio = priorities(ir);
    const https = ir.certificates.length > 0;
    const routers = {};
    const used = new Set();
    const access = {};
    /** Defines access middleware `name` and returns the name. */
    const define = (name, m) => {
        access[name] = m;
        return name;
    };
    const accessByList = byFirstUse();
    // The source check comes first: a refused client gets 403 even where the upstream has no endpoints.
    const bodyByLimit = byFirstUse();
    const basicByKey = byFirstUse();
    const extAuthByKey = byFirstUse();
    const limitsByKey = byFirstUse();
    const accessMiddleware = (p) => {
        if (!p)
            return [];
        const out = [];
        if (p.sourceDeny)
            throw new Error('traefik: a deny-list is decided by routers (client-twins.ts), never by a middleware');
        // Limits first: nginx's preaccess phase (limit_req, limit_conn) runs before allow/deny and authentication.
        const limits = p.limits;
        if (limits)
            out.push(...limitsByKey(JSON.stringify(limits), (n) => {
                const built = limitMiddlewares(limits, `${LIMIT_MIDDLEWARE_PREFIX}${n}`);
                Object.assign(access, built);
                return Object.keys(built);
            }));
        const allow = p.sourceAllow;
        if (allow)
            out.push(accessByList(allow.join(','), (n) => define(`${ACCESS_MIDDLEWARE_PREFIX}${n}`, allowListMiddleware(allow))));
        // Then the password (nginx: the address first, 403 with or without credentials).
        const basic = p.basicAuth;
        if (basic)
            out.push(basicByKey(JSON.stringify([basic.secret, basic.realm]), (n) => define(`${BASIC_MIDDLEWARE_PREFIX}${basic.secret.replace('/', '_')}-${n}`, basicAuthMiddleware(basic))));
        // Then the auth service (nginx runs auth_basic before auth_request). satisfy any has no Traefik row.
        if (p.satisfy === 'any')
            throw new Error('traefik: satisfy any has no Traefik middleware (support.ts must keep it failing closed)');
        const ext = p.externalAuth;
        if (ext)
            out.push(...extAuthByKey(JSON.stringify(ext), (n) => {
                const built = extAuthMiddlewares(ext, `${EXTAUTH_MIDDLEWARE_PREFIX}${n}`);
                Object.assign(access, built.middlewares);
                return built.names;
            }));
        const max = p.maxBodyBytes ?? 0;
        if (max > 0)
            out.push(bodyByLimit(String(max), (n) => define(`${BODY_MIDDLEWARE_PREFIX}${n}`, bodyLimitMiddleware(max))));
        return out;
    };
    const sticky = {};
    const stickyNames = byFirstUse();
    /** The sticky copy of `upstream`'s service for `a` (HTTPS routers: its TLS twin when AUTO_HTTP). */
    const stickyService = (upstream, a, onHttps) => {
        const from = onHttps && isAutoHttpId(upstream) ? `${upstream}.tls` : upstream;
        const cookie = stickyCookie(a, onHttps);
        return stickyNames(JSON.stringify([from, cookie]), (n) => {
            const name = `${from}.sticky${n}`;
            sticky[name] = { from, cookie };
            return name;
        });
    };
    /** Error pages (errors.ts), one middleware per distinct codes and error Service: outermost, so the proxy's own answers are taken too. */
    const errorsByKey = byFirstUse();
    const errorPages = (e) => {
        if (!e || e.codes.length === 0)
            return [];
        // An error Service without endpoints answers nothing: noop@internal (the original status, empty body).
        const service = e.upstream === undefined ? undefined : services.has(e.upstream) ? e.upstream : NOOP_SERVICE;
        return [errorsByKey(JSON.stringify([e.codes, service]), (n) => define(`${ERRORS_MIDDLEWARE_PREFIX}${n}`, errorsMiddleware(e, service)))];
    };
    const timed = {};
    const timedNames = byFirstUse();
    /** The copy of service `from` with the route's timeouts (servers-transport.ts withTimeouts). */
    const timedService = (from, t) => {
        if (t?.connect === undefined && t?.read === undefined)
            return from;
        const timeouts = { ...(t.connect !== undefined ? { connect: t.connect } : {}), ...(t.read !== undefined ? { read: t.read } : {}) };
        return timedNames(JSON.stringify([from, timeouts]), (n) => {
            const name = `${from}.timeouts${n}`;
            timed[name] = { from, timeouts };
            return name;
        });
    };
    const target = (upstream, policies, errors) => {
        if (upstream === undefined)
            return { service: NOOP_SERVICE, middlewares: [NOT_FOUND_MIDDLEWARE] };
        const guard = [...errorPages(errors), ...accessMiddleware(policies)];
        if (unavailable.has(upstream))
            return { service: NOOP_SERVICE, middlewares: [...guard, UNAVAILABLE_MIDDLEWARE] };
        if (!services.has(upstream))
            throw new Error(`traefik: route names unknown upstream ${upstream}`);
        const t = policies?.timeouts;
        const a = policies?.affinity;
        if (a)
            return { service: timedService(stickyService(upstream, a, false), t), ...(https ? { httpsService: timedService(stickyService(upstream, a, true), t) } : {}), middlewares: guard };
        // AUTO_HTTP: the HTTPS router's TLS twin gets its own timed copy.
        const httpsService = https && isAutoHttpId(upstream) && t ? { httpsService: timedService(`${upstream}.tls`, t) } : {};
        return { service: timedService(upstream, t), ...httpsService, middlewares: guard };
    };
    const mirrors = new TraefikMirrors();
    /** The TLS options every HTTPS router of the current vhost names (tls-options.ts): all of them, or Traefik falls back to the default. */
    let tlsOptions;
    /** First on the current vhost's HTTPS routers (clientcert.ts: the client's ssl-client-* headers removed). */
    let httpsFirst = [];
    /** A router pair; a mirrored route's routers name a mirroring service around theirs (mirror.ts). */
    const add = (name, rule, priority, given, mirror) => {
        const t = mirror ? { ...given, service: mirrors.wrap(given.service, mirror), ...(https ? { httpsService: mirrors.wrap(given.httpsService ?? (isAutoHttpId(given.service) ? `${given.service}.tls` : given.service), mirror) } : {}) } : given;
        // With a redirect, the router never reaches its target: only the redirect applies.
        const own = [...(ir.compression ? [compressOn(ir.compression)] : []), ...t.middlewares, ...(t.filters ?? [])];
        const httpMw = t.answer?.http !== undefined ? [t.answer.http] : own;
        const httpsMw = t.answer?.https !== undefined ? [t.answer.https] : [...httpsFirst, ...own];
        put(`${name}_http`, { entryPoints: [WEB], rule, priority, ...(httpMw.length ? { middlewares: httpMw } : {}), service: t.service });
        // AUTO_HTTP: the HTTPS router uses the upstream's TLS twin service (services.ts).
        if (https)
            put(`${name}_https`, { entryPoints: [WEBSECURE], rule, priority, ...(httpsMw.length ? { middlewares: httpsMw } : {}), service: t.httpsService ?? (isAutoHttpId(t.service) ? `${t.service}.tls` : t.service), tls: tlsOptions === undefined ? {} : { options: tlsOptions } });
    };
    const filters = {};
    /** Response compression (compression.ts): one middleware, first on every router that does not redirect. */
    const compressOn = (c) => {
        filters[COMPRESS_MIDDLEWARE] ??= compressMiddleware(c);
        return COMPRESS_MIDDLEWARE;
    };
    /** Redirect middlewares, one per distinct redirect and entry point ("ingressc-redirect-1"… in IR order). */
    const redirectNames = byFirstUse();
    const redirectOn = (f, listener) => redirectNames(redirectKey(f, listener), (n) => {
        const name = `${REDIRECT_MIDDLEWARE_PREFIX}${n}`;
        filters[name] = redirectMiddleware(f, { scheme: listener, port: ir.listen[listener].port }, ir.listen.https.port);
        return name;
    });
    /**
     * A redirect answers before the access guard and whatever the upstream is (nginx's rewrite
     * phase), in the IR's order (src/ir/match.ts): the route's own redirect (permanent/temporal,
     * app-root, from-to-www), else the HTTPS redirect of plain HTTP requests (the vhost's or the route's).
     */
    const withRedirect = (t, own, plain) => {
        if (own)
            return { ...t, answer: { http: redirectOn(own, 'http'), ...(https ? { https: redirectOn(own, 'https') } : {}) } };
        return plain ? { ...t, answer: { http: redirectOn(plain, 'http') } } : t;
    };
    /** Response headers middlewares (custom-headers.ts), one per distinct set, first on the router. */
    const headersOn = responseHeadersNamer(filters);
    const withResponseHeaders = (t, hs) => (hs?.length ? { ...t, middlewares: [headersOn(hs), ...t.middlewares] } : t);
    /** CORS headers middlewares, one per distinct policy. */
    const corsNames = byFirstUse();
    const corsOn = (p) => corsNames(JSON.stringify(p), (n) => {
        const name = `${CORS_MIDDLEWARE_PREFIX}${n}`;
        filters[name] = corsMiddleware(p);
        return name;
    });
    /** One middleware per filter, named after its router. */
    const withFilters = (name, t, fs, vhRedirect) => {
        const own = fs?.find((f) => f.type === 'RequestRedirect' && !f.plainHttpOnly);
        const plain = vhRedirect ?? fs?.find((f) => f.type === 'RequestRedirect' && f.plainHttpOnly === true);
        const rest = (fs ?? []).filter((f) => f.type !== 'RequestRedirect');
        if (own || !rest.length || t.service === NOOP_SERVICE)
            return withRedirect(t, own, plain);
        const names = rest.map((f, i) => {
            const mw = `${name}_filter_${i}`;
            filters[mw] = filterMiddleware(f);
            return mw;
        });
        return withRedirect({ ...t, filters: names }, undefined, plain);
    };
    const put = (name, r) => {
        if (routers[name])
            throw new Error(`traefik: duplicate router name ${name}`);
        routers[name] = r;
        for (const m of r.middlewares ?? [])
            used.add(m);
    };
    /**
     * A route with CORS (cors.ts): "*" puts the headers on the route's own router; an origin list on
     * a router just above it that only matching origins reach. The preflight router answers 204
     * through the headers (a redirect of the route still answers first, as in src/ir/match.ts).
     */
    const addCors = (name, rule, priority, t, p, mirror) => {
        // An empty origin list (every entry skipped) matches no request: nothing to add.
        if (p.allowOrigins !== '*' && p.allowOrigins.length === 0)
            return add(name, rule, priority, t, mirror);
        const mw = corsOn(p);
        const withHeaders = { ...t, middlewares: [mw, ...t.middlewares] };
        add(name, rule, priority, p.allowOrigins === '*' ? withHeaders : t, mirror);
        for (const c of corsRouters(p, rule)) {
            // A preflight is answered by the headers middleware: its service is never reached.
            const preflight = { service: t.service, middlewares: [mw, NO_CONTENT_MIDDLEWARE], ...(t.answer ? { answer: t.answer } : {}) };
            add(`${name}${c.suffix}`, c.rule, priority + c.bump, c.preflight ? preflight : withHeaders, c.preflight ? undefined : mirror);
        }
    };
    for (const vh of ir.vhosts) {
        const key = vhostKey(vh);
        tlsOptions = vh.kind === 'exact' ? tls.byHost.get(vh.name) : undefined;
        httpsFirst = vh.kind === 'exact' && tls.clientAuthHosts.has(vh.name) ? [CLIENT_HEADERS_MIDDLEWARE] : [];
        if (httpsFirst.length)
            filters[CLIENT_HEADERS_MIDDLEWARE] ??= clientHeadersMiddleware();
        const redirect = vhostRedirect(vh);
        /** A route's router; with a canary also its decision routers, and a weighted service (canary.ts). */
        const addRoute = (name, route, priority, matcher) => {
            // Twins first (client-twins.ts): a deny-list or limit-whitelist splits the route by client address.
            for (const t of clientTwins(route))
                addRoute(`${name}${t.suffix}`, t.route, priority + t.bump, matcher === undefined ? t.matcher : `${matcher} && ${t.matcher}`);
            const r = withoutDenyList(route);
            const rule = matcher === undefined ? routeRule(vh, r) : `${routeRule(vh, r)} && ${matcher}`;
            const to = (n, upstream) => withResponseHeaders(withFilters(n, target(upstream, r.policies, r.errors), r.filters, redirect), r.responseHeaders);
            // CORS with a canary is refused (IC4303, emit-traefik.ts): the canary's routers carry no CORS.
            if (!r.canary && r.policies?.cors)
                return addCors(name, rule, priority, to(name, r.upstream), r.policies.cors, r.mirror);
            if (!r.canary)
                return add(name, rule, priority, to(name, r.upstream), r.mirror);
            for (const d of canaryRouters(r, rule))
                add(`${name}${d.suffix}`, d.rule, priority + d.bump, to(`${name}${d.suffix}`, d.upstream), r.mirror);
            const split = weightedName(r);
            const own = to(name, r.canary.weight === r.canary.weightTotal ? r.canary.upstream : r.upstream);
            // Affinity with a canary is refused (IC4304, emit-traefik.ts): the split's children are the plain services.
            add(name, rule, priority, split !== undefined && own.service !== NOOP_SERVICE ? { ...own, service: split, httpsService: split } : own, r.mirror);
        };
        vh.exact.forEach((r, i) => addRoute(`${key}_exact_${i}`, r, prio.exact(vh.kind, r.path)));
        vh.prefix.forEach((r, i) => addRoute(`${key}_prefix_${i}`, r, prio.prefix(vh.kind, r)));
        const ordered = vh.ordered ?? [];
        ordered.forEach((r, i) => addRoute(`${key}_regex_${i}`, r, prio.ordered(vh.kind, i, ordered.length)));
        // The fallback (src/ir/match.ts): plain HTTP gets the vhost's HTTPS redirect, else the fallback's own.
        const fb = vh.fallbackRedirect;
        const onHttp = redirect ?? fb;
        const onHttps = fb && !fb.plainHttpOnly ? fb : undefined;
        const fbTarget = { ...target(vh.fallback), answer: { ...(onHttp ? { http: redirectOn(onHttp, 'http') } : {}), ...(onHttps && https ? { https: redirectOn(onHttps, 'https') } : {}) } };
        if (needsCatchAll(vh))
            add(`${key}_${vh.fallback ? 'fallback' : 'notfound'}`, catchAllRule(vh), prio.catchAll(vh.kind), fbTarget);
    }
    // Requests no vhost claims: the default backend (or a 404) when there is no host-less vhost to
    // own them. Some router must match every request: Traefik refuses encoded characters
    // (encodedCharacters, static-config.ts) only in a matched router, and answers 404 otherwise.
    tlsOptions = undefined;
    httpsFirst = [];
    if (!ir.vhosts.some((v) => v.kind === 'any'))
        add(DEFAULT_KEY, catchAllRule(undefined), prio.catchAll('any'), target(ir.defaultUpstream));
    return { routers, filters, used, access, sticky, timed, mirrors };
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
/** The vhost-level ssl-redirect (VhostTls.sslRedirect) as the IR's RequestRedirect (src/ir/match.ts). */
function vhostRedirect(vh) {
    return vh.tls?.sslRedirect ? { type: 'RequestRedirect', scheme: 'https', plainHttpOnly: true, statusCode: 308, ...(vh.tls.stripTrailingSlash ? { stripTrailingSlash: true } : {}) } : undefined;
}
function needsCatchAll(vh) {
    return !vh.prefix.some((r) => r.path === '/'); // the root prefix already takes every path
}
