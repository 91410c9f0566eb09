const time = (ts) => {
    const t = ts === undefined ? NaN : Date.parse(ts);
    return Number.isNaN(t) ? Number.POSITIVE_INFINITY : t; // no timestamp = not created yet = newest
};
/**
 * Which Ingress wins a conflict: the oldest creationTimestamp, then (as ingress-nginx's
 * sortIngressSlice does) namespace/name in descending order, then input order for two copies of
 * the same object. Never input order first, so shuffled inputs compile to the same bytes.
 */
export function compareIngressPrecedence(a, b) {
    const ta = time(a.creationTimestamp), tb = time(b.creationTimestamp);
    if (ta !== tb)
        return ta < tb ? -1 : 1;
    if (a.id !== b.id)
        return a.id > b.id ? -1 : 1;
    return a.order - b.order;
}
export function describePrecedence(winner, loser) {
    const tw = time(winner.creationTimestamp), tl = time(loser.creationTimestamp);
    if (tw !== tl)
        return 'older creationTimestamp';
    if (winner.id !== loser.id)
        return 'same creationTimestamp; namespace/name sorts later, as in ingress-nginx';
    return 'same object; earlier in the input';
}
