import type { VirtualHost } from '../ir/types.js';
/**
 * The controller ConfigMap's http-redirect-code (configmap.md; config.go HTTPRedirectCode, 308 by
 * default): the status lua_ingress.lua's redirect_to_https answers (ssl-redirect,
 * force-ssl-redirect) and nginx.tmpl's from-to-www redirect servers return. In the IR those are
 * the plain-HTTP-only route redirects, every fallbackRedirect (only those two make one) and the
 * vhost-level ssl-redirect (RouteTable.httpsRedirectCode, set by the caller). A location's own
 * permanent-/temporal-redirect keeps its code.
 */
export declare function applyRedirectCode(vhosts: readonly VirtualHost[], code: 301 | 302 | 307 | undefined): void;
/**
 * The ConfigMap's no-tls-redirect-locations (default "/.well-known/acme-challenge"): nginx.tmpl
 * gives lua_ingress.lua `force_no_ssl_redirect` to every location whose path starts with a listed
 * prefix (isLocationInLocationList), and such a location redirects to HTTPS neither for
 * ssl-redirect nor for force-ssl-redirect. A vhost-level redirect is spread over its routes and
 * fallback first. Hosts requiring client certificates keep their redirect (their plain-HTTP side
 * would otherwise be open without the certificate check): stricter, and the support cell says so.
 */
export declare function exemptFromHttpsRedirect(vhosts: readonly VirtualHost[], prefixes: readonly string[]): void;
