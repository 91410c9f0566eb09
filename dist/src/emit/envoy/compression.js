const T = 'type.googleapis.com/envoy.extensions';
/** Statuses nginx's gzip and brotli filters compress; Envoy is told every other one it accepts (200-599). */
const NGINX_GZIP_STATUSES = new Set([200, 403, 404]);
const UNCOMPRESSIBLE = Array.from({ length: 400 }, (_, i) => 200 + i).filter((c) => !NGINX_GZIP_STATUSES.has(c));
/**
 * A compressor's response side. Its content_type_matcher (content_type is deprecated in 1.40) is
 * tried on the response's type without parameters: each listed type exactly, ignoring case, or
 * any type ("*"). It compresses from `min_content_length` bytes (a response without Content-Length
 * always), adds Vary, and leaves Accept-Encoding to the upstream.
 */
const typeMatcher = (types) => (types ? types.map((t) => ({ exact: t, ignore_case: true })) : [{ safe_regex: { regex: '.*' } }]);
const responseConfig = (minLength, types) => ({
    common_config: { ...(minLength !== undefined ? { min_content_length: minLength } : {}), content_type_matcher: typeMatcher(types) },
    uncompressible_response_codes: UNCOMPRESSIBLE,
});
/**
 * RouteTable.brotli and RouteTable.compression: a compressor filter each (brotli and gzip
 * libraries). Envoy picks one encoding per request from Accept-Encoding's weights among them.
 */
export function compressionFilters(ir) {
    const c = ir.compression;
    const b = ir.brotli;
    return [
        // RouteTable.brotli: chosen first when the client weighs br and gzip alike (ngx_brotli runs before gzip).
        ...(b
            ? [
                {
                    name: 'envoy.filters.http.compressor.brotli',
                    typed_config: {
                        '@type': `${T}.filters.http.compressor.v3.Compressor`,
                        response_direction_config: responseConfig(b.minLength, b.types),
                        choose_first: true,
                        compressor_library: { name: 'brotli', typed_config: { '@type': `${T}.compression.brotli.compressor.v3.Brotli`, quality: b.level } },
                    },
                },
            ]
            : []),
        ...(c
            ? [
                {
                    name: 'envoy.filters.http.compressor',
                    typed_config: {
                        '@type': `${T}.filters.http.compressor.v3.Compressor`,
                        response_direction_config: responseConfig(c.minLength, c.types),
                        compressor_library: {
                            name: 'gzip',
                            typed_config: { '@type': `${T}.compression.gzip.compressor.v3.Gzip`, ...(c.level !== undefined ? { compression_level: `COMPRESSION_LEVEL_${c.level}` } : {}) },
                        },
                    },
                },
            ]
            : []),
    ];
}
