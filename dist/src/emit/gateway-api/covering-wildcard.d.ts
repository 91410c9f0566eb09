import type { VirtualHost } from '../../ir/types.js';
/**
 * For each host (or wildcard) vhost, the first wildcard vhost, in `vhosts` order, whose suffix is a
 * whole-label suffix of its own: the wildcard a Gateway API listener would also match it with. Each
 * wildcard's first position is indexed by its suffix, so a host costs one lookup per label instead
 * of a scan of every vhost (that scan made 20k Ingresses 2.3x as slow as 10k).
 */
export declare function coveringWildcards(vhosts: readonly VirtualHost[]): (vh: VirtualHost) => VirtualHost | undefined;
