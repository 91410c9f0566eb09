import type { BasicAuth, RoutePolicies, RouteTable } from '../../ir/types.js';
import type { OutputFile } from '../emitter.js';
import type { TypedExtension } from './types.js';
/**
 * Basic authentication as Envoy's basic_auth filter: in the chain but disabled, enabled per route
 * with the users of the route's Secret (a file per Secret; the filter checks {SHA} hashes only,
 * lowering refused the others with IC3132). It runs after RBAC (403 before 401, as nginx). The
 * Authorization header is removed before proxying (ingress-nginx clears it).
 */
export declare const BASIC_AUTH_FILTER = "envoy.filters.http.basic_auth";
export declare const usesBasicAuth: (ir: RouteTable) => boolean;
export declare const envoyHtpasswdFile: (b: BasicAuth) => string;
export declare const basicAuthFilter: () => TypedExtension;
export declare function basicAuthPerRoute(p: RoutePolicies): Record<string, unknown>;
/** Envoy reads the files when it loads the configuration: only its user needs them (0600). */
export declare function envoyHtpasswdFiles(ir: RouteTable): OutputFile[];
