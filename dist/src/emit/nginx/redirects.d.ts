import { type RequestRedirect, type RouteTable } from '../../ir/types.js';
import type { TextWriter } from '../text-writer.js';
/** $request_uri without a final "/" (ingress-nginx's ssl-redirect without preserve-trailing-slash). */
export declare const URI_NO_TRAILING_SLASH = "$ingressc_uri_nts";
/** The http-level map behind URI_NO_TRAILING_SLASH, written when some redirect strips the slash. */
export declare function redirectMaps(w: TextWriter, ir: RouteTable): void;
/** The `return` of the vhost-level HTTPS redirect server. */
export declare function httpsReturn(ir: Pick<RouteTable, 'listen' | 'httpsRedirectCode'>, strip: boolean): string;
/**
 * The scheme HTTPS redirects are decided on: the connection's, or with use-forwarded-headers
 * (RouteTable.forwarded.trustClient) the client's non-empty X-Forwarded-Proto, as ingress-nginx's
 * redirect_to_https reads $pass_access_scheme (forwarded-headers.ts maps it).
 */
export declare const requestScheme: (ir: Pick<RouteTable, 'forwarded'>) => string;
/**
 * A RequestRedirect as nginx directives (rewrite phase, in order, before anything the location
 * proxies): `return` for permanent/temporal-redirect (the URL verbatim, already free of "$"; a path
 * made absolute, or kept with `absolute_redirect off` when relative) and
 * app-root ($scheme://$http_host + path, as ingress-nginx writes it); the HTTPS redirect only for
 * plain HTTP, like lua_ingress.lua's redirect_to_https ($host is lowercased and port-free).
 */
export declare function redirectLines(f: RequestRedirect, ir: Pick<RouteTable, 'listen' | 'forwarded'>): string[];
