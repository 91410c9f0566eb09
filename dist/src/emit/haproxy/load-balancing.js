import { cfgWord } from './quote.js';
import { subsetGroups } from '../subset-groups.js';
/** Header, cookie and parameter names and text of a hash key: the provider's grammar, checked again. */
const NAME = /^[A-Za-z0-9_-]+$/;
const name = (s) => {
    if (!NAME.test(s))
        throw new Error(`haproxy: refusing hash key text ${JSON.stringify(s)}`);
    return cfgWord(s);
};
/** One key part as a log-format fragment; a fetch without a value gives "" (ingress-nginx's empty variable). */
function part(p) {
    if ('text' in p)
        return name(p.text);
    if ('request' in p)
        return { target: '%[url]', 'client-address': '%[src]', host: '%[req.hdr(host),field(1,:),lower]' }[p.request];
    // The first line of the header (fhdr: commas inside the value are kept).
    if ('header' in p)
        return `%[req.fhdr(${name(p.header).toLowerCase()},1)]`;
    if ('cookie' in p)
        return `%[req.cook(${name(p.cookie)})]`;
    return `%[url_param(${name(p.query)})]`;
}
/** The transaction variable holding the key (backend rules run before the server is chosen). */
const KEY_VAR = 'txn.ingressc_lb_key';
/**
 * A backend's balancing lines: the key built with set-var-fmt (so an absent value is "" and every
 * such request hashes alike, as in ingress-nginx), hashed consistently; leastconn for ewma.
 */
export function balanceLines(u) {
    const b = u.balance;
    if (!b)
        return [];
    if (b.algorithm === 'least-loaded')
        return ['balance leastconn'];
    const key = `http-request set-var-fmt(${KEY_VAR}) "${b.key.map(part).join('')}"`;
    if (b.subsetSize === undefined)
        return [key, `balance hash var(${KEY_VAR})`, 'hash-type consistent'];
    return [key, ...subsetLines(u.endpoints.length, b.subsetSize)];
}
/**
 * chashsubset: the key's crc32 picks a group (equal shares, not a consistent hash), rand() one of
 * its members, as ingress-nginx picks at random inside the group; use-server sends the request
 * there (an endpoint that is down falls back to round robin). Servers are s<index + 1>.
 */
function subsetLines(count, size) {
    const groups = subsetGroups(Array.from({ length: count }, () => ({ kind: 'ip', host: '', port: 1 })), size);
    const out = [`http-request set-var(txn.ingressc_lb_group) var(${KEY_VAR}),crc32,mod(${groups.length})`, `http-request set-var(txn.ingressc_lb_member) rand(${size})`];
    groups.forEach((g, gi) => g.forEach((ei, mi) => out.push(`use-server s${ei + 1} if { var(txn.ingressc_lb_group) -m int ${gi} } { var(txn.ingressc_lb_member) -m int ${mi} }`)));
    return out;
}
