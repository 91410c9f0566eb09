import type { Upstream } from '../../ir/types.js';
/**
 * A backend's balancing lines: the key built with set-var-fmt (so an absent value is "" and every
 * such request hashes alike, as in ingress-nginx), hashed consistently; leastconn for ewma.
 */
export declare function balanceLines(u: Pick<Upstream, 'balance' | 'endpoints'>): string[];
