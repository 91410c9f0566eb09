import { responseHeaderSet } from './custom-headers.js';
import { forwardedProxySet, forwardedRoutes } from './forwarded-headers.js';
import { hideRoutes } from './configmap-hide.js';
import { compressionRoutes } from './compression.js';
import { blockRoutes } from './configmap-block.js';
import { headerNameRoutes } from './header-names.js';
import { hstsRoute } from './configmap-hsts.js';
import { hasQuietRoutes, redirectOf } from '../../ir/types.js';
import { redirectHandler } from './redirects.js';
import { UpstreamVariants } from '../upstream-variants.js';
import { errorPageRoute, interceptResponses, standInHeaders, withErrorPages } from './errors.js';
import { responseReplace } from './response-rewrites.js';
import { compareStrings } from '../../util/compare.js';
import { locationRegex, renderPortable } from '../../ir/regex.js';
import { caddyLiteral, dialAddress, exactPathRegexp, prefixPathRegexp, stringPrefixPathRegexp, wildcardHost } from './quote.js';
import { logSkip, routeHandlers } from './route-handlers.js';
import { exactHostTree, wildcardGroups } from './host-dispatch.js';
import { retryFields } from './upstream-tuning.js';
import { balanceHandlers, selectionPolicy, withoutKeyHeader } from './load-balancing.js';
import { transportProtocol } from './backend-protocol.js';
import { canaryRoutes, splitWeights } from './canary.js';
import { canarySide } from '../canary-side.js';
import { affinityHandler, corsHandlers } from './traffic.js';
import { clientAuthRoutes } from './clientcert.js';
import { authHandlers } from './auth.js';
import { extAuthHandlers } from './ext-auth.js';
/**
 * The routes of one server, in the IR's evaluation order. Caddy runs the handlers of every
 * matching route in order unless a route is terminal, and answers an empty 200 when nothing
 * writes a response, so every host and path route is terminal and every list ends with a
 * catch-all:
 *   one route per exact host, then per wildcard (a host matcher `*.suffix` takes one label only,
 *   so deeper names go on to the next routes), each holding a subroute with the exact paths,
 *   the prefixes longest first and the host's fallback or 404 (no fall-through); both grouped
 *   when there are many (host-dispatch.ts); then the host-less vhost without host matcher, or
 *   the default backend, or 404.
 */
export function serverRoutes(ir, scheme, shared) {
    const upstreams = new Map(ir.upstreams.map((u) => [u.id, u]));
    const fwd = forwardedProxySet(ir);
    const named = new Map();
    const variants = new UpstreamVariants(shared?.settingKeys);
    const action = (id, r) => {
        const u = id === undefined ? undefined : upstreams.get(id);
        if (id !== undefined && u === undefined)
            throw new Error(`caddy: unknown upstream ${JSON.stringify(id)}`);
        if (u === undefined)
            return { handler: 'static_response', status_code: 404 };
        if (u.endpoints.length === 0)
            return { handler: 'static_response', status_code: 503 };
        // Routes with their own Host or timeouts share a handler per distinct setting.
        const name = variants.name(u.id, r);
        const v = () => variants.named(name);
        // A name is checked once, when its handler is made.
        if (!named.has(name))
            named.set(caddyLiteral(name), { handle: [...balanceHandlers(u), reverseProxy(u, v(), scheme, fwd)] });
        const invoke = { handler: 'invoke', name };
        // Affinity: the endpoint a cookie names gets the request through a proxy of its own.
        return affinityHandler(r, u, invoke, (e) => ({ ...reverseProxy(u, v(), scheme, fwd), upstreams: [{ dial: caddyLiteral(dialAddress(e.host, e.port)) }] }));
    };
    /** A canary's weighted split: one shared handler over both Services' endpoints, with the route's settings. */
    const split = (r) => {
        const c = r.canary;
        const main = upstreams.get(r.upstream), canary = upstreams.get(c.upstream);
        const weights = splitWeights(main, canary, c.weight, c.weightTotal);
        if (!weights)
            return undefined;
        const variant = variants.name(main.id, r);
        const name = `${variant}+${canary.id}.w${c.weight}of${c.weightTotal}`;
        if (!named.has(name)) {
            const rp = reverseProxy({ ...main, endpoints: [...main.endpoints, ...canary.endpoints] }, variants.named(variant), scheme, fwd);
            named.set(name, { handle: [{ ...rp, load_balancing: { ...rp.load_balancing, selection_policy: { policy: 'weighted_round_robin', weights } } }] });
        }
        return { handler: 'invoke', name: caddyLiteral(name) };
    };
    /** An error upstream's page handler (errors.ts), shared by the routes it serves. */
    const errorPage = (id) => {
        const u = upstreams.get(id);
        if (u === undefined || u.endpoints.length === 0)
            return { handler: 'static_response', status_code: 404 };
        const name = `${id}.errors`;
        if (!named.has(name))
            named.set(name, errorPageRoute(reverseProxy(u, undefined, scheme, fwd)));
        return { handler: 'invoke', name: caddyLiteral(name) };
    };
    const done = (routes) => named.size === 0 ? { routes } : { routes, named_routes: Object.fromEntries([...named].sort(([a], [b]) => compareStrings(a, b))) };
    const exact = [];
    const wildcards = [];
    const hosts = () => [...exactHostTree(exact), ...wildcardGroups(wildcards)];
    for (const vh of ir.vhosts) {
        // A redirect (redirects.ts) answers before the route proxies; absent on the server it does not apply to.
        // With use-forwarded-headers (ForwardedHeaders.trustClient) the HTTPS redirects are not the plain
        // server's alone: on either server they answer when the forwarded scheme is http (PLAIN_REQUEST).
        const onForwarded = ir.forwarded?.trustClient === true;
        const redirected = (r) => r ? redirectHandler(r, onForwarded && r.plainHttpOnly ? 'http' : scheme, { http: ir.listen.http.port, https: ir.listen.https.port }) : undefined;
        const plainOnly = (r) => (r?.plainHttpOnly ? r : undefined);
        const redirects = onForwarded
            ? {
                always: (r) => (r ? redirected(redirectOf(r, true)) : plainOnly(vh.fallbackRedirect) ? undefined : redirected(vh.fallbackRedirect)),
                plain: (r) => redirected(r ? (redirectOf(r, true) ? undefined : redirectOf(r, false)) : plainOnly(vh.fallbackRedirect)),
            }
            : { always: (r) => (r ? redirected(redirectOf(r, true) ?? redirectOf(r, scheme === 'https')) : redirected(vh.fallbackRedirect)), plain: () => undefined };
        const vhostRedirect = { type: 'RequestRedirect', scheme: 'https', plainHttpOnly: true, statusCode: ir.httpsRedirectCode ?? 308, ...(vh.tls?.stripTrailingSlash ? { stripTrailingSlash: true } : {}) };
        // The HTTP server's routes of a host are kept for the HTTPS server, which takes them when its steps answer alike.
        const steps = { action, split, errorPage, ...redirects };
        const build = (s) => vhostRoutes(vh, s, (id) => upstreams.get(id));
        const own = (s = steps) => (shared === undefined ? build(s) : scheme === 'http' ? shared.record(vh, s, build) : shared.reuse(vh, s, build));
        // A host with a quiet route (enable-access-log "false") is redirected per route, the quiet
        // ones unlogged: ingress-nginx redirects in the location, whose access_log off covers it.
        const perRoute = hasQuietRoutes(vh);
        const https = () => redirected(vhostRedirect);
        let routes = vh.tls?.sslRedirect && onForwarded
            ? perRoute
                ? own({ ...steps, plain: https })
                : [{ match: [PLAIN_REQUEST], handle: [redirected(vhostRedirect)], terminal: true }, ...own()]
            : scheme === 'http' && vh.tls?.sslRedirect
                ? perRoute
                    ? build({ ...steps, always: https, plain: () => undefined })
                    : [{ handle: [redirected(vhostRedirect)], terminal: true }]
                : own();
        // New arrays: `routes` may be the HTTP server's too.
        const first = [...hstsRoute(vh, scheme), ...(scheme === 'https' && vh.tls?.clientAuth ? clientAuthRoutes(vh.tls.clientAuth, vh) : [])];
        if (first.length)
            routes = [...first, ...routes];
        if (vh.kind === 'any')
            return done([...headerNameRoutes(ir), ...compressionRoutes(ir), ...hideRoutes(ir), ...forwardedRoutes(ir), BAD_ESCAPES, ...blockRoutes(ir), ...hosts(), ...routes]);
        const names = hostNames(vh);
        const host = { names, route: { match: [{ host: names }], handle: [{ handler: 'subroute', routes }], terminal: true } };
        if (vh.kind === 'exact')
            exact.push(host);
        else
            wildcards.push({ suffix: vh.wildcardSuffix, host });
    }
    return done([...headerNameRoutes(ir), ...compressionRoutes(ir), ...hideRoutes(ir), ...forwardedRoutes(ir), BAD_ESCAPES, ...blockRoutes(ir), ...hosts(), { handle: [action(ir.defaultUpstream)], terminal: true }]);
}
/**
 * The normalisation rule's 400 for an escaped "/", "\" or NUL (normalize-path.ts), checked on the
 * request target as received: Caddy's matchers see the decoded, cleaned path, where %2F has become
 * a separator and a segment holding it may have been removed by a "..". (Invalid escapes are
 * already a 400 from Go's HTTP server.)
 */
const BAD_ESCAPES = {
    match: [{ vars_regexp: { '{http.request.uri}': { pattern: '^[^?]*%(?:2[fF]|5[cC]|00)' } } }],
    handle: [{ handler: 'static_response', status_code: 400 }],
    terminal: true,
};
/** Caddy's host matcher ignores case and the port, but not a trailing dot: list both spellings. */
function hostNames(vh) {
    const name = vh.kind === 'wildcard' ? wildcardHost(vh.wildcardSuffix) : caddyLiteral(vh.name);
    return [name, `${name}.`];
}
/** The forwarded scheme (forwarded-headers.ts: the client's non-empty X-Forwarded-Proto, else the listener's) is http. */
const PLAIN_REQUEST = { vars: { '{http.vars.ingressc_proto}': ['http'] } };
/** `routes` preceded by the plain-HTTP redirect `rd` of route `r` under matcher `m` (none: unchanged). */
const afterPlainRedirect = (rd, m, routes, r) => rd ? [{ match: [{ ...(m ?? {}), ...PLAIN_REQUEST }], handle: [...logSkip(r), rd], terminal: true }, ...routes] : routes;
/** A host's routes: everything they need from their server comes from `steps` (shared-routes.ts). */
function vhostRoutes(vh, steps, upstreamOf) {
    const { action, split, errorPage } = steps;
    const redirects = steps;
    const routes = [];
    // A redirect (redirects.ts) answers alone, before anything else the route does (nginx's rewrite phase).
    const fallback = () => afterPlainRedirect(redirects.plain(), undefined, [{ handle: [redirects.always() ?? action(vh.fallback)], terminal: true }]);
    // A route with a canary becomes its decision routes and a split (canary.ts); every one of them
    // runs the route's access checks, body limit and filters first (route-handlers.ts), and CORS
    // wraps all of that: its preflight answer comes before the access checks (ingress-nginx answers
    // it in nginx's rewrite phase).
    const routeFor = (m, r) => {
        // The route's redirects are its answers: unlogged when it is quiet (logSkip). The plain-HTTP
        // one comes first: a host's HTTPS redirect (routes per route when the host has a quiet one)
        // answers before the route's own redirect.
        const rd = redirects.always(r);
        if (rd)
            return afterPlainRedirect(redirects.plain(r), m, [{ ...(m ? { match: [m] } : {}), handle: [...logSkip(r), rd], terminal: true }], r);
        const own = r.canary ? canaryRoutes(m, r, (u) => action(u, u === r.upstream ? r : canarySide(r)), split(r), upstreamOf) : [m ? { match: [m], handle: [action(r.upstream, r)], terminal: true } : { handle: [action(r.upstream, r)], terminal: true }];
        // Authentication (auth.ts, ext-auth.ts) after the access checks and body limit, before the rewrite.
        const auth = [...authHandlers(r), ...extAuthHandlers(r)];
        // `own`'s routes are new objects: their handlers are completed in place.
        for (const x of own) {
            const handle = routeHandlers(r, auth);
            handle.push(...x.handle);
            x.handle = corsHandlers(r, withErrorPages(r, handle, errorPage));
        }
        return afterPlainRedirect(redirects.plain(r), m, own, r);
    };
    const pathRoute = (pattern, r) => routeFor({ path_regexp: { pattern } }, r);
    if (vh.pathOrder === 'regex-first-match') {
        // ingress-nginx's `location ~* "^<path>"`, tried in the IR's order: the first match wins.
        for (const r of vh.ordered ?? [])
            routes.push(...pathRoute(`(?i)${renderPortable(locationRegex(r.path), 're2')}`, r));
        routes.push(...fallback());
        return routes;
    }
    for (const r of vh.exact)
        routes.push(...pathRoute(exactPathRegexp(r.path), r));
    for (const r of vh.prefix) {
        if (r.path === '/') {
            // Matches everything: the fallback after it is unreachable.
            routes.push(...routeFor(undefined, r));
            return routes;
        }
        routes.push(...pathRoute(r.match === 'StringPrefix' ? stringPrefixPathRegexp(r.path) : prefixPathRegexp(r.path), r));
    }
    routes.push(...fallback());
    return routes;
}
/**
 * The reverse_proxy of an upstream with endpoints, shared by all its routes through `invoke`
 * (one handler per route would mean one connection pool each: 50,000 routes took 1.2 GB to
 * load). Caddy keeps the Host header and sets X-Forwarded-For/-Proto/-Host by default; round
 * robin like the other targets. Without endpoints the route answers 503, without upstream 404.
 */
function reverseProxy(u, v, scheme, fwd) {
    const t = v?.timeouts;
    // The http transport's dial, read and write timeouts are ingress-nginx's connect, read and send.
    // AUTO_HTTP: each server (http, https) has its own named handlers, TLS on the https one.
    const proto = transportProtocol(u, scheme === 'https');
    const transport = t || proto
        ? {
            transport: {
                protocol: 'http',
                ...proto,
                ...(t?.connect !== undefined ? { dial_timeout: `${t.connect}s` } : {}),
                ...(t?.read !== undefined ? { read_timeout: `${t.read}s` } : {}),
                ...(t?.send !== undefined ? { write_timeout: `${t.send}s` } : {}),
            },
        }
        : {};
    return withoutKeyHeader({
        handler: 'reverse_proxy',
        upstreams: u.endpoints.map((e) => ({ dial: caddyLiteral(dialAddress(e.host, e.port)) })),
        load_balancing: { selection_policy: selectionPolicy(u), ...retryFields(v?.retry, u.endpoints.length) },
        // Caddy drops its own Server header from proxied responses; set it as nginx and Envoy do
        // (they replace the upstream's), which the conformance suite expects of an Ingress.
        // Over TLS Caddy would send the upstream's address as Host: keep the client's, as nginx's $http_host.
        headers: { ...requestHeaders(v, proto?.tls !== undefined, fwd), response: { set: { Server: ['Caddy'], ...responseHeaderSet(v?.responseHeaders) }, ...responseReplace(v?.responseRewrites) } },
        ...transport,
        ...interceptResponses(v),
    }, u);
}
/** Host (upstream-vhost) and a default-backend stand-in's headers (errors.ts). */
function requestHeaders(v, tls, fwd) {
    const host = v?.host !== undefined ? { Host: [caddyLiteral(v.host)] } : tls ? { Host: ['{http.request.hostport}'] } : {};
    // forwardedProxySet: the ConfigMap's realip modes, over Caddy's own X-Forwarded-*.
    const set = { ...fwd, ...host, ...standInHeaders(v) };
    return Object.keys(set).length ? { request: { set } } : {};
}
