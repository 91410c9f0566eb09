import type { Route } from './types.js';
/**
 * Caddy tries a server's routes one after another (each costs a few microseconds even when its
 * matcher fails), so 10,000 host routes in a row make an unknown host 10,000 times dearer than
 * one. These two groupings keep the number of routes a request passes small; both pick exactly
 * the route the flat list would.
 */
export interface HostRoute {
    /** The host matcher's names (the name and its trailing-dot spelling). */
    names: string[];
    route: Route;
}
/**
 * Exact hosts as a tree: one route lists every exact name (a list of more than 100 names is
 * bisected by Caddy, a shorter one compared name by name), so any other host passes the whole
 * tree in one step; below it, groups of FANOUT children each list the names under them. A name
 * is in exactly one group at each level, so a host that enters a group always finds its route.
 */
export declare function exactHostTree(hosts: HostRoute[]): Route[];
/**
 * Wildcards `*.<label>.<rest>` are grouped under `*.*.<rest>` (Caddy's `*` is one label), which
 * matches every host any of them can match, and more: so the group is not terminal, and a host
 * that matches none of its wildcards goes on to the routes after it (host-less rules, default
 * backend), exactly as past the flat list. A host outside `*.*.<rest>` skips the whole group in
 * one step. Wildcards of a one-label suffix, and groups of one, stay as they are.
 */
export declare function wildcardGroups(hosts: {
    suffix: string;
    host: HostRoute;
}[]): Route[];
