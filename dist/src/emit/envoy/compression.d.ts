import type { RouteTable } from '../../ir/types.js';
import type { TypedExtension } from './types.js';
/**
 * RouteTable.brotli and RouteTable.compression: a compressor filter each (brotli and gzip
 * libraries). Envoy picks one encoding per request from Accept-Encoding's weights among them.
 */
export declare function compressionFilters(ir: Pick<RouteTable, 'compression' | 'brotli'>): TypedExtension[];
