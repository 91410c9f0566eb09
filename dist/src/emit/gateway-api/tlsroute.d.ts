import type { SourceRef } from '../../diagnostics/types.js';
import type { RouteTable } from '../../ir/types.js';
import type { GatewayRef } from './listeners.js';
import { API_VERSION, type BackendRef, type Listener, type ObjectMeta, type ParentRef } from './types.js';
/** TLSRoute (standard channel since v1.5; served as v1 by the v1.6.1 CRDs in third_party/). */
export interface TLSRoute {
    apiVersion: typeof API_VERSION;
    kind: 'TLSRoute';
    metadata: ObjectMeta;
    spec: {
        parentRefs: ParentRef[];
        hostnames: string[];
        rules: {
            backendRefs: BackendRef[];
        }[];
    };
}
export declare const TLSROUTE_FILE = "tlsroutes.yaml";
export declare const passthroughListenerName: (host: string) => string;
/** Is this host passed through (its HTTPS listener then gives way to the TLS one)? */
export declare const isPassthroughHost: (ir: RouteTable, host: string) => boolean;
/**
 * TLS passthrough (RouteTable.passthrough), as ingress2gateway writes ssl-passthrough: per host a
 * listener on the HTTPS port with protocol TLS, `tls.mode: Passthrough` and the host as its
 * hostname (the most specific listener for that SNI, so it wins over the HTTPS listener without
 * hostname), and a TLSRoute in the Gateway's namespace attached to it, naming the host's Service.
 * The host's HTTPRoute stays for plain HTTP. Listeners beyond the Gateway's 64 are refused.
 */
export declare function passthroughObjects(ir: RouteTable, gw: GatewayRef, room: number): {
    listeners: Listener[];
    routes: TLSRoute[];
    problems: {
        origin: SourceRef;
        host: string;
        ingress: string;
        why: string;
    }[];
};
