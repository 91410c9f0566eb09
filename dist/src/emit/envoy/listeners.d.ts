import { type RouteTable } from '../../ir/types.js';
import { type Origins } from './routes.js';
import type { Listener } from './types.js';
export declare const ROUTER_TYPE = "type.googleapis.com/envoy.extensions.filters.http.router.v3.Router";
export declare function listeners(ir: RouteTable, origins: Origins): Listener[];
