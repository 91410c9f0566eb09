import type { HeaderValue, RouteTable } from '../../ir/types.js';
/**
 * Route.responseHeaders on the route's backend: http-response rules run on the servers' responses
 * (not on HAProxy's own answers, such as the 503 of a backend without servers).
 */
export declare const responseHeaderLines: (hs: readonly HeaderValue[] | undefined) => string[];
/** RouteTable.requestHeaders (proxy-set-headers), in the frontend after the forwarded headers. */
export declare const requestHeaderLines: (ir: Pick<RouteTable, 'requestHeaders'>) => string[];
