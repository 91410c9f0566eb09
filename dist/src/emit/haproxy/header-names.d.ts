import type { RouteTable } from '../../ir/types.js';
/**
 * RouteTable.dropRequestHeaders: the frontend's first rule removes every header whose name has a
 * character nginx refuses (-m reg tests each name as received), so no later rule, map lookup,
 * auth request or backend sees it.
 */
export declare function headerNameLines(ir: Pick<RouteTable, 'dropRequestHeaders'>): string[];
