import type { Diagnostics } from '../diagnostics/collector.js';
import type { TargetName } from '../diagnostics/types.js';
import { type Upstream, type VirtualHost } from '../ir/types.js';
import type { IngressModel } from '../validate/model.js';
/**
 * ingress-nginx's balancer per Service port (controller.go createUpstreams, balancer.lua
 * get_implementation):
 * - the upstream of a Service port takes upstream-hash-by and load-balance from the first Ingress,
 *   in precedence order (canaries included), that names the Service port (its defaultBackend, then
 *   its paths); a later Ingress's settings are ignored (IC3211);
 * - load-balance falls back to the ConfigMap's (controller-config.ts applies it as the annotation's
 *   default), then to round_robin;
 * - cookie affinity anywhere on the Service port replaces both (IC3212): the sticky balancer wins;
 * - upstream-hash-by wins over load-balance.
 * A target without the row has warned (IC2103) and keeps its own balancing (or load-balance, when
 * it has that row); every target with the row hashes every key of the grammar.
 */
export declare function applyLoadBalancing(all: readonly IngressModel[], upstreams: readonly Upstream[], vhosts: readonly VirtualHost[], target: TargetName, diags: Diagnostics): Upstream[];
