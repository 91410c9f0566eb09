import type { HashKeyPart } from '../../../ir/types.js';
import type { FamilyReader } from './reader.js';
/**
 * load-balance, upstream-hash-by, upstream-hash-by-subset(-size) (ingress-nginx v1.15.1
 * annotations/loadbalancing and upstreamhashby; balancer.lua, balancer/chash*.lua, util.lua).
 * ingress-nginx's balancer belongs to the Service port's upstream, shared by every Ingress naming
 * it: lower/load-balancing.ts decides which Ingress's settings apply.
 */
export interface LoadBalancingSettings {
    /** load-balance: round_robin or ewma. */
    algorithm?: 'round_robin' | 'ewma';
    /** upstream-hash-by, parsed (absent: not set, or set to ""). */
    hashBy?: HashKeyPart[];
    /** upstream-hash-by as written (for messages). */
    hashByText?: string;
    /** upstream-hash-by-subset. */
    subset?: boolean;
    /** upstream-hash-by-subset-size (ingress-nginx's default 3 when 0 or unset). */
    subsetSize?: number;
}
export declare const LOAD_BALANCING_KEYS: readonly ['load-balance', 'upstream-hash-by', 'upstream-hash-by-subset', 'upstream-hash-by-subset-size'];
export declare const HASH_VARIABLES = "$request_uri, $remote_addr, $binary_remote_addr, $host, $http_<header>, $cookie_<name>, $arg_<name>";
/** upstream-hash-by → its key parts; `unknown`: a variable ingressc does not reproduce. */
export declare function parseHashBy(value: string): {
    parts: HashKeyPart[];
} | {
    expected: string;
} | {
    unknown: string;
};
export declare const loadBalancingReader: FamilyReader;
