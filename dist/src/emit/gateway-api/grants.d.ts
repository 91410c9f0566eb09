import type { Certificate } from '../../ir/types.js';
import type { GatewayRef } from './listeners.js';
import type { TLSRoute } from './tlsroute.js';
import { type GRPCRoute, type HTTPRoute, type ReferenceGrant } from './types.js';
/**
 * ReferenceGrants for every reference that leaves the Gateway's namespace, as narrow as Gateway
 * API allows: Secrets are granted to the Gateway (and its ListenerSets) only, Services to the
 * HTTPRoutes only, each by name, one grant per target namespace and kind.
 */
export declare function buildGrants(gw: GatewayRef, secrets: readonly Certificate[], routes: readonly (HTTPRoute | GRPCRoute | TLSRoute)[], withListenerSets: boolean): ReferenceGrant[];
