import type { RouteTable } from '../../ir/types.js';
import type { TypedExtension } from './types.js';
type Add = {
    header: {
        key: string;
        value: string;
    };
    append_action: 'OVERWRITE_IF_EXISTS_OR_ADD';
};
/** Does the connection manager detect the client address from X-Forwarded-For (not with use_remote_address)? */
export declare const detectsXff: (ir: Pick<RouteTable, 'forwarded'>) => boolean;
/**
 * use-proxy-protocol: the proxy_protocol listener filter before anything else on every listener;
 * the connection's addresses become the header's (v1 or v2), for every peer: lowering allows it
 * only where nginx trusts every peer that can reach the listeners (lower/forwarded-headers.ts).
 */
export declare function proxyProtocolFilters(ir: Pick<RouteTable, 'forwarded'>): TypedExtension[];
/**
 * The HTTP connection manager's fields for RouteTable.forwarded with realIp (X-Forwarded-For
 * only: Envoy's custom_header detection trusts its header from any peer, so lowering refuses
 * another one): the xff original IP detection with xff_trusted_cidrs, which takes the rightmost
 * entry not in the CIDRs when the peer is in them, as nginx's real_ip_recursive; the detected
 * address is what RBAC's remote_ip, the rate limits' remote_address and
 * %DOWNSTREAM_REMOTE_ADDRESS% read. The connection manager then rewrites X-Forwarded-For (it
 * appends an untrusted peer) and X-Forwarded-Proto, so an early header mutation, which runs before
 * it, first copies what the client sent into headers of ingressc's own (any the client sent
 * removed); FORWARDED_LUA takes them out again.
 */
export declare function forwardedHcm(ir: Pick<RouteTable, 'forwarded'>): Record<string, unknown>;
/**
 * With realIp or trustClient, a Lua filter moves the early copies to the headers the route configuration then
 * reads: X-Original-Forwarded-For (absent when the client sent none or an empty one), and with
 * trustClient X-Forwarded-Proto/-Port/-Host: the client's when not empty, else the listener's
 * scheme (the connection manager's X-Forwarded-Proto), port and the Host.
 */
export declare function forwardedLua(ir: Pick<RouteTable, 'forwarded'>): string | undefined;
export declare function forwardedRouteConfig(ir: Pick<RouteTable, 'forwarded'>, scheme: 'http' | 'https'): {
    request_headers_to_add: Add[];
    request_headers_to_remove: string[];
};
export {};
