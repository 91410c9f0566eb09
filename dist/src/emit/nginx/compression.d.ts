import type { RouteTable } from '../../ir/types.js';
/**
 * RouteTable.compression as nginx.tmpl writes use-gzip in the http block. text/html is nginx's
 * own gzip_types entry, always compressed: listing it again only earns a warning.
 */
export declare function gzipLines(ir: Pick<RouteTable, 'compression'>): string[];
