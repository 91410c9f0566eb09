import type { SourceRef } from '../../diagnostics/types.js';
import { type RouteTable } from '../../ir/types.js';
import type { TextWriter } from '../text-writer.js';
/**
 * TLS passthrough (RouteTable.passthrough) with nginx's stream module (ssl_preread), as
 * ingress-nginx's own TCP proxy sits in front of nginx:
 *   stream server on the HTTPS address: reads the ClientHello's SNI and passes every connection on
 *     with a PROXY protocol header (the client's address) to one of two unix sockets:
 *   - a passthrough SNI: a second stream server, which drops that header and copies the
 *     connection to the host's upstream as bytes;
 *   - anything else: the http servers' TLS listener (`ssl proxy_protocol`), whose $remote_addr is
 *     set back to the client's by the realip module (set_real_ip_from unix:), so source ranges,
 *     limits and X-Forwarded-For see the client as before.
 * The sockets are relative paths: nginx creates them in its working directory (run it from the
 * output directory, as the header says). Debian builds the stream module as a dynamic module
 * (package libnginx-mod-stream), loaded from its path there.
 */
export declare const STREAM_MODULE = "/usr/lib/nginx/modules/ngx_stream_module.so";
export declare const hasPassthrough: (ir: RouteTable) => boolean;
/** Lines before `events`: the stream module (Debian's dynamic one). */
export declare function passthroughMainLines(ir: RouteTable): string[];
/** The http servers' TLS listen address (with its `ssl`). */
export declare const httpsListen: (ir: RouteTable, plain: string) => string;
/** http-level lines: trust the PROXY header on the internal socket only. */
export declare function passthroughHttpLines(ir: RouteTable): string[];
/** What nginx cannot express here, with where it comes from. */
export declare function passthroughProblems(ir: RouteTable): {
    origin: SourceRef;
    host: string;
    ingress: string;
    why: string;
}[];
export declare function passthroughStream(w: TextWriter, ir: RouteTable, listen: string, https: boolean): void;
