import type { RouteTable } from '../../ir/types.js';
import type { Route } from './types.js';
export declare function blockRoutes(ir: Pick<RouteTable, 'headerBlocks'>): Route[];
