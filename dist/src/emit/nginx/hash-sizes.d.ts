/**
 * server_names hash sizes from the names (semantics.md §3.8, toolchain.md §1): each entry takes
 * 8 + align8(len + 2) bytes; a bucket must hold at least two entries of the longest name, and
 * the table must be able to give every name its own slot, or nginx refuses to start.
 */
export declare function serverNamesHashSizes(names: readonly string[]): {
    bucketSize: number;
    maxSize: number;
};
