import type { RouteTable } from '../../ir/types.js';
import type { TypedExtension } from './types.js';

const T = 'type.googleapis.com/envoy.extensions';

/** Statuses nginx's gzip filter compresses; Envoy is told every other one it accepts (200-599). */
const NGINX_GZIP_STATUSES = new Set([200, 403, 404]);
const UNCOMPRESSIBLE = Array.from({ length: 400 }, (_, i) => 200 + i).filter((c) => !NGINX_GZIP_STATUSES.has(c));

/**
 * RouteTable.compression: the compressor filter with the gzip library. Its content_type_matcher
 * (content_type is deprecated in 1.40) is tried on the response's type without parameters: each
 * listed type exactly, ignoring case, or any type ("*"). It compresses from `min_content_length`
 * bytes (a response without Content-Length always), adds Vary, and leaves Accept-Encoding to the
 * upstream.
 */
export function compressionFilters(ir: Pick<RouteTable, 'compression'>): TypedExtension[] {
  const c = ir.compression;
  if (!c) return [];
  return [
    {
      name: 'envoy.filters.http.compressor',
      typed_config: {
        '@type': `${T}.filters.http.compressor.v3.Compressor`,
        response_direction_config: {
          common_config: { ...(c.minLength !== undefined ? { min_content_length: c.minLength } : {}), content_type_matcher: c.types ? c.types.map((t) => ({ exact: t, ignore_case: true })) : [{ safe_regex: { regex: '.*' } }] },
          uncompressible_response_codes: UNCOMPRESSIBLE,
        },
        compressor_library: {
          name: 'gzip',
          typed_config: { '@type': `${T}.compression.gzip.compressor.v3.Gzip`, ...(c.level !== undefined ? { compression_level: `COMPRESSION_LEVEL_${c.level}` } : {}) },
        },
      },
    },
  ];
}
