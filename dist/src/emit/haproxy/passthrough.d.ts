import type { RouteTable } from '../../ir/types.js';
import { Section } from './section.js';
/**
 * TLS passthrough (RouteTable.passthrough): a mode tcp frontend owns the HTTPS address, waits for
 * the ClientHello (tcp-request inspect-delay) and sends a connection whose SNI (req.ssl_sni) is a
 * passthrough host to that host's backend as bytes; every other connection goes, with a PROXY v2
 * header (so the HTTP frontend still sees the client's address), to the terminating HTTPS bind of
 * the HTTP frontend, which then listens on a unix socket in the working directory instead.
 */
export declare const INTERNAL_HTTPS = "unix@ingressc-https.sock";
export declare const passthroughBackend: (upstreamId: string) => string;
export declare const hasPassthrough: (ir: RouteTable) => boolean;
/** The HTTP frontend's HTTPS bind address: the internal socket when passthrough owns the port. */
export declare const httpsBindAddress: (ir: RouteTable, plain: string) => string;
export declare function passthroughSections(ir: RouteTable, bindAddress: string, https: boolean): Section[];
