import type { RouteTable } from '../../ir/types.js';
/**
 * The server fields of the ConfigMap's client connection settings (RouteTable.clientConnection):
 * keep-alive is the idle timeout (its "0" leaves Caddy's own: Caddy cannot turn keep-alive off),
 * client-header-timeout the read_header_timeout.
 */
export declare function clientConnectionServer(ir: RouteTable): {
    idle_timeout?: string;
    read_header_timeout?: string;
};
