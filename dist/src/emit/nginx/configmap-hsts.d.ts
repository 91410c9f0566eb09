import type { RouteTable, VirtualHost } from '../../ir/types.js';
import type { TextWriter } from '../text-writer.js';
/** The http-level map (one value: the ConfigMap's is controller-wide). */
export declare function hstsMap(w: TextWriter, ir: Pick<RouteTable, 'vhosts'>): void;
/** The server-level lines of a host with VhostTls.hsts. */
export declare const hstsServerLines: (vh: VirtualHost) => string[];
/**
 * Repeats the HSTS lines in every block nested in a server that has them, where that block sets
 * add_header or proxy_hide_header of its own (and so inherits neither from the server).
 */
export declare function withHstsInBlocks(conf: string): string;
