import type { RouteTable } from '../../ir/types.js';
/** RouteTable.hideResponseHeaders (ConfigMap hide-headers): removed from the servers' responses (http-response runs on those only). */
export declare const hideLines: (ir: Pick<RouteTable, 'hideResponseHeaders'>) => string[];
