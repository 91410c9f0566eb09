import { type ClientAuth, type VirtualHost } from '../../ir/types.js';
import type { ConnectionPolicy, Route } from './types.js';
/** The connection policy of a host that requires client certificates (before every other policy of its kind). */
export declare function clientAuthPolicy(vh: VirtualHost, certificateTag: string): ConnectionPolicy;
/** The checks and headers that come first in the host's routes on the HTTPS server. */
export declare function clientAuthRoutes(c: ClientAuth, vh: VirtualHost): Route[];
