import type { ExternalAuth, RoutePolicies, RouteTable } from '../../ir/types.js';
/**
 * External authentication (ingress-nginx's auth_request) with HAProxy's Lua: HAProxy 2.6 has no
 * auth-request keyword, but its Lua API can call an HTTP service from an http-request action
 * (core.httpclient). auth/ext-auth.lua holds one configuration per auth-url setting (named by a
 * hash of it) and one action, `lua.ingressc_auth <id>`, which calls exactly the auth URL with the
 * client's headers and no body, then decides as nginx does: 2xx → the request goes on, the
 * configured auth response headers replacing the client's; 401 → 401 (with the auth service's
 * WWW-Authenticate) or a 302 to auth-signin; 403 → 403; anything else or no answer → 500. The auth
 * answer's Set-Cookie is kept in txn.ingressc_auth_cookie and added to 2xx/3xx responses (every
 * response with alwaysSetCookie). It runs in the policy backend after the source ranges and basic
 * authentication (nginx: address, password, auth request).
 */
export declare const EXT_AUTH_LUA = "auth/ext-auth.lua";
export declare const haproxyExtAuthId: (a: ExternalAuth) => string;
/** httpclient has these methods in HAProxy 2.6 (no PATCH, OPTIONS, TRACE or CONNECT). */
export declare const HAPROXY_AUTH_METHODS: string[];
export declare const usesExtAuth: (ir: RouteTable) => boolean;
export declare const usesHttpsAuth: (ir: RouteTable) => boolean;
/** The backend rules of a route with external authentication (after its access rules). */
export declare function extAuthRules(p: RoutePolicies, emptyUpstream: boolean): {
    request: string[];
    response: string[];
};
export declare function extAuthLua(ir: RouteTable): string;
