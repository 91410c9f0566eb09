import { type HeaderValue, type RouteTable } from '../../ir/types.js';
/** A location's lines for its route's response headers. */
export declare const responseHeaderLines: (hs: readonly HeaderValue[] | undefined) => string[];
/** The http-level geo that gives "$", when some value needs it. */
export declare const dollarLines: (ir: Pick<RouteTable, 'vhosts'>) => string[];
/**
 * The proxy-set-headers lines after the standard request headers wherever a block repeats them
 * (every block that sets a request header ends its standard set with the Proxy line): nginx
 * inherits proxy_set_header only into blocks that set none.
 */
export declare function withRequestHeaders(conf: string, ir: Pick<RouteTable, 'requestHeaders'>): string;
