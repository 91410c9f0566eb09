import type { RouteTable } from '../../ir/types.js';
/**
 * The defaults section's client timeouts: ingressc's own (a request header within 10 s), or the
 * ConfigMap's (RouteTable.clientConnection): client-header-timeout is `timeout http-request`,
 * keep-alive `timeout http-keep-alive`, and "0" (no keep-alive) `option httpclose`.
 */
export declare function clientConnectionDefaults(ir: RouteTable): string[];
