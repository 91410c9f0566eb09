import type { TargetName } from '../diagnostics/types.js';
import type { Route } from '../ir/types.js';
import type { IngressModel } from '../validate/model.js';
/**
 * What proxy-redirect-from/-to and proxy-cookie-domain/-path add to each route of an Ingress, as
 * nginx.tmpl writes them (defaults "off"): `proxy_redirect <from> <to>` only when `to` is not
 * "off"; from "off" or "default" alone. ingress-nginx proxies to `http://upstream_balancer` (no
 * URI), where nginx reads "default" as `http://upstream_balancer/` → `/`. Only keys the target
 * honours reach the IR (annotation-support.ts reported the others).
 */
export declare function responseRewritesOf(ing: IngressModel, target: TargetName): Pick<Route, 'responseRewrites'>;
