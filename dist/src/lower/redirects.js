import { redirectOf, routesOf } from '../ir/types.js';
import { NGINX_PREFIX } from '../providers/ingress-nginx/read.js';
import { isRedirectPath, locationRedirect } from '../providers/ingress-nginx/families/redirects.js';
import { supportOf } from '../providers/ingress-nginx/support.js';
import { PER_LOCATION_SSL_REDIRECT } from '../providers/ingress-nginx/support-rows/redirects.js';
import { compareStrings } from '../util/compare.js';
import { describePrecedence } from './precedence.js';
import { hostKind } from './vhosts.js';
import { vhostName } from './by-host.js';
/**
 * ingress-nginx's redirect annotations, decided per location as it does (semantics.md §3.6, §4):
 *   - permanent-redirect / temporal-redirect: the location answers `return <code> <url>` instead
 *     of proxying (a filter on every route of the Ingress); a path as URL is made absolute by
 *     nginx (absolute_redirect on, port_in_redirect off) unless relative-redirects turns that off;
 *   - app-root: a server-level `if ($uri = /) { return 302 $scheme://$http_host<app-root>; }`
 *     (an Exact "/" route that redirects);
 *   - ssl-redirect / force-ssl-redirect / preserve-trailing-slash: lua_ingress.lua's
 *     redirect_to_https, per location: force-ssl-redirect, or ssl-redirect (default true, and the
 *     global --ssl-redirect) when the host has a certificate; 308 to https://<host><request_uri>,
 *     the final "/" of the request URI dropped unless preserve-trailing-slash.
 * Those come in nginx's phase order: app-root (server rewrite), the location's `return`, then the
 * HTTPS redirect (rewrite_by_lua, after the location's rewrite directives).
 */
/** The location redirect of an Ingress's routes, when the target honours the key that decides it. */
export function locationRedirectFilters(ing, target) {
    const r = locationRedirect(ing.features.redirects);
    if (!r || !supportOf(r.key, target))
        return [];
    // Only a path is affected: nginx's absolute_redirect concerns the Locations it builds itself.
    const relative = isRedirectPath(r.url) && ing.features.redirects?.relative === true && supportOf('relative-redirects', target) !== undefined;
    return [{ type: 'RequestRedirect', location: r.url, statusCode: r.code, ...(relative ? { relative: true } : {}) }];
}
/** lua_ingress.lua redirect_to_https for a location of `owner` on a host with (or without) a certificate. */
function httpsDecision(owner, hostHasCert, globalRedirect, target) {
    const s = owner?.features.redirects;
    const force = s?.forceSslRedirect === true && supportOf('force-ssl-redirect', target) !== undefined;
    const ssl = (owner?.sslRedirect ?? true) && globalRedirect && hostHasCert;
    const preserve = s?.preserveTrailingSlash === true && supportOf('preserve-trailing-slash', target) !== undefined;
    return { redirect: force || ssl, strip: !preserve };
}
const httpsFilter = (d) => ({ type: 'RequestRedirect', scheme: 'https', plainHttpOnly: true, statusCode: 308, ...(d.strip ? { stripTrailingSlash: true } : {}) });
/** Targets that decide ssl-redirect per location (their support rows say so); the others per host (collectTls). */
export const perLocationSslRedirect = (target) => PER_LOCATION_SSL_REDIRECT.has(target);
/**
 * Decides the HTTPS redirect of one built vhost per location. When every route and the fallback
 * agree (and no route answers a redirect of its own first), it stays the vhost-level
 * `tls.sslRedirect`; else each redirecting route gets a plain-HTTP-only RequestRedirect and the
 * fallback follows the Ingress that created the host (ingress-nginx's default location).
 */
export function applyHttpsRedirects(vh, owners, fallbackOwner, hostHasCert, globalRedirect, target) {
    const routes = routesOf(vh);
    const decide = (o) => httpsDecision(o, hostHasCert, globalRedirect, target);
    const decisions = routes.map((r) => ({ r, d: decide(owners.get(r.ingress)) }));
    const fb = decide(fallbackOwner);
    const ownRedirect = routes.some((r) => redirectOf(r, true) !== undefined);
    const same = (a, b) => a.redirect === b.redirect && (!a.redirect || a.strip === b.strip);
    if (vh.tls && !ownRedirect && decisions.every(({ d }) => same(d, fb))) {
        vh.tls.sslRedirect = fb.redirect;
        if (fb.redirect && fb.strip)
            vh.tls.stripTrailingSlash = true;
        return;
    }
    if (vh.tls)
        vh.tls.sslRedirect = false;
    for (const { r, d } of decisions) {
        if (!d.redirect || redirectOf(r, true))
            continue;
        r.filters = [...(r.filters ?? []), httpsFilter(d)];
    }
    if (fb.redirect)
        vh.fallbackRedirect = httpsFilter(fb);
}
/**
 * app-root of the host's Ingresses: the first (in precedence order) that sets it decides, as the
 * server-level check is written once per server. `ingresses` arrive in precedence order.
 */
export function applyAppRoot(vh, ingresses, target, diags) {
    let chosen;
    for (const ing of ingresses) {
        const value = ing.features.redirects?.appRoot;
        if (value === undefined || !supportOf('app-root', target))
            continue;
        if (!ing.rules.some((r) => vhostName(r.host) === vh.name))
            continue;
        const ref = ing.annotationUses.find((u) => u.key === `${NGINX_PREFIX}app-root`)?.ref ?? ing.ref;
        if (chosen) {
            if (chosen.value !== value)
                diags.report('IC3100', ref, { host: vh.name, value, ingress: ing.id, other: chosen.ing.id, otherValue: chosen.value, why: describePrecedence(chosen.ing, ing) });
            continue;
        }
        chosen = { ing, value };
        const own = routesOf(vh).filter((r) => r.ingress === ing.id);
        const regex = vh.pathOrder === 'regex-first-match';
        const upstream = (regex ? vh.ordered?.find((r) => r.sourcePath === '/')?.upstream : (vh.exact.find((r) => r.path === '/') ?? vh.prefix.find((r) => r.path === '/'))?.upstream) ?? vh.fallback ?? own[0]?.upstream;
        if (upstream === undefined)
            return;
        const route = {
            // In regex mode the server's `$uri = /` check still comes before every regex location: a
            // regex route matching "/" alone, tried first.
            path: regex ? '/$' : '/',
            match: regex ? 'RegularExpression' : 'Exact',
            pathType: 'Exact',
            sourcePath: '/',
            upstream,
            ingress: ing.id,
            filters: [{ type: 'RequestRedirect', path: { type: 'ReplaceFullPath', value }, statusCode: 302 }],
            origin: ref,
        };
        if (regex)
            vh.ordered = [route, ...(vh.ordered ?? [])];
        else
            vh.exact = [...vh.exact.filter((r) => r.path !== '/'), route].sort((a, b) => compareStrings(a.path, b.path));
    }
}
/**
 * server-alias: more names for a host's server (nginx.tmpl appends them to server_name), so an
 * alias answers exactly like the host, with every Ingress's paths of it. As ingress-nginx's
 * createServers: the first Ingress (precedence order) naming the host with aliases decides them;
 * an alias that is a host of some rule, or an alias already taken, is ignored with a warning. The
 * alias has no certificate of its own (the copy has no tls): its HTTPS redirect is decided again,
 * by force-ssl-redirect only, as lua_ingress.lua finds no certificate for that name.
 */
export function aliasVhosts(vh, ingresses, hosts, taken, target, diags) {
    if (vh.kind === 'any' || !supportOf('server-alias', target))
        return [];
    const owner = ingresses.find((ing) => ing.features.redirects?.aliases?.length && ing.rules.some((r) => r.host.toLowerCase() === vh.name));
    const out = [];
    for (const alias of owner?.features.redirects?.aliases ?? []) {
        const ref = owner.annotationUses.find((u) => u.key === `${NGINX_PREFIX}server-alias`)?.ref ?? owner.ref;
        if (hosts.has(alias) || taken.has(alias)) {
            diags.report('IC3102', ref, { alias, host: vh.name, ingress: owner.id, why: hosts.has(alias) ? 'a rule names that host' : 'another host has that alias' });
            continue;
        }
        taken.add(alias);
        const kind = hostKind(alias);
        const copy = (r) => ({ ...r, ...(r.filters ? { filters: r.filters.filter((f) => !(f.type === 'RequestRedirect' && f.plainHttpOnly)) } : {}) });
        const { tls: _tls, fallbackRedirect: _fb, ...rest } = vh;
        out.push({
            ...rest,
            name: alias,
            kind,
            wildcardSuffix: kind === 'wildcard' ? alias.slice(2) : '',
            exact: vh.exact.map(copy),
            prefix: vh.prefix.map(copy),
            ...(vh.ordered ? { ordered: vh.ordered.map(copy) } : {}),
            origin: ref,
        });
    }
    return out;
}
/**
 * from-to-www-redirect (nginx.go buildRedirects, nginx.tmpl's redirect servers): for a host whose
 * server was created by an Ingress with the annotation, a server for the other name ("www." added
 * or removed) answers every request with 308 to `<scheme>://<host>:<server port><request URI>`, the
 * URI's final "/" dropped. Not when a rule already names the other host (IC3103), nor for wildcards.
 * A tls entry naming the other host gives it that certificate (for the HTTPS to HTTPS redirect).
 */
export function fromToWwwVhost(vh, owner, hosts, taken, certificateOf, target, diags) {
    if (vh.kind !== 'exact' || !owner?.features.redirects?.fromToWww || !supportOf('from-to-www-redirect', target))
        return undefined;
    const from = vh.name.startsWith('www.') ? vh.name.slice(4) : `www.${vh.name}`;
    const ref = owner.annotationUses.find((u) => u.key === `${NGINX_PREFIX}from-to-www-redirect`)?.ref ?? owner.ref;
    if (hosts.has(from) || taken.has(from)) {
        diags.report('IC3103', ref, { from, host: vh.name, ingress: owner.id });
        return undefined;
    }
    taken.add(from);
    const cert = certificateOf(from);
    return {
        name: from,
        kind: 'exact',
        wildcardSuffix: '',
        exact: [],
        prefix: [],
        fallbackRedirect: { type: 'RequestRedirect', hostname: vh.name, stripTrailingSlash: true, statusCode: 308 },
        ...(cert ? { tls: { certificate: cert.certificate, sslRedirect: false, origin: cert.origin } } : {}),
        origin: ref,
    };
}
