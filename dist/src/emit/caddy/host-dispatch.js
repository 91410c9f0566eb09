/** Children per node of the exact-host tree: small, because every route tried costs. */
const FANOUT = 8;
/**
 * Exact hosts as a tree: one route lists every exact name (a list of more than 100 names is
 * bisected by Caddy, a shorter one compared name by name), so any other host passes the whole
 * tree in one step; below it, groups of FANOUT children each list the names under them. A name
 * is in exactly one group at each level, so a host that enters a group always finds its route.
 */
export function exactHostTree(hosts) {
    if (hosts.length <= FANOUT)
        return hosts.map((h) => h.route);
    return [group(hosts.flatMap((h) => h.names), groups(hosts), true)];
}
function groups(hosts) {
    if (hosts.length <= FANOUT)
        return hosts.map((h) => h.route);
    const size = Math.ceil(hosts.length / FANOUT);
    const out = [];
    for (let i = 0; i < hosts.length; i += size) {
        const part = hosts.slice(i, i + size);
        out.push(part.length === 1 ? part[0].route : group(part.flatMap((h) => h.names), groups(part), true));
    }
    return out;
}
function group(names, routes, terminal) {
    const r = { match: [{ host: names }], handle: [{ handler: 'subroute', routes }] };
    return terminal ? { ...r, terminal: true } : r;
}
/**
 * Wildcards `*.<label>.<rest>` are grouped under `*.*.<rest>` (Caddy's `*` is one label), which
 * matches every host any of them can match, and more: so the group is not terminal, and a host
 * that matches none of its wildcards goes on to the routes after it (host-less rules, default
 * backend), exactly as past the flat list. A host outside `*.*.<rest>` skips the whole group in
 * one step. Wildcards of a one-label suffix, and groups of one, stay as they are.
 */
export function wildcardGroups(hosts) {
    const byParent = new Map();
    const out = [];
    for (const { suffix, host } of hosts) {
        const dot = suffix.indexOf('.');
        if (dot < 0) {
            out.push(host.route);
            continue;
        }
        const key = `*.*.${suffix.slice(dot + 1)}`;
        if (!byParent.has(key)) {
            byParent.set(key, []);
            out.push(key);
        }
        byParent.get(key).push(host);
    }
    return out.flatMap((x) => {
        if (typeof x !== 'string')
            return [x];
        const members = byParent.get(x);
        return members.length === 1 ? [members[0].route] : [group([x, `${x}.`], members.map((m) => m.route), false)];
    });
}
