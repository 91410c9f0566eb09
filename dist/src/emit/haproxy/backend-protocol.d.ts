import { type RouteTable, type Upstream } from '../../ir/types.js';
import type { OutputFile } from '../emitter.js';
/** HAProxy loads a client certificate and its key from one PEM file. */
export declare const clientPemFile: (id: string) => string;
/**
 * The server-line options of an upstream's protocol (backend-protocol and proxy-ssl-*):
 * `proto h2` for gRPC (HTTP/2 to the endpoints; cleartext = prior knowledge), `ssl` with an
 * explicit `verify none` (HAProxy verifies by default and needs a CA for it) or `verify required
 * ca-file … verifyhost …`, `sni str(…)`, the client certificate, TLS versions and ciphers.
 * 'auto-http' has none: its backend's twin (autoHttpTwin) is an 'https' one.
 */
export declare function serverOptions(u: Upstream): string;
/** gRPC clients need HTTP/2 on the TLS listener (ALPN); cleartext HTTP/2 is detected by its preface. */
export declare const bindAlpn: (ir: RouteTable) => string;
/** certs/<id>.client.pem (certificate, then key) for each client certificate a server presents. */
export declare function clientPemFiles(ir: RouteTable): OutputFile[];
/**
 * AUTO_HTTP (ingress-nginx's `proxy_pass $scheme://`): TLS to the backend exactly when the client
 * used TLS. A server is one or the other, so every backend of an 'auto-http' upstream (its own,
 * its variants', policies' and canaries', all named after the upstream id `<base>_auto-http…`) has
 * a twin `<name>.tls` whose servers speak TLS; the frontend switches to it on a TLS connection.
 */
export declare const autoHttpTwin: (name: string) => string;
export declare const autoHttpRule: (ir: RouteTable) => string[];
