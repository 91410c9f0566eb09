import type { FamilyProblem, FamilyReader } from './reader.js';
/**
 * backend-protocol, proxy-ssl-*, service-upstream (ingress-nginx v1.15.1:
 * internal/ingress/annotations/{backendprotocol,proxyssl,serviceupstream}/main.go and nginx.tmpl).
 * Every value passes an anchored grammar here; what the values mean together (the Secret, the
 * host-wide proxy_ssl_* inheritance, which Ingress decides a shared upstream) is decided in
 * src/lower/backends.ts.
 */
export type BackendProtocolName = 'HTTP' | 'HTTPS' | 'GRPC' | 'GRPCS' | 'AUTO_HTTP';
export type BackendTlsVersion = 'TLSv1.2' | 'TLSv1.3';
export interface BackendSettings {
    /** backend-protocol, upper-cased (ingress-nginx compares it case-insensitively after trimming). */
    protocol?: BackendProtocolName;
    /**
     * The value was written in capitals. nginx.tmpl emits grpc_*_timeout only for the exact strings
     * "GRPC"/"GRPCS" (buildProxyPass upper-cases for grpc_pass itself): "grpc" proxies over gRPC
     * with nginx's own timeouts, the proxy-*-timeout annotations having no effect.
     */
    protocolUpperCase?: boolean;
    /** proxy-ssl-secret "namespace/name". */
    sslSecret?: {
        namespace: string;
        name: string;
    };
    /** proxy-ssl-verify on|off. */
    sslVerify?: boolean;
    /** proxy-ssl-name: the name checked in the backend certificate (and sent as SNI with proxy-ssl-server-name on). */
    sslName?: string;
    /** proxy-ssl-server-name on|off. */
    sslServerName?: boolean;
    /** proxy-ssl-verify-depth (0 means ingress-nginx's default, 1). */
    sslVerifyDepth?: number;
    /** proxy-ssl-ciphers (OpenSSL cipher list). */
    sslCiphers?: string;
    /** proxy-ssl-protocols, sorted, without duplicates. */
    sslProtocols?: BackendTlsVersion[];
    /** service-upstream. */
    serviceUpstream?: boolean;
}
/** Parses one key of the family into `into.backend`; returns what is wrong with the value. */
export declare function readBackendKey(name: string, value: string, into: BackendSettings): FamilyProblem | undefined;
export declare const backendsReader: FamilyReader;
