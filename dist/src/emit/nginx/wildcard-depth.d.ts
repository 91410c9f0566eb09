import type { TextWriter } from '../text-writer.js';
/** `$ingressc_host_parent`: the host without its first label ("" without a dot). A map is evaluated only where it is used. */
export declare function hostParentMap(w: TextWriter): void;
/**
 * Inside a `server_name *.<suffix>` server, before its locations (and before a redirect's
 * `return 308`): a host that is not exactly one label below `suffix` gets `unknownHost`, the
 * directive the default server answers unknown hosts with. A `return` goes into the `if` as it
 * is; `proxy_pass` is not allowed in a server-level `if`, so it is reached through a named
 * location (error_page keeps the method, body and unparsed URI).
 */
export declare function depthCheck(w: TextWriter, suffix: string, unknownHost: string): void;
