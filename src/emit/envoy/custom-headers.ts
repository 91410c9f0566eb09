import { envoyHeaderName } from './quote.js';
import type { HeaderValue, Route as IrRoute, RouteTable } from '../../ir/types.js';
import type { Route } from './types.js';

type Add = { header: { key: string; value: string }; append_action: 'OVERWRITE_IF_EXISTS_OR_ADD' };

/** A header value as literal text of Envoy's formatter: "%" doubled; printable ASCII only (the provider's grammar). */
function literal(v: string): string {
  if (!/^[\x20-\x7e]+$/.test(v)) throw new Error(`envoy: refusing header value ${JSON.stringify(v)}`);
  return v.replace(/%/g, '%%');
}

const name = (n: string): string => envoyHeaderName(n, { underscore: true });

const set = (hs: readonly HeaderValue[]): Add[] => hs.map((h) => ({ header: { key: name(h.name), value: literal(h.value) }, append_action: 'OVERWRITE_IF_EXISTS_OR_ADD' }));

/**
 * Route.responseHeaders on each Envoy route of the IR route (after CORS's, which name other
 * headers): they replace the upstream's, and Envoy adds them to its own answers of the route too.
 */
export function withResponseHeaders(x: Route, r: Pick<IrRoute, 'responseHeaders'>): Route {
  if (!r.responseHeaders?.length) return x;
  return { ...x, response_headers_to_add: [...(x.response_headers_to_add ?? []), ...set(r.responseHeaders)] };
}

/** RouteTable.requestHeaders (proxy-set-headers) on the route configuration, after the forwarded headers. */
export const requestHeadersToAdd = (ir: Pick<RouteTable, 'requestHeaders'>): Add[] => set(ir.requestHeaders ?? []);
