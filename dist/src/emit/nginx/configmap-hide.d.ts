import type { RouteTable } from '../../ir/types.js';
/**
 * RouteTable.hideResponseHeaders (ConfigMap hide-headers), as ingress-nginx writes it:
 * proxy_hide_header at http level. nginx inherits proxy_hide_header only into a block that has
 * none of its own, so the lines are repeated in every block that has (HSTS servers, CORS locations).
 */
export declare const hideLines: (ir: Pick<RouteTable, 'hideResponseHeaders'>) => string[];
export declare function withHiddenInBlocks(conf: string, ir: Pick<RouteTable, 'hideResponseHeaders'>): string;
