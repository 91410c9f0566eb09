import type { BasicAuth, RoutePolicies, RouteTable } from '../../ir/types.js';
import type { OutputFile } from '../emitter.js';
import type { TextWriter } from '../text-writer.js';
/**
 * Basic and external authentication as ingress-nginx writes them (nginx.tmpl): auth_basic with an
 * htpasswd file per Secret; auth_request to an internal location per auth-url that proxies to the
 * auth service without the body; error_page 401 to a named location redirecting to auth-signin.
 * nginx runs auth_request, auth_basic and the allow/deny rules in its access phase, so `satisfy`
 * combines them exactly as ingress-nginx's location does.
 */
/** The htpasswd file of a Secret ("namespace/name": "_" never occurs in either part). */
export declare const htpasswdFile: (b: BasicAuth) => string;
/**
 * One file per Secret. The worker processes (not the master) open it on each request, so it must
 * be readable by nginx's worker user: mode 0644, and never printed on stdout.
 */
export declare function htpasswdFiles(ir: RouteTable): OutputFile[];
/** Does an auth URL name a host nginx must resolve at request time (a `resolver` is needed)? */
export declare const authNeedsResolver: (ir: RouteTable) => boolean;
/** The auth locations of one server: one per distinct auth-url configuration, numbered in order of use. */
export declare class ServerAuth {
    private readonly external;
    private indexOf;
    /** proxy_set_header lines the route's authentication adds (raw values, names checked). */
    headerLines(p: RoutePolicies | undefined): string[];
    /** The access-phase directives of a location with authentication. */
    lines(p: RoutePolicies | undefined): string[];
    /** The server's internal auth locations and sign-in redirects (after its other locations). */
    locations(w: TextWriter): void;
}
/**
 * The http-level map of one character to its escape ("volatile": evaluated at each use, the loop
 * above reuses it). Printable ASCII only; any other byte maps to "!", which the final check refuses.
 */
export declare function escapeMap(w: TextWriter): void;
