import { type RouteTable, type Upstream } from '../../ir/types.js';
/**
 * How nginx reaches an upstream of a given protocol (ingress-nginx buildProxyPass): proxy_pass
 * http:// | https:// | $scheme:// (AUTO_HTTP), grpc_pass grpc:// | grpcs://, with the upstream's
 * TLS client settings as <module>_ssl_* directives of the module that proxies (proxy or grpc).
 */
export declare function passLines(u: Upstream, target: string): string[];
/**
 * gRPC clients speak HTTP/2: with a gRPC upstream the TLS listeners negotiate it by ALPN (as
 * ingress-nginx's `http2 on`). A plaintext port stays HTTP/1.1: nginx 1.22 cannot serve
 * prior-knowledge h2c and HTTP/1.1 on one port (1.25.1 can).
 */
export declare const tlsListenHttp2: (ir: RouteTable) => boolean;
/**
 * A location body for a gRPC upstream, as ingress-nginx writes it for GRPC/GRPCS: its request
 * headers are grpc_set_header (proxySetHeader in template.go; grpc_pass ignores proxy_set_header, and
 * would send the upstream's name as :authority), its timeouts also grpc_*_timeout. A body that
 * sets no header gets the http-level defaults (`proxyHeaders`) as grpc_set_header lines.
 */
export declare function adaptForGrpc(lines: readonly string[], u: Upstream | undefined, proxyHeaders: readonly string[]): string[];
