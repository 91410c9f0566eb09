import type { Diagnostics } from '../diagnostics/collector.js';
import type { TargetName } from '../diagnostics/types.js';
import { routesOf, type MirrorTargetPart, type Route, type RouteMirror, type VirtualHost } from '../ir/types.js';
import { defaultMirrorHost } from '../providers/ingress-nginx/families/mirror.js';
import { NGINX_PREFIX } from '../providers/ingress-nginx/read.js';
import { supportOf } from '../providers/ingress-nginx/support.js';
import { COPIES_AS_PROXIED } from '../providers/ingress-nginx/support-rows/mirror.js';
import type { IngressModel } from '../validate/model.js';

/**
 * ingress-nginx's mirror annotations, as its template writes them: every location of the Ingress
 * gets `mirror /_mirror-<uid>; mirror_request_body on|off;` (the doc: "applied to all paths within
 * the ingress resource"), and one internal location per Ingress proxies to the target with
 * `proxy_set_header Host <mirror-host, else the target's host without port>`.
 *
 * The copy's request target: nginx's proxy_pass with a variable ($request_uri) sends the evaluated
 * URL's path as it is; without one it sends the URL's path followed by the subrequest's query,
 * which is the request's (ngx_http_mirror_module passes the request's args): a template of text
 * alone ends with the request's query.
 *
 * Only keys the target honours reach the IR (annotation-support.ts reported the others: a warning,
 * mirroring is tuning); routes that answer every request with a redirect are never proxied and
 * get no mirror.
 */
export function routeMirror(ing: Pick<IngressModel, 'features' | 'annotations'>, target: TargetName): RouteMirror | undefined {
  const s = ing.features.mirror;
  const t = s?.target;
  const support = supportOf('mirror-target', target);
  // A target it cannot express was refused (IC3071): no mirror in the IR either.
  if (!t || !support || support.refuse?.(ing.annotations[`${NGINX_PREFIX}mirror-target`] ?? '') !== undefined) return undefined;
  const parts: MirrorTargetPart[] = t.parts.map((p): MirrorTargetPart => ('text' in p ? { text: p.text } : { request: 'target' }));
  if (t.parts.every((p) => 'text' in p)) parts.push({ request: 'query' });
  const hostHeader = s!.host !== undefined && supportOf('mirror-host', target) ? s!.host : defaultMirrorHost(t);
  const body = !(s!.body === false && supportOf('mirror-request-body', target));
  return { scheme: t.scheme, host: t.host, ...(t.port !== undefined ? { port: t.port } : {}), target: parts, hostHeader, body };
}

/** A redirect answers every request of the route: nothing is proxied, nothing mirrored. */
const alwaysRedirects = (r: Route): boolean => r.filters?.some((f) => f.type === 'RequestRedirect' && !f.plainHttpOnly) === true;

const rewrites = (r: Route): boolean => r.filters?.some((f) => f.type === 'URLRewrite') === true;

/**
 * Sets the mirror of every route of each Ingress with mirror-target (aliases' copies included). A
 * target that copies the request as proxied cannot send a rewritten route's copy with the path the
 * client sent: refused (IC3230), once per Ingress, at its mirror-target.
 */
export function applyMirrors(vhosts: readonly VirtualHost[], ingresses: readonly IngressModel[], target: TargetName, diags: Diagnostics): void {
  const byIngress = new Map<string, { m: RouteMirror; ing: IngressModel }>();
  for (const ing of ingresses) {
    const m = routeMirror(ing, target);
    if (m) byIngress.set(ing.id, { m, ing });
  }
  if (byIngress.size === 0) return;
  const refused = new Set<string>();
  for (const vh of vhosts)
    for (const r of routesOf(vh)) {
      const e = byIngress.get(r.ingress);
      if (!e || alwaysRedirects(r) || refused.has(r.ingress)) continue;
      if (COPIES_AS_PROXIED.has(target) && rewrites(r)) {
        refused.add(r.ingress);
        const key = `${NGINX_PREFIX}mirror-target`;
        diags.report('IC3230', e.ing.annotationUses.find((u) => u.key === key)?.ref ?? e.ing.ref, { key, ingress: r.ingress, target }, { field: `metadata.annotations[${JSON.stringify(key)}]`, target });
        continue;
      }
      r.mirror = e.m;
    }
}
