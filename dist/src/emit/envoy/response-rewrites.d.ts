import { type ResponseRewrites, type RouteTable } from '../../ir/types.js';
import type { TypedExtension } from './types.js';
/**
 * ResponseRewrites (proxy-redirect, proxy-cookie) as a Lua filter: in the chain but disabled, and
 * enabled per route with that route's script (LuaPerRoute), like the buffer filter. The script
 * applies nginx's proxy_redirect / proxy_cookie_domain / proxy_cookie_path string forms to the
 * response headers; a rewritten Location starting with "/" gets the request's scheme and host
 * (lowercased, without port or trailing dot: as nginx, with ingress-nginx's port_in_redirect off),
 * kept in dynamic metadata by envoy_on_request.
 */
export declare const RESPONSE_FILTER = "ingressc.response";
export declare const usesResponseRewrites: (ir: RouteTable) => boolean;
export declare const responseFilter: () => TypedExtension;
/** The route's per-filter config: its script with the rewrite texts as Lua constants. */
export declare function responseRewriteConfig(rw: ResponseRewrites | undefined): Record<string, unknown> | undefined;
