import { hasQuietRoutes, isQuiet, routesOf } from '../../ir/types.js';
import { cfgName } from './quote.js';
/**
 * enable-access-log "false" (RoutePolicies.accessLog; ingress-nginx's `access_log off;` in the
 * location): every answer of the route goes unlogged, its redirects too. The route's own backends
 * start with SILENT (policies.ts; redirects.ts for its redirect backends). The host's HTTPS
 * redirect is decided in the frontend before routing, so on a host with a quiet route it moves
 * after the routing lookups (frontend.ts): there the request's backend tells whether its route
 * is quiet (QUIET_BACKENDS lists the quiet routes' backends), as ingress-nginx redirects in the
 * location. A host without quiet routes keeps its redirect before routing.
 */
export const SILENT = 'http-request set-log-level silent';
/** ssl-redirect.map values of a host with quiet routes: redirected after routing (the early rule matches "strip"/"keep" only). */
export const ROUTED_PREFIX = 'routed-';
/** The backends of quiet routes, one per line (a pattern file: an inline list has at most 64 words a line). */
export const QUIET_BACKENDS = 'acl/quiet-backends.lst';
/** Is the HTTPS redirect of some host decided after routing? */
export const routedHttpsRedirect = (ir) => ir.vhosts.some((v) => v.tls?.sslRedirect === true && hasQuietRoutes(v));
/** QUIET_BACKENDS, when some host's HTTPS redirect is decided after routing. */
export function quietBackendsFile(ir, backendOf, orderedBackendOf) {
    if (!routedHttpsRedirect(ir))
        return [];
    const names = new Set();
    for (const vh of ir.vhosts) {
        if (!vh.tls?.sslRedirect)
            continue;
        const of = vh.pathOrder === 'regex-first-match' ? orderedBackendOf : backendOf;
        for (const r of routesOf(vh))
            if (isQuiet(r))
                names.add(cfgName(of(r)));
    }
    return [{ path: QUIET_BACKENDS, content: [...names].sort().map((n) => `${n}\n`).join('') }];
}
