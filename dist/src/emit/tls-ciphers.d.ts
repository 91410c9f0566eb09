import type { RouteTable, TlsCiphers, VirtualHost } from '../ir/types.js';
/**
 * Which cipher settings each TLS handshake gets, for proxies that choose them by SNI in their own
 * lists (HAProxy's crt-list, Envoy's filter chains, Caddy's connection policies) rather than by
 * server block. As in nginx: a handshake whose SNI names a host takes the host's own settings,
 * field by field, else RouteTable.tlsCiphers (the http level, not the default server's); any
 * other handshake (unknown SNI, none) takes the host-less vhost's (nginx's default server), else
 * RouteTable.tlsCiphers. `fields`: what the target applies per handshake.
 */
export interface CipherPlan {
    /** Handshakes no entry of `hosts` takes. */
    fallback: TlsCiphers;
    /** Vhost name → settings, for every named vhost whose settings differ from the fallback's. */
    hosts: Map<string, TlsCiphers>;
}
type Field = keyof TlsCiphers;
/** A host's settings: its own fields over the RouteTable's. */
export declare const hostCiphers: (ir: Pick<RouteTable, 'tlsCiphers'>, vh: Pick<VirtualHost, 'tlsCiphers'>, fields: readonly Field[]) => TlsCiphers;
export declare function cipherPlan(ir: Pick<RouteTable, 'tlsCiphers' | 'vhosts'>, fields: readonly Field[]): CipherPlan;
export {};
