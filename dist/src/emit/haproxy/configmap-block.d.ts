import type { RouteTable } from '../../ir/types.js';
/**
 * RouteTable.headerBlocks (ConfigMap block-user-agents / block-referers): 403 before any redirect
 * or route, judged on the header's first line as nginx 1.22 reads it (req.fhdr(name,1): the whole
 * line, commas included); strings ignore case (-i), regexes are searched.
 */
export declare function blockLines(ir: Pick<RouteTable, 'headerBlocks'>): string[];
