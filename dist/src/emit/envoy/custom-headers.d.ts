import type { Route as IrRoute, RouteTable } from '../../ir/types.js';
import type { Route } from './types.js';
type Add = {
    header: {
        key: string;
        value: string;
    };
    append_action: 'OVERWRITE_IF_EXISTS_OR_ADD';
};
/**
 * Route.responseHeaders on each Envoy route of the IR route (after CORS's, which name other
 * headers): they replace the upstream's, and Envoy adds them to its own answers of the route too.
 */
export declare function withResponseHeaders(x: Route, r: Pick<IrRoute, 'responseHeaders'>): Route;
/** RouteTable.requestHeaders (proxy-set-headers) on the route configuration, after the forwarded headers. */
export declare const requestHeadersToAdd: (ir: Pick<RouteTable, 'requestHeaders'>) => Add[];
export {};
