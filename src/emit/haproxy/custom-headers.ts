import type { HeaderValue, RouteTable } from '../../ir/types.js';
import { cfgName, logFormatLiteral } from './quote.js';

/**
 * Route.responseHeaders on the route's backend: http-response rules run on the servers' responses
 * (not on HAProxy's own answers, such as the 503 of a backend without servers).
 */
export const responseHeaderLines = (hs: readonly HeaderValue[] | undefined): string[] =>
  (hs ?? []).map((h) => `http-response set-header ${cfgName(h.name)} ${logFormatLiteral(h.value)}`);

/** RouteTable.requestHeaders (proxy-set-headers), in the frontend after the forwarded headers. */
export const requestHeaderLines = (ir: Pick<RouteTable, 'requestHeaders'>): string[] =>
  (ir.requestHeaders ?? []).map((h) => `http-request set-header ${cfgName(h.name)} ${logFormatLiteral(h.value)}`);
