import type { Diagnostics } from '../diagnostics/collector.js';
import type { TargetName } from '../diagnostics/types.js';
import { type RouteTable, type VirtualHost } from '../ir/types.js';
import type { Inventory } from '../validate/model.js';
/**
 * ingress-nginx's custom headers, decided once (lowering): the ConfigMap's proxy-set-headers
 * become RouteTable.requestHeaders; add-headers (http-level more_set_headers) and each Ingress's
 * custom-headers (its locations' more_set_headers, which win over the http-level ones of the same
 * name) become the responseHeaders of its routes. A ConfigMap that is missing or holds a header
 * ingress-nginx refuses is a located error (ingress-nginx answers 503 on the Ingress's locations,
 * or drops the global headers with a log line). Only targets that emit them (support rows,
 * KEY_SUPPORT) read them; the others get the support machinery's error at the key.
 */
export declare function applyCustomHeaders(table: Pick<RouteTable, 'requestHeaders'>, vhosts: readonly VirtualHost[], inv: Inventory, target: TargetName, diags: Diagnostics): void;
