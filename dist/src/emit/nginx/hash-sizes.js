const nextPow2 = (n) => 2 ** Math.ceil(Math.log2(Math.max(1, n)));
const align8 = (n) => Math.ceil(n / 8) * 8;
/**
 * server_names hash sizes from the names (semantics.md §3.8, toolchain.md §1): each entry takes
 * 8 + align8(len + 2) bytes; a bucket must hold at least two entries of the longest name, and
 * the table must be able to give every name its own slot, or nginx refuses to start.
 */
export function serverNamesHashSizes(names) {
    const longest = names.reduce((m, n) => Math.max(m, n.length), 0);
    const bucketSize = Math.max(64, nextPow2(2 * (8 + align8(longest + 2))));
    const total = names.reduce((s, n) => s + 8 + align8(n.length + 2), 0);
    const maxSize = Math.max(1024, nextPow2(total));
    return { bucketSize, maxSize };
}
/**
 * map_hash_* for maps of many keys (route-maps.ts). nginx tries every table size from a start
 * upwards until each bucket holds its entries, hashing every key at each size: from the start it
 * picks for a large max_size, tens of thousands of keys took seconds. With max_size above 10,000
 * and under 100 × a map's keys, nginx starts 1,000 below max_size instead: at twice the largest
 * map's keys (load ≤ 0.5) and buckets of 1 KiB (about 18 entries of a typical key), the first size
 * it tries fits. Smaller maps keep nginx's own search from a small start, short for few keys.
 */
export function mapHashSizes(keys, largestMap) {
    const longest = keys.reduce((m, n) => Math.max(m, n.length), 0);
    const bucketSize = Math.max(1024, nextPow2(2 * (8 + align8(longest + 2))));
    return { bucketSize, maxSize: Math.max(11000, 2 * largestMap + 1000) };
}
