import type { Endpoint, Upstream } from '../../ir/types.js';
import type { TextWriter } from '../text-writer.js';
/**
 * The upstream block's balancing directive (before keepalive, which nginx requires): `hash <key>
 * consistent` (ketama, as ingress-nginx's chash) or least_conn for ewma (no EWMA without Lua).
 * A subset upstream's blocks are its groups, balanced at random (subsetBlocks).
 */
export declare function balanceLines(u: Pick<Upstream, 'balance'>): string[];
/** The proxy_pass host of a subset upstream: its group's block, named by the request's key. */
export declare const subsetTarget: (u: Upstream, name: string) => string | undefined;
/**
 * A subset upstream's group blocks `<name>_g<i>` and the split_clients that maps the key to a group
 * (MurmurHash2 of the key into equal shares: the same key, the same group).
 */
export declare function subsetBlocks(w: TextWriter, u: Upstream, name: string, server: (e: Endpoint) => string, tail: readonly string[]): void;
