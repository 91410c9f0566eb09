import { DEFAULT_FORWARDED } from '../../ir/forwarded.js';
import { envoyHeaderName } from './quote.js';
import type { ForwardedHeaders, RouteTable } from '../../ir/types.js';



type Add = { header: { key: string; value: string }; append_action: 'OVERWRITE_IF_EXISTS_OR_ADD' };
const set = (key: string, value: string): Add => ({ header: { key, value }, append_action: 'OVERWRITE_IF_EXISTS_OR_ADD' });

/**
 * RouteTable.forwarded (ingress-nginx's forwarded headers, use-forwarded-headers false) on the
 * route configuration of one listener: the client address is the TCP peer (the HCM's
 * use_remote_address with skip_xff_append, so the client's X-Forwarded-For is read unchanged for
 * X-Original-Forwarded-For before X-Forwarded-For replaces it: Envoy applies these in order, after
 * the removals). An empty value adds no header (Envoy's keep_empty_value default), so a request
 * without X-Forwarded-For sends no X-Original-Forwarded-For. X-Request-ID: the HCM's
 * preserve_external_request_id (generated when absent).
 */
export function forwardedRouteConfig(ir: Pick<RouteTable, 'forwarded'>, scheme: 'http' | 'https'): { request_headers_to_add: Add[]; request_headers_to_remove: string[] } {
  const f = ir.forwarded ?? DEFAULT_FORWARDED;
  return {
    request_headers_to_remove: ['x-original-forwarded-for', 'proxy'],
    request_headers_to_add: [
      set('x-original-forwarded-for', `%REQ(${envoyHeaderName(f.originalForwardedFor)})%`),
      set('x-forwarded-for', '%DOWNSTREAM_REMOTE_ADDRESS_WITHOUT_PORT%'),
      set('x-real-ip', '%DOWNSTREAM_REMOTE_ADDRESS_WITHOUT_PORT%'),
      set('x-forwarded-host', '%REQ(:AUTHORITY)%'),
      set('x-forwarded-port', '%DOWNSTREAM_LOCAL_PORT%'),
      set('x-forwarded-proto', scheme),
      set('x-forwarded-scheme', scheme),
      set('x-scheme', scheme),
    ],
  };
}
