import type { SourceRef } from '../../diagnostics/types.js';
import { type Route as IrRoute, type RouteTable } from '../../ir/types.js';
import type { RouteConfiguration } from './types.js';
export type Scheme = 'http' | 'https';
/**
 * Emitted object → the manifest position it came from, so check.ts can point at a source. The
 * emitter uses a Map: it lives only while one bootstrap is built and checked, and a WeakMap of
 * 100k+ routes costs the garbage collector more (ephemerons) for nothing.
 */
export interface Origins {
    get(o: object): SourceRef | undefined;
    set(o: object, at: SourceRef): unknown;
}
/**
 * The cluster a route uses: its upstream's, or `<id>.connect<N>s` when the route sets a connect
 * timeout (a cluster setting in Envoy; "." never occurs in an upstream id). clusters.ts makes one
 * cluster per name found here.
 */
export declare const clusterName: (upstream: string, r?: Pick<IrRoute, 'policies'>, scheme?: Scheme) => string;
/** The inline route_config of one listener: one Envoy vhost per IR vhost, plus `*` for unknown hosts. */
export declare function routeConfig(ir: RouteTable, scheme: Scheme, origins: Origins): RouteConfiguration;
/** Wildcard vhosts need a header regex; report whether any exists (for the RE2 program-size limit). */
export declare const hasWildcards: (ir: RouteTable) => boolean;
/** Hosts in regex mode carry user regexes: counted repeats ({n,m}, n, m <= 255) make large RE2 programs. */
export declare const hasRegexPaths: (ir: RouteTable) => boolean;
