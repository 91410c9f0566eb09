import type { RouteTable } from '../../ir/types.js';
import type { Route } from './types.js';
export declare function forwardedRoutes(ir: Pick<RouteTable, 'forwarded' | 'requestHeaders'>): Route[];
