const CLASS_INDEX = { any: 0, wildcard: 1, exact: 2 };
export function priorities(ir) {
    let longest = 0;
    for (const vh of ir.vhosts)
        for (const r of [...vh.exact, ...vh.prefix])
            longest = Math.max(longest, r.path.length);
    // Prefix ranks reach 1+longest and must stay below S/2, where exact ranks start.
    let span = 1_000_000;
    while (span / 2 <= longest + 1)
        span *= 10;
    const base = (kind) => CLASS_INDEX[kind] * span;
    return {
        catchAll: (kind) => base(kind) + 1,
        prefix: (kind, path) => base(kind) + 1 + path.length,
        exact: (kind, path) => base(kind) + span / 2 + path.length,
    };
}
