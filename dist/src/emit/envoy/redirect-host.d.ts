import { type RouteTable } from '../../ir/types.js';
import type { TypedExtension } from './types.js';
/**
 * The host a redirect to a path names (nginx's absolute_redirect with ingress-nginx's
 * port_in_redirect off): the Host lowercased, without port or trailing dot. Envoy's formatter
 * cannot cut a header, so a Lua filter keeps it in dynamic metadata for the Location
 * (redirects.ts), only in configurations that have such a redirect.
 */
export declare const REDIRECT_HOST = "%DYNAMIC_METADATA(ingressc.redirect:host)%";
export declare const usesRedirectHost: (ir: RouteTable) => boolean;
export declare const redirectHostFilter: () => TypedExtension;
