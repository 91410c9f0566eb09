import type { Certificate, RouteTable, VirtualHost } from '../../ir/types.js';
import { type Listener, type ParentRef } from './types.js';
/** A Gateway holds at most 64 listeners (CRD maxItems); so does each ListenerSet. */
export declare const MAX_LISTENERS = 64;
export interface GatewayRef {
    namespace: string;
    name: string;
}
export interface ListenerPlan {
    /** Listeners on the Gateway itself. */
    gateway: Listener[];
    /** Further listeners, in ListenerSets of at most 64, in the Gateway's namespace. */
    sets: Listener[][];
    /** Where a listener lives, for parentRefs. */
    parentOf: Map<string, ParentRef>;
    /** HTTPS listener of each TLS vhost (by vhost name). */
    tlsListener: Map<string, string>;
    /** The HTTPS listener without hostname (default certificate), when HTTPS is served. */
    httpsDefault?: string;
    /** Secrets the listeners reference (namespace/name), for ReferenceGrants. */
    secrets: Certificate[];
}
/** Gateway API hostname of a vhost: exact host or "*.suffix"; none for the host-less vhost. */
export declare const gatewayHostname: (vh: VirtualHost) => string | undefined;
/**
 * Listeners: plain HTTP on the IR's HTTP port for every host; when there are certificates, one
 * HTTPS listener without hostname serving the default certificate (hosts without a TLS section,
 * like every other target serves them), and one HTTPS listener per TLS vhost with its Secret.
 * Gateway API selects the most specific listener hostname for an SNI, which is the IR's choice of
 * certificate by TLS host. Listeners past the 64th go to ListenerSets attached to the Gateway.
 */
export declare function planListeners(ir: RouteTable, gw: GatewayRef): ListenerPlan;
