import type { Diagnostics } from '../diagnostics/collector.js';
import type { TargetName } from '../diagnostics/types.js';
import { type Route, type RoutePolicies } from '../ir/types.js';
import type { IngressModel, Inventory } from '../validate/model.js';
type AuthPolicies = Pick<RoutePolicies, 'basicAuth' | 'externalAuth' | 'satisfy'>;
/**
 * The authentication an Ingress puts on each of its routes (basic, external, satisfy), for the
 * keys the target honours (annotation-support.ts already failed the others closed). Everything
 * that would leave a route open where ingress-nginx denies it (auth-type without a Secret, a
 * Secret missing from the inputs or unreadable) is a located error.
 */
export declare function authPolicies(ing: IngressModel, inv: Inventory, target: TargetName, diags: Diagnostics): AuthPolicies;
/** The Ingress's routes are restricted (source ranges or authentication): it cannot hand out a default backend. */
export declare const restrictsAccess: (ing: IngressModel) => boolean;
/** Adds the authentication policies to what upstream-settings.ts gave the Ingress's routes. */
export declare function withAuth<T extends Pick<Route, 'filters' | 'policies'>>(extras: T, auth: AuthPolicies): T;
export {};
