import type { Diagnostics } from '../diagnostics/collector.js';
import type { TargetName } from '../diagnostics/types.js';
import { type RouteMirror, type VirtualHost } from '../ir/types.js';
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
export declare function routeMirror(ing: Pick<IngressModel, 'features' | 'annotations'>, target: TargetName): RouteMirror | undefined;
/**
 * Sets the mirror of every route of each Ingress with mirror-target (aliases' copies included). A
 * target that copies the request as proxied cannot send a rewritten route's copy with the path the
 * client sent: refused (IC3230), once per Ingress, at its mirror-target.
 */
export declare function applyMirrors(vhosts: readonly VirtualHost[], ingresses: readonly IngressModel[], target: TargetName, diags: Diagnostics): void;
