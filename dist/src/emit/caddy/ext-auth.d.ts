import type { Route as IrRoute } from '../../ir/types.js';
import type { Handler } from './types.js';
/**
 * External authentication (ingress-nginx's auth_request) as Caddy's forward-auth pattern: a
 * reverse_proxy to the auth service (method auth-method or GET, exactly the auth URL's path and
 * query, no body, Host the auth host, X-Original-URL/-Method and friends) whose handle_response
 * decides as nginx: 2xx → the request goes on (the configured auth response headers replace the
 * client's, the auth Set-Cookie is added to 2xx/3xx responses); 401 → 401 with the auth service's
 * WWW-Authenticate, or a 302 to auth-signin; 403 → 403; any other answer → 500 (with
 * auth-always-set-cookie each refusal carries the auth Set-Cookie). (An unreachable auth service
 * is Caddy's 502.)
 */
export declare function extAuthHandlers(r: IrRoute | undefined): Handler[];
/** Go's textproto.CanonicalMIMEHeaderKey for token names: upper case after the start and each "-", lower case elsewhere. */
export declare const canonicalKey: (name: string) => string;
