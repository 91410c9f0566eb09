import type { Diagnostics } from '../diagnostics/collector.js';
import type { SourceRef, TargetName } from '../diagnostics/types.js';
import { type RouteFilter, type VirtualHost } from '../ir/types.js';
import type { IngressModel } from '../validate/model.js';
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
export declare function locationRedirectFilters(ing: IngressModel, target: TargetName): RouteFilter[];
/** Targets that decide ssl-redirect per location (their support rows say so); the others per host (collectTls). */
export declare const perLocationSslRedirect: (target: TargetName) => boolean;
/**
 * Decides the HTTPS redirect of one built vhost per location. When every route and the fallback
 * agree (and no route answers a redirect of its own first), it stays the vhost-level
 * `tls.sslRedirect`; else each redirecting route gets a plain-HTTP-only RequestRedirect and the
 * fallback follows the Ingress that created the host (ingress-nginx's default location).
 */
export declare function applyHttpsRedirects(vh: VirtualHost, owners: ReadonlyMap<string, IngressModel>, fallbackOwner: IngressModel | undefined, hostHasCert: boolean, globalRedirect: boolean, target: TargetName): void;
/**
 * app-root of the host's Ingresses: the first (in precedence order) that sets it decides, as the
 * server-level check is written once per server. `ingresses` arrive in precedence order.
 */
export declare function applyAppRoot(vh: VirtualHost, ingresses: readonly IngressModel[], target: TargetName, diags: Diagnostics): void;
/**
 * server-alias: more names for a host's server (nginx.tmpl appends them to server_name), so an
 * alias answers exactly like the host, with every Ingress's paths of it. As ingress-nginx's
 * createServers: the first Ingress (precedence order) naming the host with aliases decides them;
 * an alias that is a host of some rule, or an alias already taken, is ignored with a warning. The
 * alias has no certificate of its own (the copy has no tls): its HTTPS redirect is decided again,
 * by force-ssl-redirect only, as lua_ingress.lua finds no certificate for that name.
 */
export declare function aliasVhosts(vh: VirtualHost, ingresses: readonly IngressModel[], hosts: ReadonlySet<string>, taken: Set<string>, target: TargetName, diags: Diagnostics): VirtualHost[];
/**
 * from-to-www-redirect (nginx.go buildRedirects, nginx.tmpl's redirect servers): for a host whose
 * server was created by an Ingress with the annotation, a server for the other name ("www." added
 * or removed) answers every request with 308 to `<scheme>://<host>:<server port><request URI>`, the
 * URI's final "/" dropped. Not when a rule already names the other host (IC3103), nor for wildcards.
 * A tls entry naming the other host gives it that certificate (for the HTTPS to HTTPS redirect).
 */
export declare function fromToWwwVhost(vh: VirtualHost, owner: IngressModel | undefined, hosts: ReadonlySet<string>, taken: Set<string>, certificateOf: (host: string) => {
    certificate: string;
    origin: SourceRef;
} | undefined, target: TargetName, diags: Diagnostics): VirtualHost | undefined;
