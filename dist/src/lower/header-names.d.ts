import type { Diagnostics } from '../diagnostics/collector.js';
import type { TargetName } from '../diagnostics/types.js';
import type { RouteTable } from '../ir/types.js';
import type { ControllerConfig } from '../providers/ingress-nginx/configmap/read.js';
/**
 * RouteTable.dropRequestHeaders, ingress-nginx's default (ignore-invalid-headers "true",
 * enable-underscores-in-headers "false") unless the ConfigMap says otherwise. ignore-invalid-headers
 * "false" is honoured by nginx only (applyControllerConfig refuses it elsewhere, IC3153/IC3151).
 * Traefik and the Gateway API cannot remove headers by a pattern of their names: they pass them
 * (IC3157: none of their own routing or access decisions reads such a name, since they match
 * header names exactly; the backends and an auth-url service receive them). An info, not a warning:
 * it is the target's property, reported on every compile whatever the input, so as a warning it would
 * fail every `lint --target traefik --fail-level warning` with nothing the user could change but the target.
 */
export declare function dropRequestHeaders(cfg: ControllerConfig | undefined, target: TargetName, diags: Diagnostics): RouteTable['dropRequestHeaders'];
