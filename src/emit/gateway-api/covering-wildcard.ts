import type { VirtualHost } from '../../ir/types.js';

/**
 * For each host (or wildcard) vhost, the first wildcard vhost, in `vhosts` order, whose suffix is a
 * whole-label suffix of its own: the wildcard a Gateway API listener would also match it with. Each
 * wildcard's first position is indexed by its suffix, so a host costs one lookup per label instead
 * of a scan of every vhost (that scan made 20k Ingresses 2.3x as slow as 10k).
 */
export function coveringWildcards(vhosts: readonly VirtualHost[]): (vh: VirtualHost) => VirtualHost | undefined {
  const first = new Map<string, number>();
  vhosts.forEach((o, i) => {
    if (o.kind === 'wildcard' && !first.has(o.wildcardSuffix)) first.set(o.wildcardSuffix, i);
  });
  return (vh) => {
    const suffix = vh.kind === 'wildcard' ? vh.wildcardSuffix : vh.name;
    let best: number | undefined;
    for (let dot = suffix.indexOf('.'); dot >= 0; dot = suffix.indexOf('.', dot + 1)) {
      const i = first.get(suffix.slice(dot + 1));
      if (i !== undefined && (best === undefined || i < best)) best = i;
    }
    return best === undefined ? undefined : vhosts[best];
  };
}
