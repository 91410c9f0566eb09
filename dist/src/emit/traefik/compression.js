/** RouteTable.compression's middleware, first on every router that proxies. */
export const COMPRESS_MIDDLEWARE = 'ingressc-compress';
/**
 * gzip only (Traefik would also offer br and zstd), the listed types (absent: every type), from
 * minResponseBodyBytes (Traefik reads 0 as its default 1024, and an empty body is never worth
 * compressing, so 0 is written 1). Traefik has no gzip level (lowering leaves it out).
 */
export function compressMiddleware(c) {
    return {
        compress: {
            encodings: ['gzip'],
            ...(c.types ? { includedContentTypes: [...c.types] } : {}),
            ...(c.minLength !== undefined ? { minResponseBodyBytes: Math.max(c.minLength, 1) } : {}),
        },
    };
}
