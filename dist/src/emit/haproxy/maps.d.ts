import type { SourceRef } from '../../diagnostics/types.js';
import { type Route, type RouteTable, type VirtualHost } from '../../ir/types.js';
/**
 * Routing data as map files, so a request costs a few tree lookups however many routes there are
 * (semantics.md §7.6). Keys start with the vhost key, which is the IR vhost name: "foo.com",
 * "*.foo.com", or "*" for the host-less vhost. Exact hosts never start with "*", wildcards
 * continue with "." and the host-less key with "/", so the three classes cannot collide, and none
 * starts with "#". A path always starts with "/" and a vhost key never contains one, so a key
 * of one vhost can never be a prefix of another vhost's key.
 */
export declare const MAP_FILES: {
    /** Exact and wildcard host → vhost key. The host-less vhost is not in it (see frontend.ts). */
    readonly hosts: 'hosts.map';
    /** vhost key + path → backend. */
    readonly exact: 'exact.map';
    /** vhost key + prefix + "/" → backend; map_beg picks the longest. */
    readonly prefix: 'prefix.map';
    /** vhost key → backend for requests of the vhost that match no route. */
    readonly fallback: 'fallback.map';
    /** vhost key → "strip" or "keep" (the request URI's final "/") for vhosts redirected to HTTPS on plain HTTP; "routed-" first: after routing (quiet.ts). */
    readonly sslRedirect: 'ssl-redirect.map';
};
export type MapName = keyof typeof MAP_FILES;
export interface MapEntry {
    key: string;
    value?: string;
    origin: SourceRef;
}
export type Maps = Record<MapName, MapEntry[]>;
export interface Problem {
    origin?: SourceRef;
    detail: string;
}
export declare const vhostKey: (vh: VirtualHost) => string;
/**
 * Element-wise Prefix: "/p" stored as "/p/" and looked up with path + "/"; "/" stays "/".
 * StringPrefix "/p" is stored as written: a key without a final "/" is a prefix of path + "/"
 * exactly when it is a prefix of the path.
 */
export declare const prefixKey: (vhKey: string, r: Pick<Route, 'path' | 'match'>) => string;
export declare function buildMaps(ir: RouteTable, backendOf?: (r: Route) => string): {
    maps: Maps;
    problems: Problem[];
};
/** One "key value" line per entry, already sorted: the output is byte-for-byte deterministic. */
export declare function renderMap(entries: readonly MapEntry[]): string;
