import type { SourceRef } from '../../diagnostics/types.js';
import type { RouteTable, VirtualHost } from '../../ir/types.js';
import { UpstreamVariants } from '../upstream-variants.js';
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
    /** vhost keys redirected to HTTPS on plain HTTP (an ACL pattern file: keys only). */
    readonly sslRedirect: 'ssl-redirect.lst';
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
/** Element-wise Prefix: "/p" stored as "/p/" and looked up with path + "/"; "/" stays "/". */
export declare const prefixKey: (vhKey: string, path: string) => string;
/** `variants` collects the backends that routes with their own Host or timeouts need (backends.ts). */
export declare function buildMaps(ir: RouteTable, variants?: UpstreamVariants): {
    maps: Maps;
    problems: Problem[];
};
/** One "key value" line per entry, already sorted: the output is byte-for-byte deterministic. */
export declare function renderMap(entries: readonly MapEntry[]): string;
