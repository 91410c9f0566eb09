/** Go's zero time.Time, what ingress-nginx compares when an Ingress has no creationTimestamp. */
const ZERO_TIME = Date.parse('0001-01-01T00:00:00Z');
const time = (ts) => {
    const t = ts === undefined ? NaN : Date.parse(ts);
    return Number.isNaN(t) ? ZERO_TIME : t; // absent = the zero time = older than any real timestamp
};
/**
 * Which Ingress wins a conflict: the oldest creationTimestamp (an absent one is Go's zero time,
 * the oldest of all, as in ingress-nginx's sortIngressSlice), then namespace/name in descending
 * order, then input order for two copies of the same object. Never input order first, so
 * shuffled inputs compile to the same bytes.
 */
export function compareIngressPrecedence(a, b) {
    const ta = time(a.creationTimestamp), tb = time(b.creationTimestamp);
    if (ta !== tb)
        return ta < tb ? -1 : 1;
    if (a.id !== b.id)
        return a.id > b.id ? -1 : 1;
    return a.order - b.order;
}
/** The rule that decided between `winner` and `loser`, in words, for IC3001 and IC3007. */
export function describePrecedence(winner, loser) {
    const tw = time(winner.creationTimestamp), tl = time(loser.creationTimestamp);
    if (tw !== tl) {
        return winner.creationTimestamp === undefined
            ? 'it has no creationTimestamp, which counts as the oldest (Go zero time, as in ingress-nginx)'
            : 'older creationTimestamp';
    }
    const same = winner.creationTimestamp === undefined && loser.creationTimestamp === undefined ? 'neither has a creationTimestamp' : 'same creationTimestamp';
    if (winner.id !== loser.id)
        return `${same}; namespace/name sorts later, as in ingress-nginx`;
    return 'same object; earlier in the input';
}
