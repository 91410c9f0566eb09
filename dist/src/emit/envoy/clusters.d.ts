import { type RouteTable } from '../../ir/types.js';
import type { Cluster } from './types.js';
/**
 * One cluster per IR upstream, named by its id (unique, `[a-z0-9_-]` only).
 * - all endpoints IP literals → STATIC;
 * - any DNS name → STRICT_DNS for the whole cluster: its resolver returns an IP literal as
 *   itself, so a mixed list still works, and every A record of a name becomes a host;
 * - no endpoints → an empty STATIC cluster: routes to it answer 503 ("no healthy upstream"),
 *   like a Service without ready endpoints, and every route still names a real cluster.
 * DNS names use the system resolver (a pod's resolv.conf points at cluster DNS) or --resolver, and
 * do not hold back start-up (`wait_for_warm_on_init: false`).
 */
export declare function clusters(ir: RouteTable): Cluster[];
