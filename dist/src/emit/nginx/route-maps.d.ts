import type { RouteTable, Upstream, VirtualHost } from '../../ir/types.js';
import type { TextWriter } from '../text-writer.js';
import { type ServerBackends } from './backends.js';
/**
 * `--nginx-routing maps` (issue 17): a host whose locations would all be plain jumps gets one
 * `location /` that jumps to the named location http-level maps choose. nginx parses and stores a
 * map entry in a fraction of a location's memory and time.
 *
 * The chain, per request: the exact map (key `$server_name` + `$uri`), then one map per path depth,
 * deepest first (key `$server_name` + `$uri` cut after d segments, the "/" after the last included),
 * then the host's root answer (its `location /` in locations output; a map on `$server_name/`). Each
 * map's default is the next one's variable. This is nginx's own location choice for these hosts: an exact location first,
 * then the longest `^~` prefix (every one ends in "/", so the longest is the deepest cut that is a
 * key), then `location /`.
 *
 * Case: nginx lowercases a map's input before the hash lookup (ngx_http_map_find, ngx_hash_strlow,
 * ASCII A-Z only), where `location` compares bytes. Keys admit no A-Z (qualification), and no input
 * with A-Z in its path part reaches a hash: the cuts come from regexes that admit no A-Z in the
 * segments they cut, and the exact key is only built from a `$uri` without A-Z. A hash hit is then
 * a byte-wise match. `$server_name` is the server's only name, lowercased by nginx (a hash
 * wildcard's is its `*.suffix` text); it holds no "/", so the first "/" of a key ends the host.
 * Keys are never variable-expanded; the words a map reads specially (`default`, `include`,
 * `hostnames`, `volatile`, a leading `~` or `\`) cannot be keys: every key starts with a host
 * character and holds a "/".
 */
export type NginxRouting = 'locations' | 'maps';
/**
 * Why a host keeps its locations under `--nginx-routing maps` (undefined: it is routed by maps).
 * `hashWildcards`: wildcard servers use nginx's `*.suffix` names (no host-less rules).
 */
export declare function mapsRefusal(vh: VirtualHost, hashWildcards: boolean): string | undefined;
/** The maps of one config: which hosts they route, the http-level maps, and each such host's `location /`. */
export declare class NginxRouteMaps {
    private readonly upstream;
    private readonly hosts;
    constructor(ir: Pick<RouteTable, 'vhosts'>, hashWildcards: boolean, upstream: (id: string | undefined) => Upstream | undefined);
    routes(vh: VirtualHost): boolean;
    /** The named location a map value names for `id` (backends.ts: one per upstream, 404 and 503 too). */
    private target;
    /** map_hash_* must come before the config's first `map` (nginx fixes them at the first map block). */
    hashSizeLines(): string[];
    maps(w: TextWriter): void;
    /**
     * The host's one location, and its named locations registered with `backends`. A `location /`, not
     * a jump at server level: nginx checks a request body's Content-Length against client_max_body_size
     * when it chooses a location (ngx_http_core_find_config_phase), which a server-level jump would skip
     * (the named location starts at its rewrite phase).
     */
    location(w: TextWriter, vh: VirtualHost, backends: ServerBackends): void;
}
