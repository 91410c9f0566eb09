import type { Upstream } from '../../ir/types.js';
import type { Handler, ReverseProxyHandler, SelectionPolicy } from './types.js';
/** The handlers that come before an upstream's reverse_proxy: the key header of a hash upstream. */
export declare function balanceHandlers(u: Pick<Upstream, 'balance'>): Handler[];
export declare function selectionPolicy(u: Pick<Upstream, 'balance'>): SelectionPolicy;
/** The reverse_proxy of a hash upstream drops the key header from the proxied request. */
export declare function withoutKeyHeader(rp: ReverseProxyHandler, u: Pick<Upstream, 'balance'>): ReverseProxyHandler;
