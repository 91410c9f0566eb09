import type { Diagnostics } from '../diagnostics/collector.js';
import type { TargetName } from '../diagnostics/types.js';
import { routesOf, type AffinityPolicy, type CorsPolicy, type Route, type RoutePolicies, type Upstream, type VirtualHost } from '../ir/types.js';
import { CORS_DEFAULTS, DEFAULT_COOKIE_NAME } from '../providers/ingress-nginx/families/traffic.js';
import { supportOf } from '../providers/ingress-nginx/support.js';
import { EXPIRES_AS_MAX_AGE } from '../providers/ingress-nginx/support-rows/traffic.js';
import type { IngressModel } from '../validate/model.js';

/**
 * The traffic family's per-route policies: CORS when enable-cors is true and the target honours
 * it (otherwise annotation-support.ts has reported it). ingress-nginx's defaults fill what the
 * Ingress leaves out.
 */
export function trafficPolicies(ing: IngressModel, target: TargetName): Pick<RoutePolicies, 'cors' | 'affinity' | 'accessLog'> {
  // enable-access-log: "false" only; a target without the row has warned (tuning).
  const quiet = ing.features.traffic?.accessLog === false && supportOf('enable-access-log', target) ? { accessLog: false as const } : {};
  return { ...corsPolicy(ing, target), ...affinityPolicy(ing, target), ...quiet };
}

/**
 * affinity: cookie. The Path is per route (fillAffinityPaths, once routes exist): here it is the
 * session-cookie-path or "" for "the route's own path".
 */
export function affinityPolicy(ing: IngressModel, target: TargetName): Pick<RoutePolicies, 'affinity'> {
  const a = ing.features.traffic?.affinity;
  if (a?.type !== 'cookie' || !supportOf('affinity', target)) return {};
  const asMaxAge = EXPIRES_AS_MAX_AGE.has(target);
  const affinity: AffinityPolicy = {
    cookie: a.name ?? DEFAULT_COOKIE_NAME,
    path: a.path ?? '',
    ...(a.domain !== undefined ? { domain: a.domain } : {}),
    // A target that cannot write a date ahead gives an Expires lifetime as Max-Age (EXPIRES_AS_MAX_AGE).
    ...(a.maxAge !== undefined ? { maxAge: a.maxAge } : a.expires !== undefined && asMaxAge ? { maxAge: a.expires } : {}),
    ...(a.expires !== undefined && !asMaxAge ? { expires: a.expires } : {}),
    secure: a.secure ? 'always' : 'https',
    ...(a.sameSite !== undefined ? { sameSite: a.sameSite } : {}),
    mode: a.mode ?? 'balanced',
    changeOnFailure: a.changeOnFailure ?? false,
  };
  return { affinity };
}

/** The cookie Path of each affinity route: ingress-nginx's $location_path, the path as written. */
export function fillAffinityPaths(vh: VirtualHost): void {
  for (const r of routesOf(vh)) {
    const a = r.policies?.affinity;
    if (a && a.path === '') r.policies = { ...r.policies, affinity: withRoutePath(a, r) };
  }
}

/** An affinity policy with the route's own path where session-cookie-path left it open (""). */
export const withRoutePath = (a: AffinityPolicy, r: Pick<Route, 'sourcePath'>): AffinityPolicy => (a.path === '' ? { ...a, path: r.sourcePath === '' ? '/' : r.sourcePath } : a);

function corsPolicy(ing: IngressModel, target: TargetName): Pick<RoutePolicies, 'cors'> {
  const c = ing.features.traffic?.cors;
  if (!c?.enabled || !supportOf('enable-cors', target)) return {};
  const cors: CorsPolicy = {
    allowOrigins: c.origins ?? '*',
    allowMethods: c.methods ?? CORS_DEFAULTS.methods,
    allowHeaders: c.headers ?? CORS_DEFAULTS.headers,
    exposeHeaders: c.exposeHeaders ?? '',
    allowCredentials: c.credentials ?? CORS_DEFAULTS.credentials,
    maxAge: c.maxAge ?? CORS_DEFAULTS.maxAge,
  };
  return { cors };
}

/**
 * Affinity pins a session to an endpoint; an upstream reached through its Service's DNS name has one
 * "endpoint", the ClusterIP, which spreads requests over the pods itself (ingress-nginx's
 * service-upstream has no sticky sessions either). Once per upstream.
 */
export function warnUnpinnable(vhosts: readonly VirtualHost[], upstreams: readonly Upstream[], diags: Diagnostics): void {
  const byId = new Map(upstreams.map((u) => [u.id, u]));
  const seen = new Set<string>();
  for (const vh of vhosts)
    for (const r of routesOf(vh)) {
      // Each sticky side: the route's upstream, and a canary's when it has affinity of its own.
      const sides = [...(r.policies?.affinity ? [{ id: r.upstream, ingress: r.ingress, origin: r.origin }] : []), ...(r.canary?.affinity ? [{ id: r.canary.upstream, ingress: r.canary.affinity === r.policies?.affinity ? r.ingress : r.canary.ingress, origin: r.canary.origin }] : [])];
      for (const side of sides) {
        const u = byId.get(side.id);
        if (!u || seen.has(u.id) || !u.endpoints.some((e) => e.kind === 'dns')) continue;
        seen.add(u.id);
        diags.report('IC3141', side.origin, { ingress: side.ingress, service: `${u.namespace}/${u.service}` });
      }
    }
}
