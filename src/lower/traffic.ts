import type { TargetName } from '../diagnostics/types.js';
import type { CorsPolicy, RoutePolicies } from '../ir/types.js';
import { CORS_DEFAULTS } from '../providers/ingress-nginx/families/traffic.js';
import { supportOf } from '../providers/ingress-nginx/support.js';
import type { IngressModel } from '../validate/model.js';

/**
 * The traffic family's per-route policies: CORS when enable-cors is true and the target honours
 * it (otherwise annotation-support.ts has reported it). ingress-nginx's defaults fill what the
 * Ingress leaves out.
 */
export function trafficPolicies(ing: IngressModel, target: TargetName): Pick<RoutePolicies, 'cors'> {
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
