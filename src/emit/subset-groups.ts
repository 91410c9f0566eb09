import type { Endpoint } from '../ir/types.js';

/**
 * The groups of a subset upstream (LoadBalance.subsetSize; ingress-nginx's chashsubset.lua
 * build_subset_map): the endpoints in order, in groups of `size`, the last one filled up with the
 * first endpoints. Returns endpoint indexes.
 */
export function subsetGroups(endpoints: readonly Endpoint[], size: number): number[][] {
  const count = Math.ceil(endpoints.length / size);
  const padded = endpoints.map((_, i) => i);
  for (let j = 0; padded.length < count * size; j++) padded.push(j);
  return Array.from({ length: count }, (_, i) => padded.slice(i * size, (i + 1) * size));
}
