import { Diagnostics } from '../diagnostics/collector.js';
import type { TargetName } from '../diagnostics/types.js';
import { type ExternalAuth, type Route, type RoutePolicies } from '../ir/types.js';
import type { IngressModel, Inventory } from '../validate/model.js';
import type { ControllerConfig } from '../providers/ingress-nginx/configmap/read.js';
type AuthPolicies = Pick<RoutePolicies, 'basicAuth' | 'externalAuth' | 'satisfy'>;
/**
 * The authentication an Ingress puts on each of its routes (basic, external, satisfy), for the
 * keys the target honours (annotation-support.ts already failed the others closed). Everything
 * that would leave a route open where ingress-nginx denies it (auth-type without a Secret, a
 * Secret missing from the inputs or unreadable) is a located error.
 */
export declare function authPolicies(ing: IngressModel, inv: Inventory, target: TargetName, diags: Diagnostics, global?: ExternalAuth): AuthPolicies;
/**
 * The controller ConfigMap's global-auth-url (with its companion keys) on a target that honours it
 * (configmap/support.ts; lower/controller-config.ts reported the others), as the IR's external
 * auth, and no-auth-locations (its default when not set).
 */
export interface GlobalAuth {
    auth: ExternalAuth;
    /** Location path prefixes it skips. */
    exempt: readonly string[];
}
export declare function globalAuthOf(cfg: ControllerConfig | undefined, target: TargetName): GlobalAuth | undefined;
/** nginx.tmpl's shouldApplyGlobalAuth for the Ingress: no auth-url of its own, and no enable-global-auth "false". */
export declare const globalAuthApplies: (ing: IngressModel, g: GlobalAuth | undefined) => g is GlobalAuth;
/**
 * isLocationInLocationList: a location whose path, as written ("/" when empty), starts with a
 * no-auth-locations entry does not ask the global auth service.
 */
export declare const exemptFromGlobalAuth: (path: string, g: GlobalAuth) => boolean;
/**
 * The authentication of an Ingress's routes under global auth: `protected` for its paths, `exempt`
 * for those no-auth-locations skips (its own authentication only, decided again quietly: its
 * findings are a subset of the first's).
 */
export declare function authVariants(ing: IngressModel, inv: Inventory, target: TargetName, diags: Diagnostics, g: GlobalAuth | undefined): {
    protected: AuthPolicies;
    exempt: AuthPolicies;
};
/** The Ingress's routes are restricted (source ranges or authentication, global auth included): it cannot hand out a default backend. */
export declare const restrictsAccess: (ing: IngressModel, g?: GlobalAuth) => boolean;
/** Route extras with the authentication replaced by `auth` (a path no-auth-locations exempts). */
export declare function replaceAuth<T extends Pick<Route, 'filters' | 'policies'>>(extras: T, auth: AuthPolicies): T;
/** Adds the authentication policies to what upstream-settings.ts gave the Ingress's routes. */
export declare function withAuth<T extends Pick<Route, 'filters' | 'policies'>>(extras: T, auth: AuthPolicies): T;
export {};
