import type { SourceRef } from '../../diagnostics/types.js';
import type { RouteTable } from '../../ir/types.js';
/** Traefik's TCP routers and services (the part ingressc writes: TLS passthrough). */
export interface TcpConfig {
    routers: Record<string, TcpRouter>;
    services: Record<string, {
        loadBalancer: {
            servers: {
                address: string;
            }[];
        };
    }>;
}
export interface TcpRouter {
    entryPoints: string[];
    rule: string;
    service: string;
    tls: {
        passthrough: true;
    };
}
export declare const tcpRouterName: (host: string) => string;
export declare const tcpServiceName: (upstream: string) => string;
/**
 * TLS passthrough (RouteTable.passthrough): a TCP router per host on the HTTPS entry point,
 * `HostSNI(`host`)` with `tls.passthrough`, whose service gets the connection undecrypted. Traefik
 * tries TCP routers before the HTTP ones on an entry point and falls back to them when none
 * matches, so every other SNI is terminated as before. The host passed the IR's host grammar
 * (letters, digits, "-" and "."): it needs no quoting inside the backticks.
 */
export declare function buildTcp(ir: RouteTable): {
    tcp?: TcpConfig;
    problems: {
        origin: SourceRef;
        host: string;
        ingress: string;
        why: string;
    }[];
};
