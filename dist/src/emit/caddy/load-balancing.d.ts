import type { Upstream } from '../../ir/types.js';
import type { SelectionPolicy } from './types.js';
/**
 * ingress-nginx's load balancing as Caddy's selection policy: round robin by default, least_conn
 * for ewma, and for a hash key its one variable (lowering refused other keys, IC3210) with Caddy's
 * rendezvous hashing: uri_hash (the request URI as sent), ip_hash (the TCP peer), header, query.
 * A request without the header or parameter goes to the `first` available endpoint, as
 * ingress-nginx hashes the empty value: all such requests on one endpoint. A key of text only
 * sends every request to one endpoint: `first`.
 */
export declare function selectionPolicy(u: Pick<Upstream, 'balance'>): SelectionPolicy;
