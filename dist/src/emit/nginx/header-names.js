/**
 * RouteTable.dropRequestHeaders. nginx's own defaults (ignore_invalid_headers on,
 * underscores_in_headers off) are ingress-nginx's: nothing is written for them. Both are read
 * from the default server of a listening socket, so they go in the http block.
 */
export function headerNameLines(ir) {
    const d = ir.dropRequestHeaders;
    if (d?.underscore)
        return [];
    // No header dropped: every name kept as written ("_" parsed as a name character, not skipped).
    return [...(d ? [] : ['ignore_invalid_headers off;']), 'underscores_in_headers on;'];
}
