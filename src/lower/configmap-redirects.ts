import type { RequestRedirect, RouteFilter, VirtualHost } from '../ir/types.js';
import { routesOf } from '../ir/types.js';

/**
 * The controller ConfigMap's http-redirect-code (configmap.md; config.go HTTPRedirectCode, 308 by
 * default): the status lua_ingress.lua's redirect_to_https answers (ssl-redirect,
 * force-ssl-redirect) and nginx.tmpl's from-to-www redirect servers return. In the IR those are
 * the plain-HTTP-only route redirects, every fallbackRedirect (only those two make one) and the
 * vhost-level ssl-redirect (RouteTable.httpsRedirectCode, set by the caller). A location's own
 * permanent-/temporal-redirect keeps its code.
 */
export function applyRedirectCode(vhosts: readonly VirtualHost[], code: 301 | 302 | 307 | undefined): void {
  if (code === undefined) return;
  const recode = (f: RequestRedirect): RequestRedirect => ({ ...f, statusCode: code });
  for (const vh of vhosts) {
    for (const r of routesOf(vh))
      if (r.filters) r.filters = r.filters.map((f): RouteFilter => (f.type === 'RequestRedirect' && f.plainHttpOnly ? recode(f) : f));
    if (vh.fallbackRedirect) vh.fallbackRedirect = recode(vh.fallbackRedirect);
  }
}
