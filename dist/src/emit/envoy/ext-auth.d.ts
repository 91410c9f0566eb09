import type { ExternalAuth, RoutePolicies, RouteTable } from '../../ir/types.js';
import type { Cluster, TypedExtension } from './types.js';
/**
 * External authentication (ingress-nginx's auth_request) as a Lua filter: Envoy's ext_authz filter
 * appends the request path to the auth URL and forwards the auth service's own status, where
 * ingress-nginx sends exactly auth-url and answers 500 for anything but 2xx, 401 and 403. So one
 * script per auth-url configuration (selected per route, the filter is disabled elsewhere) calls the
 * auth service with httpCall, as nginx's auth location would, and decides like nginx:
 *   2xx → the request goes on, with the configured auth response headers replacing the client's;
 *   401 → 401 (with the auth service's WWW-Authenticate), or a 302 to auth-signin;
 *   403 → 403; anything else, or no answer → 500.
 * The auth answer's Set-Cookie is added to 2xx/3xx responses (every response with alwaysSetCookie).
 * It runs after RBAC and basic_auth (nginx: address, password, auth request).
 */
export declare const EXT_AUTH_FILTER = "ingressc.ext_auth";
/** A configuration's name: script "auth-<id>", cluster "ingressc_auth_<id>" (a hash of the configuration: no IR order needed). */
export declare const extAuthId: (a: ExternalAuth) => string;
/** The distinct auth configurations, in IR order. */
export declare function externalAuths(ir: RouteTable): ExternalAuth[];
export declare function extAuthFilter(ir: RouteTable): TypedExtension[];
export declare function extAuthPerRoute(p: RoutePolicies): Record<string, unknown>;
export declare function extAuthClusters(ir: RouteTable): Cluster[];
/** A Lua string literal. Every value passed an anchored grammar; this is the second wall. */
export declare function luaString(s: string): string;
