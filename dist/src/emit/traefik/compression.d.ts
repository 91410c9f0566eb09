import type { ResponseCompression } from '../../ir/types.js';
import type { Middleware } from './types.js';
/** RouteTable.compression's middleware, first on every router that proxies. */
export declare const COMPRESS_MIDDLEWARE = "ingressc-compress";
/**
 * gzip only (Traefik would also offer br and zstd), the listed types (absent: every type), from
 * minResponseBodyBytes (Traefik reads 0 as its default 1024, and an empty body is never worth
 * compressing, so 0 is written 1). Traefik has no gzip level (lowering leaves it out).
 */
export declare function compressMiddleware(c: ResponseCompression): Middleware;
