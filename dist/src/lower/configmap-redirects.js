import { redirectOf, routesOf } from '../ir/types.js';
/**
 * The controller ConfigMap's http-redirect-code (configmap.md; config.go HTTPRedirectCode, 308 by
 * default): the status lua_ingress.lua's redirect_to_https answers (ssl-redirect,
 * force-ssl-redirect) and nginx.tmpl's from-to-www redirect servers return. In the IR those are
 * the plain-HTTP-only route redirects, every fallbackRedirect (only those two make one) and the
 * vhost-level ssl-redirect (RouteTable.httpsRedirectCode, set by the caller). A location's own
 * permanent-/temporal-redirect keeps its code.
 */
export function applyRedirectCode(vhosts, code) {
    if (code === undefined)
        return;
    const recode = (f) => ({ ...f, statusCode: code });
    for (const vh of vhosts) {
        for (const r of routesOf(vh))
            if (r.filters)
                r.filters = r.filters.map((f) => (f.type === 'RequestRedirect' && f.plainHttpOnly ? recode(f) : f));
        if (vh.fallbackRedirect)
            vh.fallbackRedirect = recode(vh.fallbackRedirect);
    }
}
/**
 * The ConfigMap's no-tls-redirect-locations (default "/.well-known/acme-challenge"): nginx.tmpl
 * gives lua_ingress.lua `force_no_ssl_redirect` to every location whose path starts with a listed
 * prefix (isLocationInLocationList), and such a location redirects to HTTPS neither for
 * ssl-redirect nor for force-ssl-redirect. A vhost-level redirect is spread over its routes and
 * fallback first. Hosts requiring client certificates keep their redirect (their plain-HTTP side
 * would otherwise be open without the certificate check): stricter, and the support cell says so.
 */
export function exemptFromHttpsRedirect(vhosts, prefixes) {
    if (prefixes.length === 0)
        return;
    const exempt = (path) => prefixes.some((p) => path.startsWith(p));
    const isHttps = (f) => f.type === 'RequestRedirect' && f.plainHttpOnly === true;
    for (const vh of vhosts) {
        if (vh.tls?.clientAuth)
            continue;
        const routes = routesOf(vh);
        if (!routes.some((r) => exempt(r.sourcePath)))
            continue;
        if (vh.tls?.sslRedirect) {
            const f = { type: 'RequestRedirect', scheme: 'https', plainHttpOnly: true, statusCode: 308, ...(vh.tls.stripTrailingSlash ? { stripTrailingSlash: true } : {}) };
            for (const r of routes)
                if (!redirectOf(r, true))
                    r.filters = [...(r.filters ?? []), f];
            vh.fallbackRedirect = f;
            vh.tls.sslRedirect = false;
            delete vh.tls.stripTrailingSlash;
        }
        for (const r of routes) {
            if (!exempt(r.sourcePath) || !r.filters?.some(isHttps))
                continue;
            const rest = r.filters.filter((x) => !isHttps(x));
            if (rest.length)
                r.filters = rest;
            else
                delete r.filters;
        }
    }
}
