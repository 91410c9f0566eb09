import type { RouteMirror } from '../../ir/types.js';
import type { GatewayRef } from './listeners.js';
import type { BackendRef } from './types.js';
/**
 * Mirroring (RouteMirror) as HTTPRoute's RequestMirror filter (Extended support): the copy goes to
 * a Service backendRef, not a URL. A target naming a Service by its cluster DNS name
 * (`<service>.<namespace>.svc[.cluster.local]`) over plain HTTP maps to that Service and the port
 * written (or 80, a Service port); the copy keeps the request's path. Anything else has no form.
 */
/** The Service a mirror's address names, or why it names none. */
export declare function mirrorService(m: Pick<RouteMirror, 'scheme' | 'host' | 'port'>): {
    name: string;
    namespace: string;
    port: number;
} | {
    problem: string;
};
/** The filter's backendRef (no namespace when it is the Gateway's, whose namespace the HTTPRoutes share). */
export declare function mirrorBackendRef(m: RouteMirror, gw: GatewayRef): BackendRef;
