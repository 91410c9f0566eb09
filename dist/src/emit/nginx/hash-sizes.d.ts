/**
 * server_names hash sizes from the names (semantics.md §3.8, toolchain.md §1): each entry takes
 * 8 + align8(len + 2) bytes; a bucket must hold at least two entries of the longest name, and
 * the table must be able to give every name its own slot, or nginx refuses to start.
 */
export declare function serverNamesHashSizes(names: readonly string[]): {
    bucketSize: number;
    maxSize: number;
};
/**
 * map_hash_* for maps of many keys (route-maps.ts). nginx tries every table size from a start
 * upwards until each bucket holds its entries, hashing every key at each size: from the start it
 * picks for a large max_size, tens of thousands of keys took seconds. With max_size above 10,000
 * and under 100 × a map's keys, nginx starts 1,000 below max_size instead: at twice the largest
 * map's keys (load ≤ 0.5) and buckets of 1 KiB (about 18 entries of a typical key), the first size
 * it tries fits. Smaller maps keep nginx's own search from a small start, short for few keys.
 */
export declare function mapHashSizes(keys: readonly string[], largestMap: number): {
    bucketSize: number;
    maxSize: number;
};
