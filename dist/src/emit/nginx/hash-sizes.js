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
