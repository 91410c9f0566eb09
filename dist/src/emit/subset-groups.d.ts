import type { Endpoint } from '../ir/types.js';
/**
 * The groups of a subset upstream (LoadBalance.subsetSize; ingress-nginx's chashsubset.lua
 * build_subset_map): the endpoints in order, in groups of `size`, the last one filled up with the
 * first endpoints. Returns endpoint indexes.
 */
export declare function subsetGroups(endpoints: readonly Endpoint[], size: number): number[][];
