import type { Diagnostics } from '../diagnostics/collector.js';
import type { TargetName } from '../diagnostics/types.js';
import type { RoutePolicies } from '../ir/types.js';
import type { IngressModel } from '../validate/model.js';
/**
 * The upstream tuning of an Ingress's routes (annotations, else the controller ConfigMap's values
 * applied by lower/controller-config.ts): only the keys `target` honours reach the IR (the others
 * were reported as a warning by annotation-support.ts). A key ingress-nginx writes together with
 * another (proxy_buffers repeats proxy-buffer-size; the three next-upstream keys make one retry
 * rule) brings that one's ingress-nginx default along.
 */
export declare function tuningPolicy(ing: IngressModel, target: TargetName): Pick<RoutePolicies, 'upstreamTuning'>;
/**
 * nginx's own checks of the buffer sizes (ngx_http_proxy_merge_loc_conf), on the values
 * ingress-nginx writes (proxy_buffer_size B; proxy_buffers N B): its nginx refuses anything else,
 * so the Ingress never takes effect there. Checked on every target, located at the annotation
 * (or the Ingress, when a value comes from the ConfigMap).
 */
export declare function checkBufferSizes(ing: IngressModel, diags: Diagnostics): void;
