import type { RouteTable } from '../../ir/types.js';
/** The ConfigMap's client connection settings (RouteTable.clientConnection), as ingress-nginx writes them in its http block. */
export declare function clientConnectionLines(ir: RouteTable): string[];
