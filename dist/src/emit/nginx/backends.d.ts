import type { RouteTable, Upstream } from '../../ir/types.js';
import type { TextWriter } from '../text-writer.js';
/**
 * The `upstream` block's name. nginx's linear search compares lengths, and calls a byte-wise
 * compare only for names of equal length (ids of one namespace have similar lengths and a long
 * common prefix): a stable hash of the id, of 8 to 39 hex digits by the hash itself, spreads the
 * names over 32 lengths and makes the rare compare stop at the first bytes.
 */
export declare function upstreamName(u: Upstream): string;
/** Upstreams with exactly one DNS endpoint are resolved at request time. */
export declare const resolvedAtRuntime: (u: Upstream) => boolean;
/** `upstream` blocks for literal addresses (and names given with --backend lists), with keepalive. */
export declare function upstreamBlocks(w: TextWriter, ir: RouteTable): void;
/** The named location answering for `u` in a server that registered it with ServerBackends.named. */
export declare const namedTarget: (u: Upstream | undefined) => string;
/** The directives that answer a request for upstream `u` in place (undefined: 404). */
export declare function directAnswer(u: Upstream | undefined): string[];
/** The upstreams one server jumps to; their named locations close the server. */
export declare class ServerBackends {
    private readonly upstream;
    private readonly used;
    /** Statuses answered by a named location of their own (route-maps.ts: a map value names a location). */
    private readonly statuses;
    constructor(upstream: (id: string | undefined) => Upstream | undefined);
    /** A location's body for `upstreamId`. */
    jump(upstreamId: string | undefined): string[];
    /** Registers the named location that answers for `upstreamId`, as a map value names it. */
    named(upstreamId: string | undefined): string;
    namedLocations(w: TextWriter): void;
}
