import type { RouteTable } from '../../ir/types.js';
/**
 * RouteTable.dropRequestHeaders. nginx's own defaults (ignore_invalid_headers on,
 * underscores_in_headers off) are ingress-nginx's: nothing is written for them. Both are read
 * from the default server of a listening socket, so they go in the http block.
 */
export declare function headerNameLines(ir: Pick<RouteTable, 'dropRequestHeaders'>): string[];
