import { forwardedRouteConfig } from './forwarded-headers.js';
import { requestHeadersToAdd, withResponseHeaders } from './custom-headers.js';
import { blockRoutes } from './configmap-block.js';
import { hstsVhost } from './configmap-hsts.js';
import { DEFAULT_UPSTREAM_RETRY, hasQuietRoutes, isAutoHttpId, redirectOf, routesOf, upstreamHost } from '../../ir/types.js';
import { redirectRoutes } from './redirects.js';
import { locationRegex, parsePortable, wholePathSearch } from '../../ir/regex.js';
import { perRouteConfig } from './route-policies.js';
import { withAffinity, withCors } from './traffic.js';
import { upstreamOf, withBalance } from './load-balancing.js';
import { customResponseConfig, errorPageRoutes, standInHeaders } from './errors.js';
import { responseRewriteConfig } from './response-rewrites.js';
import { withConnectionHeader } from '../connection-header.js';
import { responseHeadersKb, retryPolicy, upgradesOff, vhostRetryPolicy } from './upstream-tuning.js';
import { mirrorPolicies } from './mirror.js';
import { withAccessLog } from './access-log.js';
/** The route's typed_per_filter_config with its response rewrites (response-rewrites.ts). */
const withResponseRewrites = (cfg, rw) => {
    const extra = responseRewriteConfig(rw);
    return extra ? { ...(cfg ?? {}), ...extra } : cfg;
};
import { wildcardAuthorityRegex } from './quote.js';
import { canaryRoutes } from './canary.js';
import { withClientAuth } from './clientcert.js';
import { withLimits } from './limits.js';
const track = (origins, o, at) => {
    if (at)
        origins.set(o, at);
    return o;
};
/**
 * The cluster a route uses: its upstream's, or `<id>.connect<N>s` when the route sets a connect
 * timeout (a cluster setting in Envoy; "." never occurs in an upstream id). clusters.ts makes one
 * cluster per name found here.
 */
export const clusterName = (upstream, r, scheme) => {
    const connect = r?.policies?.timeouts?.connect;
    // Cookie affinity needs a ring-hash cluster (traffic.ts): `.sticky`.
    const sticky = r?.policies?.affinity ? '.sticky' : '';
    // proxy-buffer-size: the cluster's response header limit (upstream-tuning.ts): `.hdr<N>k`.
    const kb = responseHeadersKb(r?.policies?.upstreamTuning);
    const name = `${connect === undefined ? upstream : `${upstream}.connect${connect}s`}${kb === undefined ? '' : `.hdr${kb}k`}${sticky}`;
    // AUTO_HTTP: the HTTPS listener's routes use the upstream's TLS twin (clusters.ts).
    return scheme === 'https' && isAutoHttpId(upstream) ? `${name}.tls` : name;
};
/** The route's own retry policy, if any; a sticky route always has one (its virtual host's moves a retry). */
const routeRetry = (r) => {
    const sticky = r?.policies?.affinity !== undefined;
    return retryPolicy(r?.policies?.upstreamTuning?.retry ?? (sticky ? DEFAULT_UPSTREAM_RETRY : undefined), sticky);
};
/**
 * IR upstream → route action. No upstream: 404. An upstream without endpoints is an empty cluster: Envoy answers 503.
 * timeout 0s: no whole-request deadline (Envoy's default is 15 s); stream_idle_timeout bounds stalls, like nginx's
 * read timeout. A read timeout (proxy-read-timeout) becomes the route's deadline for the whole response (504).
 * upstream-vhost: host_rewrite_literal. Policies (source ranges, body size): per-route filter config.
 * mirror-target: request_mirror_policies (mirror.ts).
 */
function action(upstream, scheme, r) {
    if (upstream === undefined)
        return { direct_response: { status: 404 } };
    const read = r?.policies?.timeouts?.read;
    const host = r ? upstreamHost(r) : undefined;
    const pages = customResponseConfig(r?.errors);
    const perRoute = withResponseRewrites(pages ? { ...perRouteConfig(r?.policies), ...pages } : perRouteConfig(r?.policies), r?.responseRewrites);
    return {
        route: { cluster: clusterName(upstream, r, scheme), timeout: `${read ?? 0}s`, ...(host !== undefined ? { host_rewrite_literal: host } : {}), ...routeRetry(r), ...upgradesOff(r?.policies?.upstreamTuning), ...mirrorPolicies(r?.mirror) },
        ...(perRoute ? { typed_per_filter_config: perRoute } : {}),
        // ingress-nginx clears Authorization after basic authentication.
        ...(r?.policies?.basicAuth ? { request_headers_to_remove: ['authorization'] } : {}),
    };
}
/** `m` for requests whose X-Forwarded-Proto is exactly "http" (forwarded-headers.ts sets it before routing). */
const withForwardedHttp = (m) => ({ ...m, headers: [...(m.headers ?? []), { name: 'x-forwarded-proto', string_match: { exact: 'http' } }] });
/**
 * The routes of one virtual host for one listener, in the IR's evaluation order: exact paths,
 * prefixes longest first, then the fallback (unreachable, so omitted, when "/" is a prefix).
 */
function vhostRoutes(ir, vh, scheme, origins) {
    // A wildcard vhost's own routes need a one-label :authority, unless one route first sends every
    // deeper name where it goes when no route matches (deeperFirst).
    const oneLabel = vh.kind === 'wildcard' && !deeperFirst(ir);
    // Fresh matcher objects per route: no two routes share one (a later change to one route's stays its own).
    const match = (spec) => oneLabel ? { ...spec, headers: [authorityMatcher(vh.wildcardSuffix)] } : spec;
    const own = [];
    const ports = { http: ir.listen.http.port, https: ir.listen.https.port };
    const exactHost = vh.kind === 'exact' ? vh.name : undefined;
    // With use-forwarded-headers (trustClient) an HTTPS redirect answers on either
    // listener when the X-Forwarded-Proto the forwarded filter set (the client's non-empty one, else
    // the listener's) is "http", and the route proxies otherwise: its redirect routes come first.
    const onForwarded = ir.forwarded?.trustClient === true;
    const plainRedirects = (f, spec) => onForwarded && f?.plainHttpOnly ? redirectRoutes(f, 'http', ports, () => withForwardedHttp(match(spec)), exactHost) : [];
    // A route's redirect (redirects.ts) comes before its proxying; on the listener where it does not
    // apply (HTTPS for an HTTPS redirect) the route proxies.
    const push = (spec, redirect, proxied, at) => {
        const plain = plainRedirects(redirect, spec);
        const rd = redirect && !plain.length ? redirectRoutes(redirect, scheme, ports, () => match(spec), exactHost) : [];
        if (rd.length)
            own.push(...rd.map((x) => track(origins, x, at)));
        else
            own.push(...plain.map((x) => track(origins, x, at)), track(origins, { match: match(spec), ...proxied() }, at));
    };
    const routeRedirect = (r) => redirectOf(r, true) ?? redirectOf(r, scheme === 'https' && !onForwarded);
    /** An IR route: its redirect where it applies, else its Envoy routes (canary, CORS, affinity: routesFor). */
    const pushRoute = (spec, r, act) => {
        const redirect = routeRedirect(r);
        const plain = plainRedirects(redirect, spec);
        const rd = redirect && !plain.length ? redirectRoutes(redirect, scheme, ports, () => match(spec), exactHost) : [];
        // The route's redirects are its answers too: enable-access-log "false" silences them (access-log.ts).
        const ownRoute = (x) => track(origins, withAccessLog(x, r), r.origin);
        if (rd.length)
            own.push(...rd.map(ownRoute));
        else
            own.push(...plain.map(ownRoute), ...routesFor(match(spec), r, act, origins, scheme));
    };
    /**
     * The vhost's HTTPS redirect, as `make` builds it for a matcher: one catch-all, after one per
     * route in evaluation order (the quiet ones marked) when a route has enable-access-log "false":
     * ingress-nginx redirects in the location, whose access_log off silences the redirect too.
     */
    const httpsRedirects = (make) => [
        ...(hasQuietRoutes(vh) ? pathSpecs(vh).flatMap(([spec, r]) => make(spec).map((x) => track(origins, withAccessLog(x, r), r.origin))) : []),
        ...make({ prefix: '/' }).map((x) => track(origins, x, vh.tls.origin)),
    ];
    if (onForwarded && vh.tls?.sslRedirect) {
        const redirect = { type: 'RequestRedirect', scheme: 'https', plainHttpOnly: true, statusCode: ir.httpsRedirectCode ?? 308, ...(vh.tls.stripTrailingSlash ? { stripTrailingSlash: true } : {}) };
        own.push(...httpsRedirects((spec) => plainRedirects(redirect, spec)));
    }
    if (scheme === 'http' && vh.tls?.sslRedirect && !onForwarded) {
        // Always name the port: without port_redirect Envoy keeps a port from the Host header
        // (`foo:8080` → `https://foo:8080/`), pointing HTTPS at the wrong port; 443 gives `https://foo:443/`.
        const redirect = { type: 'RequestRedirect', scheme: 'https', plainHttpOnly: true, statusCode: ir.httpsRedirectCode ?? 308, ...(vh.tls.stripTrailingSlash ? { stripTrailingSlash: true } : {}) };
        // A route's own redirect (app-root, permanent-redirect) comes first; lowering leaves none with a vhost-level one.
        own.push(...httpsRedirects((spec) => redirectRoutes(redirect, scheme, ports, () => match(spec), exactHost)));
    }
    else {
        for (const [spec, r] of pathSpecs(vh))
            pushRoute(spec, r, (u) => withFilters(action(u, scheme, r), r));
        if (vh.pathOrder === 'regex-first-match' || !vh.prefix.some((r) => r.path === '/'))
            push({ prefix: '/' }, vh.fallbackRedirect, () => action(vh.fallback, scheme), vh.fallbackOrigin ?? vh.origin);
    }
    // Error pages (errors.ts): the routes of their redirected requests come first.
    own.unshift(...errorPageRoutes(routesOf(vh), (u) => clusterName(u, undefined, scheme), oneLabel ? authorityMatcher(vh.wildcardSuffix) : undefined));
    // Envoy's `*.suffix` domain also catches deeper names; they are routed as if this vhost did not
    // exist (Envoy picks the longest matching wildcard, so when this one fails the one-label test, no
    // Ingress wildcard matches): after the routes above when each requires exactly one label, else
    // first, by one route whose :authority is not one label. Envoy compiles a regex per matcher:
    // one per vhost instead of one per route (~7 KB each, issue 17).
    const mine = scheme === 'https' ? withClientAuth(own, vh) : own;
    if (vh.kind !== 'wildcard')
        return mine;
    const deeper = oneLabel ? [] : unknownHostRoutes(ir, scheme, origins).map((r) => ({ ...r, match: { ...r.match, headers: [{ ...authorityMatcher(vh.wildcardSuffix), invert_match: true }] } }));
    return [...deeper, ...mine, ...unknownHostRoutes(ir, scheme, origins)];
}
/**
 * Whether a wildcard vhost can send deeper names away first: what they get is the default
 * backend's (or 404's) one catch-all route, which takes every path. Host-less rules are a list of
 * routes that need not cover every path (the one-label routes after them would then take the
 * rest), so with them each own route keeps the one-label match.
 */
const deeperFirst = (ir) => anyVhost(ir) === undefined;
/** A vhost's path matchers with their IR routes, in the IR's evaluation order. */
function pathSpecs(vh) {
    // Envoy's safe_regex must match the whole path: the start-anchored search becomes a full match.
    if (vh.pathOrder === 'regex-first-match')
        return (vh.ordered ?? []).map((r) => [{ safe_regex: { regex: `(?i)${wholePathSearch(locationRegex(r.path), 're2')}` } }, r]);
    return [
        ...vh.exact.map((r) => [{ path: r.path }, r]),
        // path_separated_prefix is element-wise (`/p` and `/p/...`) but rejects "/" itself.
        ...vh.prefix.map((r) => [r.path === '/' || r.match === 'StringPrefix' ? { prefix: r.path } : { path_separated_prefix: r.path }, r]),
    ];
}
/** The Envoy routes of one IR route: one, or a canary's decision routes (canary.ts), all from `r`'s origin. */
function routesFor(m, r, act, origins, scheme) {
    const out = r.canary ? canaryRoutes(m, r, act, (u) => clusterName(u, r, scheme)) : [{ match: m, ...act(r.upstream) }];
    // Affinity and CORS on each (traffic.ts): CORS adds the preflight answer and the header-setting copy.
    return out.flatMap((x) => withCors(withAffinity(x, r, scheme), r)).map((x) => track(origins, withAccessLog(withResponseHeaders(withLimits(x, r.policies?.limits), r), r), r.origin));
}
/** A route's filters: rewrite (the whole path, query kept) and request headers (errors.ts: a stand-in's X-Format). */
function withFilters(a, r) {
    const filters = withConnectionHeader(r.filters, r.policies);
    if (!filters?.length || !a.route)
        return a;
    const route = { ...a.route };
    const headers = [];
    for (const f of filters) {
        if (f.type === 'URLRewrite') {
            const re = parsePortable(f.path.pattern);
            // RE2 refuses a substitution naming a group the pattern lacks; nginx substitutes "" for it.
            const substitution = f.path.replacement.replace(/\{([1-9])\}/g, (_, n) => (Number(n) <= re.groups ? `\\${n}` : ''));
            route.regex_rewrite = { pattern: { regex: `(?i)${wholePathSearch(re, 're2')}` }, substitution };
            // Host (upstream-vhost) is the action's host_rewrite_literal: Envoy does not take it as a header to add.
        }
        else if (f.type === 'RequestHeaderModifier')
            for (const h of f.set)
                if (h.name.toLowerCase() !== 'host')
                    headers.push({ header: { key: h.name, value: h.value }, append_action: 'OVERWRITE_IF_EXISTS_OR_ADD' });
    }
    headers.push(...standInHeaders(r));
    return { ...a, route, ...(headers.length ? { request_headers_to_add: headers } : {}) };
}
/** The host-less vhost, found once per table (a search per wildcard vhost was quadratic). */
const anyVhosts = new WeakMap();
const anyVhost = (ir) => {
    if (!anyVhosts.has(ir))
        anyVhosts.set(ir, ir.vhosts.find((v) => v.kind === 'any'));
    return anyVhosts.get(ir);
};
/** What a host that matches no vhost gets: the host-less rules, else the default backend, else 404. */
function unknownHostRoutes(ir, scheme, origins) {
    const any = anyVhost(ir);
    if (any)
        return vhostRoutes(ir, any, scheme, origins);
    return [{ match: { prefix: '/' }, ...action(ir.defaultUpstream, scheme) }];
}
function authorityMatcher(suffix) {
    return { name: ':authority', string_match: { safe_regex: { regex: wildcardAuthorityRegex(suffix) } } };
}
/** The inline route_config of one listener: one Envoy vhost per IR vhost, plus `*` for unknown hosts. */
export function routeConfig(ir, scheme, origins) {
    const vhosts = [];
    for (const vh of ir.vhosts) {
        if (vh.kind === 'any')
            continue;
        // With and without the trailing dot: Envoy keeps the Host the client sent (the backend receives
        // it), so `foo.com.` is matched as a domain of its own, not stripped.
        vhosts.push(track(origins, { name: vh.name, domains: [vh.name, `${vh.name}.`], routes: [...blockRoutes(ir), ...vhostRoutes(ir, vh, scheme, origins)], ...hstsVhost(vh, scheme) }, vh.origin));
    }
    const any = anyVhost(ir);
    // Upstreams of at most one IP address: their clusters have at most that one host (upstream-tuning.ts vhostRetryPolicy).
    const single = new Set(ir.upstreams.filter((u) => u.endpoints.length <= 1 && u.endpoints.every((e) => e.kind === 'ip')).map((u) => u.id));
    const oneHost = (cluster) => single.has(upstreamOf(cluster));
    vhosts.push(track(origins, { name: '*', domains: ['*'], routes: [...blockRoutes(ir), ...unknownHostRoutes(ir, scheme, origins)] }, any?.origin));
    return {
        name: scheme,
        // Ingress hosts have no port: match `foo.com:8080` as `foo.com` without rewriting the Host the backend sees.
        ignore_port_in_host_matching: true,
        ...withRequestHeaders(forwardedRouteConfig(ir, scheme), ir),
        // ConfigMap hide-headers (RouteTable.hideResponseHeaders).
        ...(ir.hideResponseHeaders?.length ? { response_headers_to_remove: [...ir.hideResponseHeaders] } : {}),
        virtual_hosts: withBalance(vhosts, ir).map((v) => ({ ...v, ...vhostRetryPolicy(v.routes, oneHost) })),
    };
}
/** The forwarded headers, then RouteTable.requestHeaders (custom-headers.ts). */
const withRequestHeaders = (f, ir) => ({ ...f, request_headers_to_add: [...f.request_headers_to_add, ...requestHeadersToAdd(ir)] });
/** Wildcard vhosts need a header regex; report whether any exists (for the RE2 program-size limit). */
export const hasWildcards = (ir) => ir.vhosts.some((v) => v.kind === 'wildcard');
/** Hosts in regex mode carry user regexes: counted repeats ({n,m}, n, m <= 255) make large RE2 programs. */
export const hasRegexPaths = (ir) => ir.vhosts.some((v) => v.pathOrder === 'regex-first-match');
