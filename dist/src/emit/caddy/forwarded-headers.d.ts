import type { RouteTable } from '../../ir/types.js';
import type { Route } from './types.js';
/**
 * With realIp the server trusts `trusted` (forwardedServer) and the reverse_proxy would append to
 * a trusted peer's X-Forwarded-For and keep its X-Forwarded-Proto/-Host: these replace them.
 */
export declare function forwardedProxySet(ir: Pick<RouteTable, 'forwarded'>): Record<string, string[]>;
/**
 * realIp as the server's client address: trusted_proxies with client_ip_headers, strict (from the
 * right, the first entry not trusted, as nginx's real_ip_recursive), read by the client_ip
 * matchers of the source ranges (route-handlers.ts) and {http.vars.client_ip}.
 */
export declare function forwardedServer(ir: Pick<RouteTable, 'forwarded'>): {
    trusted_proxies?: {
        source: 'static';
        ranges: string[];
    };
    client_ip_headers?: string[];
    trusted_proxies_strict?: 1;
};
/**
 * use-proxy-protocol: the proxy_protocol listener wrapper, before TLS: the address of a PROXY
 * header (v1 or v2) from a peer in proxy-real-ip-cidr is the connection's remote address (and so
 * client_ip); another peer's header is read and its address ignored, as nginx does (a peer may
 * also send none, which nginx refuses).
 */
export declare function proxyProtocolWrappers(ir: Pick<RouteTable, 'forwarded'>, tls: boolean): {
    listener_wrappers?: ({
        wrapper: 'proxy_protocol';
        allow: string[];
        fallback_policy: 'IGNORE';
    } | {
        wrapper: 'tls';
    })[];
};
export declare function forwardedRoutes(ir: Pick<RouteTable, 'forwarded' | 'requestHeaders'>): Route[];
