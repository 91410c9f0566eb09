import type { RequestHeaders } from './match.js';
import type { RouteTable } from './types.js';
/**
 * RouteTable.dropRequestHeaders: nginx keeps a header only when every character of its name is an
 * ASCII letter, a digit or "-" (its lowcase table), or "_" with underscores_in_headers on; any
 * other (a token character such as "." or "~", or a byte nginx does not refuse with 400) makes
 * the line invalid, and ignore_invalid_headers drops it.
 */
export declare function isDroppedHeader(ir: Pick<RouteTable, 'dropRequestHeaders'>, name: string): boolean;
/**
 * A character that makes a header name dropped, as a bracket expression that reads the same in
 * JavaScript and PCRE (HAProxy's `del-header -m reg` writes this very text).
 */
export declare const droppedHeaderChar: (d: NonNullable<RouteTable['dropRequestHeaders']>) => string;
/** The request headers everything after the proxy's parser sees: those dropped by name taken out. */
export declare function keptHeaders(ir: Pick<RouteTable, 'dropRequestHeaders'>, headers: RequestHeaders | undefined): RequestHeaders | undefined;
/** The names of `headers` the proxy drops, as sent (for explanations). */
export declare function droppedHeaderNames(ir: Pick<RouteTable, 'dropRequestHeaders'>, headers: RequestHeaders | undefined): string[];
