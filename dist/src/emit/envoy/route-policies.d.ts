import { type RoutePolicies, type RouteTable } from '../../ir/types.js';
import type { TypedExtension } from './types.js';
/**
 * Source ranges as Envoy's RBAC filter: the filter sits in every HTTP connection manager without
 * rules (no enforcement), and each route with policies overrides it with one ALLOW policy whose
 * principal is "not in the deny-list and (no allow-list or in the allow-list)". A refused request
 * gets 403 before the router runs (an upstream without endpoints: still 403, not 503).
 * `remote_ip` is the client address: the connection's peer, or with the ConfigMap's realip modes
 * the address the HCM detected from X-Forwarded-For of a trusted peer (forwarded-headers.ts).
 */
export declare const RBAC_FILTER = "envoy.filters.http.rbac";
export declare const usesRbac: (ir: RouteTable) => boolean;
export declare const usesBodyLimit: (ir: RouteTable) => boolean;
/**
 * proxy-body-size as Envoy's buffer filter: in the chain but disabled, enabled per route with the
 * limit. It buffers the whole body (nginx buffers it too, by default) and answers 413 above the
 * limit, whether the size is declared or chunked. max_request_bytes is a uint32: larger limits are
 * refused by the emitter (IC4002).
 */
export declare const BUFFER_FILTER = "envoy.filters.http.buffer";
export declare const MAX_BUFFER_BYTES = 4294967295;
export declare const bufferFilter: () => TypedExtension;
export declare const rbacFilter: () => TypedExtension;
/** The route's typed_per_filter_config entries (undefined: none). */
export declare function perRouteConfig(p: RoutePolicies | undefined): Record<string, unknown> | undefined;
