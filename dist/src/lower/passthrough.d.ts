import type { Diagnostics } from '../diagnostics/collector.js';
import { type SniPassthrough, type VirtualHost } from '../ir/types.js';
import type { IngressModel } from '../validate/model.js';
import type { VhostBuilder } from './vhosts.js';
/**
 * ingress-nginx's ssl-passthrough (controller.go createServers + getConfiguration, tcpproxy):
 *   - the first Ingress of a host (precedence order) creates its server and alone decides
 *     SSLPassthrough; the annotation on a later Ingress of the host is ignored;
 *   - the backend is that of the server's "/" location: the default location (the first
 *     Ingress's defaultBackend, else the global default), replaced by the first Prefix "/" path of
 *     the host; every other location is ignored ("Ignoring SSL Passthrough for location");
 *   - the TCP proxy compares the SNI with the server name as a string: a wildcard or host-less
 *     server never matches;
 *   - the HTTP server of the host stays: plain HTTP (and TLS with another SNI) is routed as before.
 * A passthrough connection never meets the host's routes, so a route restricting access would be
 * open to it: that is an error here (fail closed), where ingress-nginx ignores the restriction.
 */
export declare function lowerPassthrough(builders: ReadonlyMap<string, VhostBuilder>, built: readonly VirtualHost[], ingresses: readonly IngressModel[], diags: Diagnostics): SniPassthrough[];
